import { createHash } from 'node:crypto';
import type { ConfiguredRule } from '../kernel/lint-listing.js';
import type { ReadInputs } from '../formats/format.js';
import type { ConfiguredSeverity, LintSettings, Rule } from '../types.js';

/**
 * Everything besides the files, the watchlist and the run facts that shapes a run's findings:
 * declared once, sent whole to lint workers and hashed whole for the result cache, so a new
 * setting reaches both by being added here.
 */
export interface RunContext {
  /** Absolute working directory: report paths are relative to it. */
  cwd: string;
  /** Absolute project root (the config's folder): images outside it are refused. */
  root: string;
  /** Enabled rules with their configured severity and options (rules that need an absent run fact left out). */
  rules: ConfiguredRule[];
  settings: LintSettings;
  reportUnusedDisables: boolean;
  toolVersion: string;
  /** Config `formats` mappings and `images.roots`, for bulk files. */
  inputs?: ReadInputs;
}

/** A run context as plain data: rules by id (a worker looks them up in its own registry). */
export interface SerialisedRunContext extends Omit<RunContext, 'rules'> {
  rules: Array<{ id: string; severity: ConfiguredSeverity; options?: unknown }>;
}

/** The context as plain data, for a worker. */
export function serialiseRunContext(context: RunContext): SerialisedRunContext {
  return { ...context, rules: context.rules.map(({ rule, severity, options }) => ({ id: rule.id, severity, options })) };
}

/** The context back from plain data, with rules from `registry`. */
export function restoreRunContext(serialised: SerialisedRunContext, registry: ReadonlyMap<string, Rule>): RunContext {
  return {
    ...serialised,
    rules: serialised.rules.map(({ id, severity, options }) => {
      const rule = registry.get(id);
      if (rule === undefined) throw new Error(`A lint worker has no rule \`${id}\``);
      return { rule, severity, options };
    }),
  };
}

/**
 * A digest of the context plus the watchlist's hash and the run facts gathered (the cache key of
 * the result pack). Today's date counts only when an authorization can expire.
 */
export function hashRunContext(context: RunContext, watchlistHash: string, facts: readonly string[]): string {
  const { today, ...settings } = context.settings;
  const expiring = settings.authorizations.some((authorization) => authorization.until !== undefined);
  const described = {
    ...serialiseRunContext(context),
    settings: expiring ? { ...settings, today } : settings,
    watchlistHash,
    facts,
  };
  return createHash('sha256').update(JSON.stringify(described)).digest('hex');
}

import { createHash } from 'node:crypto';
import type { ConfiguredRule } from '../kernel.js';
import type { LintSettings } from '../types.js';

/** Everything besides a file's bytes and its images' OCR results that shapes its lint result. */
export interface CacheContextParts {
  toolVersion: string;
  watchlistHash: string;
  rules: ConfiguredRule[];
  settings: Omit<LintSettings, 'images'>;
  cwd: string;
  root: string;
  reportUnusedDisables?: boolean;
  imageRulesOn: boolean;
}

/**
 * A digest of the cache context: tool version, watchlist, rules with severities and options,
 * config settings, paths, flags. Today's date counts only when an authorization can expire.
 */
export function cacheContext(parts: CacheContextParts): string {
  const { today, ...settings } = parts.settings;
  const expiring = settings.authorizations.some((authorization) => authorization.until !== undefined);
  const described = {
    ...parts,
    rules: parts.rules.map(({ rule, severity, options }) => [rule.id, severity, options ?? null]),
    settings: expiring ? { ...settings, today } : settings,
  };
  return createHash('sha256').update(JSON.stringify(described)).digest('hex');
}

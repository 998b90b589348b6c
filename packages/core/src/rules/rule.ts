import type { CompiledWatchlist, FindingEvidence, LintSettings, Listing, Location, Severity } from '../types.js';

/** A fact a rule reports; the kernel stamps rule id, severity and docs URL. */
export interface Fact extends FindingEvidence {
  messageId: string;
  data?: Record<string, string | number>;
  location: Location;
  /**
   * The severity the legal model gives this fact (trademark rules only). The configured
   * severity of a trademark rule is a ceiling over it; other rules use the configured one.
   */
  severity?: Severity;
}

/** What a rule sees while it checks one listing. */
export interface RuleContext {
  listing: Listing;
  watchlist: CompiledWatchlist;
  settings: LintSettings;
  /** Options from config (`[severity, options]`), or undefined. */
  options: unknown;
  report(fact: Fact): void;
}

/** Static description of a rule. */
export interface RuleMeta {
  name: string;
  description: string;
  fullDescription: string;
  /** Default severity; for `ceiling` rules, the default ceiling. */
  defaultSeverity: Severity;
  /** `ceiling`: the configured severity caps the model's (trademark rules); `fixed`: it is the severity. */
  severityMode: 'ceiling' | 'fixed';
  /** Message templates with `{{name}}` placeholders. */
  messages: Record<string, string>;
}

/** A rule: an id (its file path under rules/), meta, and a check over one listing. */
export interface Rule {
  id: string;
  meta: RuleMeta;
  check(context: RuleContext): void;
}

import type { CompiledWatchlist, Directive, ImageFacts, ImageText, LintSettings, Listing, ListingIgnore } from './model.js';
import type { FindingEvidence, Location, Severity } from './report.js';

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

/** A kind of fact the engine gathers during a run for the rules that declare they need it. */
export type RunFactKind = 'ocr-lines' | 'image-facts';

/** Facts gathered during a run (not configuration): present only when an enabled rule needs them. */
export interface RunFacts {
  /** `ocr-lines`: OCR results by image path (relative to the working directory). */
  images?: Map<string, ImageText>;
  /** `image-facts`: perceptual hashes, size, white border, rights metadata and reference matches by image path. */
  imageFacts?: Map<string, ImageFacts>;
}

/** What a rule sees while it checks one listing. */
export interface RuleContext {
  listing: Listing;
  watchlist: CompiledWatchlist;
  settings: LintSettings;
  /** Run facts this rule declared in `meta.needs` (and others that happen to be there). */
  facts: RunFacts;
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
  /** Run facts the rule reads: the engine gathers them when the rule is on (`ocr-lines` runs OCR). */
  needs?: RunFactKind[];
  /** False: no inline directive, listing ignore or baseline hides its findings (parse errors, directive problems). */
  suppressible?: boolean;
  /** The options the rule takes (`[severity, options]` in config), by key; unknown keys are config errors. */
  options?: Record<string, RuleOptionSpec>;
}

/** One option of a rule, for config validation and the docs. */
export interface RuleOptionSpec {
  type: 'string' | 'number' | 'boolean' | 'string[]';
  description: string;
}

/** A file that could not be read as listings, as the failure rule sees it. */
export type FileFailure =
  | { kind: 'unreadable'; problem: string }
  /** A file over its format's size limit: not read. */
  | { kind: 'too-large'; size: number; limit: number; format: string }
  /**
   * Bytes that are not UTF-8. `bulk` is set for a bulk listing file recognised by its header when
   * read leniently: the encoding it seems to be in (`windows` code page, `utf-16`, `latin-1`) and the bad byte.
   */
  | { kind: 'encoding'; offset: number; location: Location; bulk?: { encoding: 'windows' | 'utf-16' | 'latin-1'; byte: number } }
  | { kind: 'syntax'; problem: string; syntax: string; location: Location }
  | { kind: 'not-listing' }
  /** One row of a bulk file that could not be read; the file's other rows were linted. */
  | { kind: 'row'; problem: string; location: Location; record: number; sheet?: string };

/** What the kernel keeps of a listing for cross-file rules: plain data. */
export interface ListingDigest {
  /** The listing's file, relative to the working directory. */
  file: string;
  sku?: string;
  marketplace?: string;
  /** Where a finding about the SKU points: the `sku` value, or the listing's first line. */
  skuLocation: Location;
}

/** What a cross-file rule sees: every linted listing of the run, in file order. */
export interface RunRuleContext {
  listings: ListingDigest[];
  settings: LintSettings;
  options: unknown;
  /** Reports a fact about one listing of the run. */
  report(listing: ListingDigest, fact: Fact): void;
}

/** What a rule about suppressions sees after directives and ignores were applied to a listing. */
export interface SuppressionRuleContext {
  listing: Listing;
  options: unknown;
  /** Directives and ignores that hid nothing. */
  unused: { directives: Directive[]; ignores: ListingIgnore[] };
  report(fact: Fact): void;
}

/**
 * A rule: an id (its file path under rules/), meta, and its logic in one or more hooks. `check`
 * runs on each listing; `checkRun` once per run over every listing (cross-file rules);
 * `checkFailure` on a file that could not be read; `checkSuppressions` after a listing's
 * directives and ignores were applied. The kernel stamps what each reports.
 */
export interface Rule {
  id: string;
  meta: RuleMeta;
  check?(context: RuleContext): void;
  checkRun?(context: RunRuleContext): void;
  checkFailure?(failure: FileFailure, report: (fact: Fact) => void): void;
  checkSuppressions?(context: SuppressionRuleContext): void;
}

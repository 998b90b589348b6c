import { applySuppressions } from './apply-suppressions.js';
import type {
  CompiledWatchlist,
  ConfiguredSeverity,
  Fact,
  FileFailure,
  Finding,
  LintSettings,
  Listing,
  ListingDigest,
  Place,
  Rule,
  RunFacts,
  Severity,
} from '../types.js';

/** Where rule documentation lives. */
export const docsBaseUrl = 'https://github.com/listinglint/listinglint/blob/main/docs/rules/';

/** The documentation URL of a rule. */
export function ruleUrl(ruleId: string): string {
  return `${docsBaseUrl}${ruleId}.md`;
}

/** A rule with its configured severity (a ceiling for trademark rules) and options. */
export interface ConfiguredRule {
  rule: Rule;
  severity: ConfiguredSeverity;
  options?: unknown;
}

/** Severities from least to most serious. */
export const severityRank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** Rules whose findings no directive, ignore or baseline can hide (`meta.suppressible: false`). */
export function unsuppressibleRuleIds(rules: Iterable<Rule>): Set<string> {
  return new Set([...rules].filter((rule) => rule.meta.suppressible === false).map((rule) => rule.id));
}

/** Fills `{{name}}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/**
 * Turns a rule's fact into a finding: rule id, severity (the configured one, or for
 * `ceiling` rules the model's severity capped by it), message and docs URL.
 */
export function stampFact(configured: ConfiguredRule, fact: Fact, listing: { file: string; sku?: string; place?: Place }): Finding | undefined {
  const { rule, severity: setting } = configured;
  if (setting === 'off') return undefined;
  let severity: Severity = setting;
  if (rule.meta.severityMode === 'ceiling' && fact.severity && severityRank[fact.severity] < severityRank[setting]) severity = fact.severity;
  const template = rule.meta.messages[fact.messageId];
  if (template === undefined) throw new Error(`Rule ${rule.id} has no message \`${fact.messageId}\``);
  const finding: Finding = {
    ruleId: rule.id,
    severity,
    message: formatMessage(template, fact.data),
    url: ruleUrl(rule.id),
    file: listing.file,
    ...fact.location,
  };
  if (fact.field !== undefined) finding.field = fact.field;
  if (listing.sku !== undefined) finding.sku = listing.sku;
  for (const key of findingEvidenceKeys) {
    if (fact[key] !== undefined) (finding as unknown as Record<string, unknown>)[key] = fact[key];
  }
  // Bulk files: a finding about the listing as a whole points at its record.
  if (finding.place === undefined && listing.place !== undefined) finding.place = listing.place;
  return finding;
}

/** The evidence keys a fact may carry, copied onto its finding in this order. */
export const findingEvidenceKeys = [
  'place', 'markId', 'matchedText', 'strategy', 'confidence', 'registration', 'use', 'cause', 'phrase', 'territory', 'evidence', 'image', 'fatal',
] as const;

/** Options of one kernel run besides rules and settings. */
export interface LintOptions {
  reportUnusedDisables?: boolean;
  /** Run facts (OCR lines …) for the rules that need them. */
  facts?: RunFacts;
}

/**
 * Lints one listing: runs every enabled rule, stamps the facts, applies inline disables and
 * listing ignores, then the rules about suppressions. Pure: no file system, no process, no
 * clock (today comes in `settings`). A rule that throws becomes an internal-error finding
 * naming the rule, and the other rules still run.
 */
export function lintListing(
  listing: Listing,
  watchlist: CompiledWatchlist,
  rules: ConfiguredRule[],
  settings: LintSettings,
  options: LintOptions = {},
): Finding[] {
  const facts = options.facts ?? {};
  const findings: Finding[] = [];
  const enabled = rules.filter((configured) => configured.severity !== 'off');
  for (const configured of enabled) {
    const { rule } = configured;
    if (!rule.check) continue;
    const report = (fact: Fact) => {
      const finding = stampFact(configured, fact, listing);
      if (finding) findings.push(finding);
    };
    guard(rule, listing, findings, () => rule.check!({ listing, watchlist, settings, facts, options: configured.options, report }));
  }
  const unsuppressible = unsuppressibleRuleIds(enabled.map(({ rule }) => rule));
  const { kept, unused } = applySuppressions(findings, listing, unsuppressible);
  if (options.reportUnusedDisables) {
    for (const configured of enabled) {
      const { rule } = configured;
      if (!rule.checkSuppressions) continue;
      const report = (fact: Fact) => {
        const finding = stampFact(configured, fact, listing);
        if (finding) kept.push(finding);
      };
      guard(rule, listing, kept, () => rule.checkSuppressions!({ listing, options: configured.options, unused, report }));
    }
  }
  return kept.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The findings a file that could not be read gets from the rules that judge failures (`listing/parse-error`). */
export function lintFailure(failure: FileFailure, rules: ConfiguredRule[], file: string): Finding[] {
  const findings: Finding[] = [];
  for (const configured of rules) {
    if (configured.severity === 'off' || !configured.rule.checkFailure) continue;
    configured.rule.checkFailure(failure, (fact) => {
      const finding = stampFact(configured, fact, { file });
      if (finding) findings.push(finding);
    });
  }
  return findings;
}

/** Runs the cross-file rules over every listing of a run; findings come back by listing file. */
export function lintRun(listings: ListingDigest[], rules: ConfiguredRule[], settings: LintSettings): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const configured of rules) {
    const { rule } = configured;
    if (configured.severity === 'off' || !rule.checkRun) continue;
    rule.checkRun({
      listings,
      settings,
      options: configured.options,
      report(listing, fact) {
        const finding = stampFact(configured, fact, listing);
        if (!finding) return;
        const list = byFile.get(listing.file) ?? [];
        list.push(finding);
        byFile.set(listing.file, list);
      },
    });
  }
  return byFile;
}

/** The message of an internal-error finding; it is stamped as the failing rule's, at the listing's first line. */
export const internalErrorMessage = 'Rule `{{rule}}` crashed on this listing ({{error}}): this is a bug in listinglint; please report it with the listing';

function guard(rule: Rule, listing: Listing, findings: Finding[], run: () => void): void {
  try {
    run();
  } catch (error) {
    const message = formatMessage(internalErrorMessage, { rule: rule.id, error: String((error as Error)?.message ?? error) });
    findings.push({
      ruleId: rule.id,
      severity: 'error',
      message,
      url: ruleUrl(rule.id),
      file: listing.file,
      ...listing.location,
      ...(listing.sku !== undefined ? { sku: listing.sku } : {}),
      internal: true,
    });
  }
}

/** Orders findings by position, then rule id, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

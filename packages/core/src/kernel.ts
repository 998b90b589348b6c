import type { Fact, Rule } from './rules/rule.js';
import { applySuppressions } from './suppress/apply-suppressions.js';
import type { CompiledWatchlist, ConfiguredSeverity, Finding, LintSettings, Listing, Severity } from './types.js';

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

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Fills `{{name}}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/**
 * Turns a rule's fact into a finding: rule id, severity (the configured one, or for
 * `ceiling` rules the model's severity capped by it), message and docs URL.
 */
export function stampFact(configured: ConfiguredRule, fact: Fact, listing: Pick<Listing, 'file' | 'sku'>): Finding | undefined {
  const { rule, severity: setting } = configured;
  if (setting === 'off') return undefined;
  let severity: Severity = setting;
  if (rule.meta.severityMode === 'ceiling' && fact.severity && rank[fact.severity] < rank[setting]) severity = fact.severity;
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
  for (const key of ['markId', 'matchedText', 'strategy', 'confidence', 'registration', 'use', 'territory', 'image', 'fatal'] as const) {
    if (fact[key] !== undefined) (finding as unknown as Record<string, unknown>)[key] = fact[key];
  }
  return finding;
}

/** Options of one kernel run besides rules and settings. */
export interface LintOptions {
  reportUnusedDisables?: boolean;
}

/**
 * Lints one listing: runs every enabled rule, stamps the facts, applies inline disables and
 * listing ignores. Pure: no file system, no process, no clock (today comes in `settings`).
 */
export function lintListing(
  listing: Listing,
  watchlist: CompiledWatchlist,
  rules: ConfiguredRule[],
  settings: LintSettings,
  options: LintOptions = {},
): Finding[] {
  const byId = new Map(rules.map((configured) => [configured.rule.id, configured]));
  const findings: Finding[] = [];
  for (const configured of rules) {
    if (configured.severity === 'off') continue;
    configured.rule.check({
      listing,
      watchlist,
      settings,
      options: configured.options,
      report(fact) {
        const finding = stampFact(configured, fact, listing);
        if (finding) findings.push(finding);
      },
    });
  }
  const stamp = (ruleId: string, fact: Fact) => {
    const configured = byId.get(ruleId);
    return configured ? stampFact(configured, fact, listing) : undefined;
  };
  return applySuppressions(findings, listing, { reportUnused: options.reportUnusedDisables ?? false }, stamp);
}

/** Orders findings by position, then rule id, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

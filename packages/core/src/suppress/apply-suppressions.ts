import type { Fact } from '../rules/rule.js';
import type { Directive, Finding, Listing, ListingIgnore } from '../types.js';

/** Options of {@link applySuppressions}. */
export interface SuppressionOptions {
  /** Report `disable/unused` for directives and ignores that suppressed nothing. */
  reportUnused: boolean;
}

/** The kernel's stamp: a rule id and a fact become a finding, or undefined when the rule is off. */
export type StampFinding = (ruleId: string, fact: Fact) => Finding | undefined;

/** Rules whose findings no directive or ignore can hide. */
const unsuppressible = new Set(['listing/parse-error', 'disable/missing-reason', 'disable/unused']);

/**
 * Drops the findings of one listing covered by an inline directive (by line and rule) or a
 * `listinglint.ignore` entry (by rule and/or mark), and adds `disable/missing-reason` and,
 * when asked, `disable/unused` findings about the directives and ignores themselves.
 */
export function applySuppressions(
  findings: Finding[],
  listing: Pick<Listing, 'directives' | 'ignores'>,
  options: SuppressionOptions,
  stamp: StampFinding,
): Finding[] {
  const directives = listing.directives.filter((directive) => directive.kind !== 'enable');
  const ignores = listing.ignores;
  const usedDirectives = new Set<Directive>();
  const usedIgnores = new Set<ListingIgnore>();
  const kept = findings.filter((finding) => {
    if (finding.fatal || unsuppressible.has(finding.ruleId)) return true;
    // Every matching directive counts as used, so none of them is reported as unused.
    const byDirective = directives.filter((directive) => directiveCovers(directive, finding));
    const byIgnore = ignores.filter((ignore) => ignoreCovers(ignore, finding));
    byDirective.forEach((directive) => usedDirectives.add(directive));
    byIgnore.forEach((ignore) => usedIgnores.add(ignore));
    return byDirective.length === 0 && byIgnore.length === 0;
  });
  const added: Finding[] = [];
  const add = (ruleId: string, fact: Fact): void => {
    const finding = stamp(ruleId, fact);
    if (finding) added.push(finding);
  };
  for (const directive of directives) {
    const comment = directiveComment(directive);
    if (directive.reason === undefined) {
      add('disable/missing-reason', { messageId: 'directive', data: { comment }, location: directive.location });
    }
    if (options.reportUnused && !usedDirectives.has(directive)) {
      add('disable/unused', { messageId: 'directive', data: { comment }, location: directive.location });
    }
  }
  for (const ignore of ignores) {
    const entry = ignoreEntry(ignore);
    if (ignore.reason === undefined || ignore.reason.trim() === '') {
      add('disable/missing-reason', { messageId: 'ignore', data: { entry }, location: ignore.location });
    }
    if (options.reportUnused && !usedIgnores.has(ignore)) {
      add('disable/unused', { messageId: 'ignore', data: { entry }, location: ignore.location });
    }
  }
  return [...kept, ...added].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A directive covers a finding that starts on one of its lines, for one of its rules (none = all). */
function directiveCovers(directive: Directive, finding: Finding): boolean {
  if (finding.line < directive.fromLine || finding.line > directive.toLine) return false;
  return directive.rules.length === 0 || directive.rules.includes(finding.ruleId);
}

/** An ignore entry covers a finding of its rule and of its mark (mark ids compare case-insensitively). */
function ignoreCovers(ignore: ListingIgnore, finding: Finding): boolean {
  if (ignore.rule !== undefined && ignore.rule !== finding.ruleId) return false;
  if (ignore.mark === undefined) return true;
  return finding.markId !== undefined && finding.markId.toLowerCase() === ignore.mark.toLowerCase();
}

/** The directive as the user wrote it, without the reason: `listinglint-disable-next-line trademark/text`. */
function directiveComment(directive: Directive): string {
  const keyword =
    directive.kind === 'disable-next-line' && directive.fromLine === directive.location.line
      ? 'disable-line'
      : directive.kind;
  return [`listinglint-${keyword}`, ...directive.rules].join(' ');
}

/** The ignore entry in flow YAML: `{ rule: trademark/text, mark: nike }`. */
function ignoreEntry(ignore: ListingIgnore): string {
  const parts = [
    ignore.rule === undefined ? [] : [`rule: ${ignore.rule}`],
    ignore.mark === undefined ? [] : [`mark: ${ignore.mark}`],
  ].flat();
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}

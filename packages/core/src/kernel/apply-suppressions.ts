import type { Directive, Finding, Listing, ListingIgnore } from '../types.js';

/** What suppression left of one listing's findings, and the directives and ignores that hid nothing. */
export interface Suppressed {
  kept: Finding[];
  unused: { directives: Directive[]; ignores: ListingIgnore[] };
}

/**
 * Drops the findings of one listing covered by an inline directive (by line and rule) or a
 * `listinglint.ignore` entry (by rule and/or mark). Findings of rules in `unsuppressible`
 * (and fatal ones) always stay.
 */
export function applySuppressions(
  findings: Finding[],
  listing: Pick<Listing, 'directives' | 'ignores'>,
  unsuppressible: ReadonlySet<string>,
): Suppressed {
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
  return {
    kept,
    unused: {
      directives: directives.filter((directive) => !usedDirectives.has(directive)),
      ignores: ignores.filter((ignore) => !usedIgnores.has(ignore)),
    },
  };
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

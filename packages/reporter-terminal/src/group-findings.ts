import type { Finding } from '@listinglint/types';

/** Findings shown as one entry: the first occurrence and the others of the same mark, use and severity in one listing. */
export interface FindingGroup {
  first: Finding;
  /** The other occurrences, in report order. */
  more: Finding[];
}

/**
 * Groups the findings of one file for people (design.md "One finding per place, grouped for
 * people"): findings of the same rule, mark, use and severity in the same listing (SKU) become one
 * entry at the first occurrence; findings without a mark stay alone. Order: by first occurrence.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  const byKey = new Map<string, FindingGroup>();
  for (const finding of findings) {
    if (finding.markId === undefined) {
      groups.push({ first: finding, more: [] });
      continue;
    }
    const key = JSON.stringify([finding.ruleId, finding.sku ?? finding.place?.sku ?? '', finding.markId, finding.use ?? '', finding.severity]);
    const group = byKey.get(key);
    if (group) group.more.push(finding);
    else {
      const created = { first: finding, more: [] };
      byKey.set(key, created);
      groups.push(created);
    }
  }
  return groups;
}

/** Where a grouped occurrence is: its field and position (`bullets[1] 9:5`, `title D4` in a spreadsheet). */
export function describeOccurrence(finding: Finding): string {
  const position = finding.place?.sheet !== undefined ? (finding.place.cell ?? '') : `${finding.line}:${finding.column}`;
  return finding.field !== undefined ? `${finding.field} ${position}` : position;
}

/** `and 3 more places: bullets[1], keywords, description` (`and 1 more place: …`). */
export function morePlaces(more: readonly Finding[]): string {
  return `and ${more.length} more place${more.length === 1 ? '' : 's'}: ${more.map(describeOccurrence).join(', ')}`;
}

import type { TriageReport } from '@listinglint/core';
import { claimTitle, recordLine, verdictMeaning } from './describe.js';

/** The terminal summary of a triage: each claim's verdict, the facts and their sources. */
export function formatTriageTerminal(report: TriageReport): string {
  const { notice } = report;
  const out: string[] = [`Notice ${notice.path} (${notice.source}${notice.receivedAt ? `, received ${notice.receivedAt}` : ''}): ${report.claims.length} claim${report.claims.length === 1 ? '' : 's'}`];
  report.claims.forEach((claim, i) => {
    out.push('', claimTitle(claim, i));
    if (claim.listing) out.push(`  listing  ${claim.listing.filePath}${claim.listing.sku !== undefined ? ` (SKU ${claim.listing.sku})` : ''}`);
    if (claim.record) out.push(`  record   ${recordLine(claim.record)}`);
    out.push(`  verdict  ${claim.verdict}: ${verdictMeaning[claim.verdict]}`);
    if (claim.grounds.length > 0) out.push(`  also     ${claim.grounds.join(', ')}`);
    for (const fact of claim.facts) out.push(`  - ${fact.fact}`, `      from ${fact.source}`);
  });
  if (report.missing.length > 0) out.push('', `The notice does not name: ${report.missing.join(', ')}`);
  out.push('', 'Evidence report: --format markdown or html -o FILE. What the verdicts mean: docs/triage.md');
  return `${out.join('\n')}\n`;
}

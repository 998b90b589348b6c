import type { Finding } from '@listinglint/core';

/** The evidence behind a finding as Markdown lines: what matched, the mark's owner and registration, the territory, how the mark is used. */
export function evidenceLines(finding: Finding): string[] {
  const lines = [`**${finding.ruleId}** (${finding.severity}): ${finding.message}`];
  if (finding.matchedText !== undefined) {
    lines.push(`- matched: \`${finding.matchedText}\`${finding.markId ? ` (mark \`${finding.markId}\`${finding.strategy ? `, ${finding.strategy}` : ''})` : ''}`);
  }
  const evidence = finding.evidence;
  if (evidence) {
    lines.push(`- owner: ${evidence.owner}${evidence.famous ? ' (famous mark)' : ''}`);
    const registration = evidence.registration;
    if (registration) {
      lines.push(
        `- registration: ${registration.office} ${registration.number}, classes ${registration.classes.join(', ')} (${registration.status})` +
          (registration.overlap.length > 0 ? `; covers the listing's classes ${registration.overlap.join(', ')}` : ''),
      );
    }
    lines.push(`- territory: ${evidence.territory}`);
    if (evidence.missingContext?.length) lines.push(`- the listing lacks: ${evidence.missingContext.join(', ')}`);
  }
  if (finding.use !== undefined) lines.push(`- use: ${finding.use}${finding.cause ? ` (${finding.cause}${finding.phrase ? `: \`${finding.phrase}\`` : ''})` : ''}`);
  if (finding.field !== undefined) lines.push(`- field: \`${finding.field}\``);
  if (finding.image) lines.push(`- image: ${finding.image.path}`);
  lines.push(`- docs: ${finding.url}`);
  return lines;
}

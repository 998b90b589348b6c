import { createHash } from 'node:crypto';
import type { Finding } from '../types.js';

/** Version tag of the fingerprint scheme; SARIF `partialFingerprints` key. */
export const FINGERPRINT_KEY = 'listinglint/v1';

/**
 * Sets `fingerprint` on each finding of one file: a hash of what the finding is about
 * (rule, file, field, mark, normalised matched text, image path; in bulk files the SKU) and its occurrence index
 * among findings with the same identity. Lines and columns are left out on purpose, so
 * editing unrelated parts of the file keeps every fingerprint.
 */
export function fingerprintFindings(findings: Finding[]): void {
  const occurrences = new Map<string, number>();
  // Occurrences are counted in source order, whatever order the caller passes.
  for (const finding of [...findings].sort(bySourcePosition)) {
    const identity = findingIdentity(finding);
    const occurrence = occurrences.get(identity) ?? 0;
    occurrences.set(identity, occurrence + 1);
    finding.fingerprint = createHash('sha256')
      .update(`${FINGERPRINT_KEY}\u0000${identity}\u0000${occurrence}`)
      .digest('hex')
      .slice(0, 32);
  }
}

/** Matched text as it matters for identity: NFKC, lower case, letters and digits only. */
export function normaliseMatchedText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function findingIdentity(finding: Finding): string {
  return [
    finding.ruleId,
    finding.file,
    finding.field ?? '',
    finding.markId ?? '',
    normaliseMatchedText(finding.matchedText ?? ''),
    finding.image?.path ?? '',
    // Bulk files: the row's SKU too, so a baseline entry is keyed by file + SKU + field and
    // survives rows being reordered, added or removed (Markdown fingerprints are unchanged).
    ...(finding.place ? [finding.sku ?? finding.place.sku ?? `record ${finding.place.record}`] : []),
  ].join('\u0000');
}

function bySourcePosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column;
}

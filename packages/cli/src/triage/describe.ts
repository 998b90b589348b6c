import type { TriageClaim, TriageRegistration, Verdict } from '@listinglint/core';

/** What each verdict means, in one line (docs/triage.md says more). */
export const verdictMeaning: Record<Verdict, string> = {
  supported: 'the claim holds on the offline data: a live registration in the territory covers the goods and the listing uses the mark',
  'disputable:not-used': 'the listing does not use the mark in its text or the images read',
  'disputable:nominative-use': 'the listing names the mark only to say what the product fits, runs or works with',
  unverified: 'the cited registration is not in the offline data: look it up at the office',
  'disputable:wrong-territory': 'the registration does not reach the marketplace\'s country',
  'disputable:not-live': 'the registration is dead, expired or cancelled',
  'disputable:wrong-class': 'the registration does not cover the class of the goods sold',
  'disputable:owner-mismatch': 'the complainant is not the registration\'s current owner',
  'needs-review': 'listinglint cannot judge this claim: check what the facts name by hand',
};

/** `USPTO 7011111` (or the serial) as a claim cites it. */
export function citedRegistration(claim: TriageClaim): string {
  const r = claim.registration;
  if (!r) return '';
  return [r.office, r.number ?? (r.serial ? `serial ${r.serial}` : undefined)].filter(Boolean).join(' ');
}

/** A one-line summary of the record judged. */
export function recordLine(record: TriageRegistration): string {
  const number = record.number ? `reg. ${record.number}` : '';
  const serial = record.serial ? `serial ${record.serial}` : '';
  const code = record.statusCode ? ` (status code ${record.statusCode})` : '';
  return `${record.office} ${[number, serial].filter(Boolean).join(', ')}: ${record.mark}, ${record.status}${code}, classes ${record.classes.join(', ') || 'none recorded'}, owner ${record.owner || 'not recorded'}`;
}

/** A short title for a claim. */
export function claimTitle(claim: TriageClaim, index: number): string {
  return [`Claim ${index + 1}`, claim.complaintId ? `complaint ${claim.complaintId}` : undefined, `${claim.type}${claim.mark ? ` ${claim.mark}` : ''}`, citedRegistration(claim) || undefined]
    .filter(Boolean)
    .join(' · ');
}

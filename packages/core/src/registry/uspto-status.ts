import type { RegistrationStatus } from '../types.js';

/**
 * USPTO status codes (`case-file-header/status-code`) → watchlist statuses, by ranges
 * (design.md "Watchlist"; docs/triage.md lists the table). Public tables disagree on single
 * codes, so ranges decide and an unknown code counts as pending (live), never as dead. The
 * 6xx codes are not all abandonments: 600–615 are ("ABANDONED - …"), while 616–699 are
 * application stages (630 new application, 641 office action, 686 published for opposition,
 * 688 notice of allowance), which count as pending like design.md's other application stages.
 */
export const usptoStatusRanges: ReadonlyArray<{ from: number; to: number; status: RegistrationStatus; meaning: string }> = [
  { from: 600, to: 615, status: 'dead', meaning: 'abandoned application' },
  { from: 616, to: 699, status: 'pending', meaning: 'application under examination, published or allowed' },
  { from: 700, to: 709, status: 'registered', meaning: 'registered' },
  { from: 710, to: 799, status: 'cancelled', meaning: 'registration cancelled' },
  { from: 800, to: 899, status: 'registered', meaning: 'registered and renewed' },
  { from: 900, to: 999, status: 'expired', meaning: 'registration expired' },
];

/** The watchlist status of a USPTO status code; application stages and unknown codes are `pending`. */
export function usptoStatus(code: string): RegistrationStatus {
  const value = Number(code);
  if (!Number.isInteger(value)) return 'pending';
  return usptoStatusRanges.find((range) => value >= range.from && value <= range.to)?.status ?? 'pending';
}

import type { Mark, MarkMatch, MatchStrategy } from '../types.js';

const READINGS: Record<Exclude<MatchStrategy, 'exact'>, string> = {
  normalised: 'normalised',
  confusable: 'look-alike characters',
  leet: 'leetspeak',
  spaced: 'spaced out',
  fuzzy: 'misspelling',
};

/** How a match reads, for messages: "`N1ke` reads as NIKE (leetspeak)", or "`Nike`" for an exact match. */
export function describeMatch(match: MarkMatch, mark: Mark): string {
  const quoted = `\`${match.text}\``;
  return match.strategy === 'exact' ? quoted : `${quoted} reads as ${mark.mark} (${READINGS[match.strategy]})`;
}

import { holdsAnyWord } from '../text-gate.js';
import type { Field, Listing } from '../../types.js';

/** Whether a field path belongs to a field name: `bullets` covers `bullets[2]`, `a_plus` covers `a_plus.headline`. */
export function isFieldOf(path: string, name: string): boolean {
  return path === name || path.startsWith(`${name}[`) || path.startsWith(`${name}.`);
}

/** The listing's text fields with these names (`all`: every text field; `brand` is one only when named). */
export function fieldsNamed(listing: Listing, names: readonly string[] | 'all'): Field[] {
  if (names === 'all') return listing.fields;
  const fields = listing.fields.filter((field) => names.some((name) => isFieldOf(field.path, name)));
  return listing.brand && names.includes('brand') ? [listing.brand, ...fields] : fields;
}

/** The title field, if the listing has one. */
export function titleOf(listing: Listing): Field | undefined {
  return listing.fields.find((field) => field.path === 'title');
}

/** A text as a literal inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A case-insensitive whole-word pattern for phrases: a phrase's spaces match any run of spaces or
 * dashes, and a hit may not start or end inside a word.
 */
export function phrasePattern(phrases: readonly string[]): RegExp {
  // A preset's phrase list is the same array for every listing, and a seller's brand names
  // repeat from listing to listing: a pattern is built (and compiled by V8) once per phrase list.
  const key = phrases.join('\u0000');
  const known = patterns.get(key);
  if (known) return known;
  const longestFirst = [...phrases].sort((a, b) => b.length - a.length);
  const body = longestFirst.map((phrase) => escapeRegExp(phrase.trim()).replace(/(?:\\-|\s)+/g, '[\\s\\-]+')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
  if (patterns.size >= 1024) patterns.clear();
  patterns.set(key, pattern);
  return pattern;
}

const patterns = new Map<string, RegExp>();

const firstWordsOf = new WeakMap<readonly string[], string[]>();

/**
 * Whether a text may hold one of the phrases: the first word of one is in its lower-cased text.
 * Far cheaper than the phrase pattern, which then runs only on the few texts that pass.
 */
export function mayHoldPhrase(text: string, phrases: readonly string[]): boolean {
  let words = firstWordsOf.get(phrases);
  if (words === undefined) {
    words = phrases.map((phrase) => phrase.trim().split(/[\s-]+/)[0].toLowerCase());
    firstWordsOf.set(phrases, words);
  }
  return holdsAnyWord(text, words);
}

/** Every hit of a pattern in a text, as `[start, end, text]` (UTF-16 offsets). */
export function hitsOf(pattern: RegExp, text: string): Array<{ start: number; end: number; text: string }> {
  return [...text.matchAll(pattern)].map((hit) => ({ start: hit.index, end: hit.index + hit[0].length, text: hit[0] }));
}

import { escapeRegExp, holdsAnyWord } from '../text-gate.js';
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

/** The regular expression of a phrase: its spaces and dashes match any run of spaces or dashes. */
function phraseSource(phrase: string): string {
  return escapeRegExp(phrase.trim()).replace(/(?:\\-|\s)+/g, '[\\s\\-]+');
}

/**
 * Every whole-word, case-insensitive hit of the phrases in a text (a phrase's spaces and dashes
 * match any run of spaces or dashes), longest phrase first where several start at one place, as
 * one pattern `(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])` with flags `giu` would find them. V8
 * takes about a millisecond to compile a pattern with Unicode letter classes, and a seller's
 * brand names differ from listing to listing; so the word boundaries are checked here, around
 * plain patterns that compile in microseconds (kept per phrase list).
 */
export function phraseHits(phrases: readonly string[], text: string): Array<{ start: number; end: number; text: string }> {
  const key = phrases.join('\u0000');
  let compiled = phraseMatchers.get(key);
  if (compiled === undefined) {
    const longestFirst = [...phrases].sort((a, b) => b.length - a.length).map(phraseSource);
    compiled = { any: new RegExp(longestFirst.join('|'), 'giu'), each: longestFirst.map((source) => new RegExp(source, 'iuy')) };
    if (phraseMatchers.size >= 1024) phraseMatchers.clear();
    phraseMatchers.set(key, compiled);
  }
  const { any, each } = compiled;
  const hits: Array<{ start: number; end: number; text: string }> = [];
  any.lastIndex = 0;
  for (let found = any.exec(text); found !== null; found = any.exec(text)) {
    const start = found.index;
    let end = -1;
    if (!wordCharBefore(text, start)) {
      // The alternatives in the pattern's order: the first that ends at a word boundary wins.
      for (const phrase of each) {
        phrase.lastIndex = start;
        const at = phrase.exec(text);
        if (at !== null && !wordCharAt(text, start + at[0].length)) {
          end = start + at[0].length;
          break;
        }
      }
    }
    if (end >= 0) {
      hits.push({ start, end, text: text.slice(start, end) });
      any.lastIndex = end;
    } else {
      // No hit starts here: look again from the next character (a whole code point).
      any.lastIndex = start + (isHighSurrogate(text.charCodeAt(start)) && isLowSurrogate(text.charCodeAt(start + 1)) ? 2 : 1);
    }
  }
  return hits;
}

const phraseMatchers = new Map<string, { any: RegExp; each: RegExp[] }>();
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether the code point that ends at `index` is a letter or a digit. */
function wordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const last = text.charCodeAt(index - 1);
  const from = isLowSurrogate(last) && index >= 2 && isHighSurrogate(text.charCodeAt(index - 2)) ? index - 2 : index - 1;
  return WORD_CHAR.test(text.slice(from, index));
}

/** Whether the code point that starts at `index` is a letter or a digit. */
function wordCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const to = isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? index + 2 : index + 1;
  return WORD_CHAR.test(text.slice(index, to));
}

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

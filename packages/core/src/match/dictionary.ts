import { wordSet } from './lexicon.js';

/** True when `word` (lower case) is an ordinary English word or a known distinct name: never a misspelt mark. */
export function isDictionaryWord(word: string): boolean {
  return wordSet().has(word);
}

import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { WordList, wordSet } from '../../src/match/lexicon.js';

const words = suite('WordList');

words('knows exactly the words of a list, in order or not, and the extra ones', () => {
  const list = new WordList('apple\nbanana\nbandana\nband\ncherry\n\ndate', ['phillips']);
  for (const word of ['apple', 'banana', 'bandana', 'band', 'cherry', 'date', 'phillips']) assert.ok(list.has(word), word);
  for (const word of ['', 'appl', 'apples', 'ban', 'bandanas', 'cherr', 'zebra', 'aardvark', 'Apple']) assert.not.ok(list.has(word), word);
});

words('answers as a Set of the word-list package would, for every word and for near misses', () => {
  const text = readFileSync(wordListPath, 'utf8');
  const set = new Set(text.split('\n'));
  const list = wordSet();
  let wrong = 0;
  for (const word of set) if (!list.has(word)) wrong++;
  // Near misses: every word with its last letter dropped or an `s` added.
  let probes = 0;
  for (const word of set) {
    for (const probe of [word.slice(0, -1), `${word}s`, `${word}q`]) {
      probes++;
      if (list.has(probe) !== set.has(probe)) wrong++;
    }
  }
  assert.is(set.size, 274137);
  assert.is(probes, 822411);
  assert.is(wrong, 0);
  assert.ok(list.has('phillips'));
});

words.run();

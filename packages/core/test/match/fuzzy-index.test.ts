import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { allowedDistance, FuzzyIndex } from '../../src/match/fuzzy-index.js';

const codes = (word: string): Int32Array => Int32Array.from([...word].map((char) => char.charCodeAt(0)));

function indexOf(...words: string[]): FuzzyIndex {
  const index = new FuzzyIndex();
  for (const word of words) index.add({ markId: word, letters: codes(word), maxDistance: allowedDistance(word.length) });
  return index;
}

function lookUp(index: FuzzyIndex, word: string, accept = true): string[] {
  const found: string[] = [];
  const letters = codes(word);
  index.lookup(letters, 0, letters.length, () => accept, (key, distance) => found.push(`${key.markId}:${distance}`));
  return found;
}

const fuzzy = suite('FuzzyIndex');

fuzzy('allows 1 edit from 5 letters and 2 edits from 9', () => {
  assert.equal([4, 5, 8, 9, 12].map(allowedDistance), [0, 1, 1, 2, 2]);
});

fuzzy('finds forms within their distance, never the exact form', () => {
  const index = indexOf('adidas', 'samsung', 'pokemonxy', 'nike');
  assert.equal(lookUp(index, 'adiddas'), ['adidas:1']);
  assert.equal(lookUp(index, 'smasung'), ['samsung:1']);
  assert.equal(lookUp(index, 'pokmonyx'), ['pokemonxy:2']);
  assert.equal(lookUp(index, 'adidas'), []);
  assert.equal(lookUp(index, 'nkie'), []);
  assert.equal(lookUp(index, 'adixxas'), []);
});

fuzzy('asks the dictionary before comparing, and stops when it refuses', () => {
  assert.equal(lookUp(indexOf('adidas'), 'adiddas', false), []);
});

fuzzy('words too short or too long for every form are out of reach', () => {
  const index = indexOf('adidas');
  assert.equal([index.outOfReach(3), index.outOfReach(5), index.outOfReach(8)], [true, false, true]);
});

fuzzy.run();

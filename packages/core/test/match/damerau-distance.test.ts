import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { damerauDistance } from '../../src/match/damerau-distance.js';

const codes = (word: string): number[] => [...word].map((char) => char.charCodeAt(0));
const distance = suite('damerauDistance');

distance('counts insertions, deletions, substitutions and adjacent transpositions as one edit', () => {
  assert.equal(
    [
      damerauDistance(codes('adidas'), codes('adiddas'), 2),
      damerauDistance(codes('nike'), codes('nkie'), 2),
      damerauDistance(codes('samsung'), codes('samsong'), 2),
      damerauDistance(codes('philips'), codes('philps'), 2),
      damerauDistance(codes('same'), codes('same'), 2),
    ],
    [1, 1, 1, 1, 0],
  );
});

distance('stops at limit + 1', () => {
  assert.is(damerauDistance(codes('abcdef'), codes('uvwxyz'), 2), 3);
  assert.is(damerauDistance(codes('ab'), codes('abcdef'), 1), 2);
});

distance.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InertTokens } from '../../src/match/inert-tokens.js';

const tokens = suite('InertTokens');

tokens('knows the tokens added, and only those', () => {
  const inert = new InertTokens();
  inert.add('cable,');
  assert.equal([inert.has('cable,'), inert.has('cable'), inert.has('Cable,')], [true, false, false]);
});

tokens('a token can be given as a range of a longer text, and is the same token', () => {
  const inert = new InertTokens();
  inert.add('a steel cable, braided', 8, 14);
  assert.equal(
    [inert.has('cable,'), inert.has('the cable, here', 4, 10), inert.has('the cable, here', 4, 9), inert.has('the cable. here', 4, 10)],
    [true, true, false, false],
  );
  inert.add('xx');
  assert.equal([inert.has('fixxed', 2, 4), inert.has('fixxed', 1, 3)], [true, false]);
});

tokens('forgets everything once full, then keeps adding', () => {
  const inert = new InertTokens();
  for (let index = 0; index < 1 << 16; index++) inert.add(`w${index}`);
  assert.is(inert.has('w0'), true);
  inert.add('last');
  assert.equal([inert.has('w0'), inert.has('last')], [false, true]);
});

tokens.run();

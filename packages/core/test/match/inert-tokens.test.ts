import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InertTokens } from '../../src/match/inert-tokens.js';

const tokens = suite('InertTokens');

tokens('knows the tokens added, and only those', () => {
  const inert = new InertTokens();
  inert.add('cable,');
  assert.equal([inert.has('cable,'), inert.has('cable'), inert.has('Cable,')], [true, false, false]);
});

tokens('forgets everything once full, then keeps adding', () => {
  const inert = new InertTokens();
  for (let index = 0; index < 1 << 16; index++) inert.add(`w${index}`);
  assert.is(inert.has('w0'), true);
  inert.add('last');
  assert.equal([inert.has('w0'), inert.has('last')], [false, true]);
});

tokens.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { shouldUseColor } from '../src/should-use-color.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

test('colours a TTY and not a pipe', () => {
  assert.is(shouldUseColor(tty, {}), true);
  assert.is(shouldUseColor(pipe, {}), false);
  assert.is(shouldUseColor({}, {}), false);
});

test('NO_COLOR turns colour off unless empty', () => {
  assert.is(shouldUseColor(tty, { NO_COLOR: '1' }), false);
  assert.is(shouldUseColor(tty, { NO_COLOR: '' }), true);
});

test('FORCE_COLOR wins over NO_COLOR and a pipe', () => {
  assert.is(shouldUseColor(pipe, { FORCE_COLOR: '1' }), true);
  assert.is(shouldUseColor(pipe, { FORCE_COLOR: '' }), true);
  assert.is(shouldUseColor(pipe, { FORCE_COLOR: '3', NO_COLOR: '1' }), true);
  assert.is(shouldUseColor(tty, { FORCE_COLOR: '0' }), false);
  assert.is(shouldUseColor(tty, { FORCE_COLOR: 'false' }), false);
});

test('a dumb terminal gets no colour', () => {
  assert.is(shouldUseColor(tty, { TERM: 'dumb' }), false);
});

test.run();

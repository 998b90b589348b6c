import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { padEnd, textWidth } from '../src/text-width.js';

test('counts terminal cells', () => {
  assert.is(textWidth('Nike'), 4);
  assert.is(textWidth('ソニー'), 6);
  assert.is(textWidth('e\u0301'), 1);
  assert.is(textWidth('\u001B[31mred\u001B[39m'), 3);
  assert.is(textWidth('👟'), 2);
});

test('pads to a width in cells', () => {
  assert.is(padEnd('対応', 6), '対応  ');
  assert.is(padEnd('toolong', 3), 'toolong');
});

test.run();

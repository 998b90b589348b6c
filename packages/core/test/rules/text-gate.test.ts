import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { holdsAnyWord } from '../../src/rules/text-gate.js';

test('holdsAnyWord: any of the words anywhere in the lower-cased text, the long s as s, literal characters only', () => {
  const words = ['kill', '%', 'a.b', 'c+'];
  const cases: Array<[string, boolean]> = [
    ['KILLS germs', true],
    ['99 % off', true],
    ['nothing here', false],
    ['axb', false],
    ['A.B rated', true],
    ['cc', false],
    ['C+ grade', true],
    ['ſkill', true],
    ['', false],
  ];
  for (const [text, expected] of cases) assert.is(holdsAnyWord(text, words), expected, text);
  assert.is(holdsAnyWord('anything', []), false);
  assert.is(holdsAnyWord('anything', ['']), true);
  assert.is(holdsAnyWord('ſtop', ['stop']), true);
});

test.run();

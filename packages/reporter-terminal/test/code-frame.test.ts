import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding } from '@listinglint/types';
import { codeFrame } from '../src/code-frame.js';
import { paletteFor } from '../src/palette.js';

const plain = paletteFor(false);

function at(line: number, column: number, endLine: number, endColumn: number): Finding {
  return {
    ruleId: 'trademark/text',
    severity: 'error',
    message: 'Unexpected mark.',
    url: 'https://example.com',
    file: 'a.md',
    line,
    column,
    endLine,
    endColumn,
  };
}

test('underlines the match on its line', () => {
  assert.equal(codeFrame(at(2, 8, 2, 12), 'title: x\nbrand: Sony\n', plain), ['2 | brand: Sony', '  |        ^^^^']);
});

test('handles CRLF line ends', () => {
  assert.equal(codeFrame(at(2, 1, 2, 3), 'a\r\nbc\r\n', plain), ['2 | bc', '  | ^^']);
});

test('underlines to the end of the line when the match spans lines', () => {
  assert.equal(codeFrame(at(1, 4, 2, 3), 'ab Sony\nxyz', plain), ['1 | ab Sony', '  |    ^^^^']);
});

test('counts wide characters as two cells and keeps tabs', () => {
  assert.equal(codeFrame(at(1, 4, 1, 6), 'ソニー対応', plain), ['1 | ソニー対応', '  |       ^^^^']);
  assert.equal(codeFrame(at(1, 2, 1, 6), '\tNike', plain), ['1 | \tNike', '  | \t^^^^']);
});

test('shows one caret for an empty range', () => {
  assert.equal(codeFrame(at(1, 1, 1, 1), 'abc', plain), ['1 | abc', '  | ^']);
});

test('cuts a long line to a window around the match', () => {
  const line = `${'a'.repeat(150)} Nike ${'b'.repeat(150)}`;
  const [source, carets] = codeFrame(at(1, 152, 1, 156), line, plain);
  assert.is(source, `1 | …${'a'.repeat(29)} Nike ${'b'.repeat(65)}…`);
  assert.is(carets, `  | ${' '.repeat(31)}^^^^`);
});

test('returns nothing for a line that is not in the source', () => {
  assert.equal(codeFrame(at(9, 1, 9, 2), 'one line', plain), []);
});

test.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compileMatcher } from '../../src/match/compile-matcher.js';
import type { MarkMatch } from '../../src/types.js';
import { mark, realMarks } from './watchlist-marks.js';

function readings(matches: MarkMatch[]): string[] {
  return matches.map((m) => `${m.markId} ${m.start}-${m.end} ${m.text} ${m.strategy} ${m.confidence}`);
}

const pieces = suite('compileMatcher: text scanned piece by piece, known tokens skipped');

pieces('a token seen alone at the end of a text still joins the next words later', () => {
  const matcher = compileMatcher(realMarks);
  matcher.scan('A\t');
  matcher.scan('Hello');
  assert.is(matcher.mayMatch('x A\n'), false);
  assert.equal(readings(matcher.scan('by A d i d a s now')), ['adidas 3-14 A d i d a s spaced 0.85']);
  assert.is(matcher.mayMatch('by A d i d a s now'), true);
  assert.equal(readings(matcher.scan('see  Nike Air\n')), ['nike 5-13 Nike Air exact 1']);
});

pieces('spaced letters across many tokens are found whole, and the same on a second scan', () => {
  const matcher = compileMatcher(realMarks);
  const text = `cable ${'x '.repeat(200)}A d i d a s now`;
  const expected = ['adidas 406-417 A d i d a s spaced 0.85'];
  assert.equal(readings(matcher.scan(text)), expected);
  assert.equal(readings(matcher.scan(text)), expected);
});

pieces('trie hits and misspellings keep the order of a whole-text scan', () => {
  const matcher = compileMatcher([mark('adidas', 'adidas'), mark('adidos', 'Adidos')]);
  assert.equal(readings(matcher.scan('Adidas and Adiddas\nadidos')), [
    'adidas 0-6 Adidas exact 1',
    'adidas 11-18 Adiddas fuzzy 0.6',
    'adidos 19-25 adidos exact 1',
  ]);
});

pieces.run();

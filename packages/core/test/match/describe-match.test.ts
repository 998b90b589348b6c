import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compileMatcher } from '../../src/match/compile-matcher.js';
import { describeMatch } from '../../src/match/describe-match.js';
import { realMarks } from './watchlist-marks.js';

const matcher = compileMatcher(realMarks);
const describe = (text: string): string[] =>
  matcher.scan(text).map((match) => describeMatch(match, realMarks.find((mark) => mark.id === match.markId)!));

const describing = suite('describeMatch');

describing('an exact match is just the text', () => {
  assert.equal(describe('Nike'), ['`Nike`']);
});

describing('other matches say how the text reads', () => {
  assert.equal(describe('N1ke S\u043Eny Adiddas N I K E Nestle'), [
    '`N1ke` reads as NIKE (leetspeak)',
    '`S\u043Eny` reads as Sony (look-alike characters)',
    '`Adiddas` reads as adidas (misspelling)',
    '`N I K E` reads as NIKE (spaced out)',
    '`Nestle` reads as Nestlé (normalised)',
  ]);
});

describing.run();

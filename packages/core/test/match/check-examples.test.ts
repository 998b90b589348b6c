import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkExamples } from '../../src/match/check-examples.js';
import { compileMatcher } from '../../src/match/compile-matcher.js';
import { mark } from './watchlist-marks.js';

const examples = suite('checkExamples');

examples('passing examples report nothing', () => {
  const marks = [{ ...mark('nike', 'NIKE'), examples: { match: ['N1KE shoes', 'N.I.K.E'], noMatch: ['Nikeisha'] } }];
  assert.equal(checkExamples(marks, compileMatcher(marks)), []);
});

examples('each failing example is reported with its mark, expectation and source', () => {
  const marks = [
    { ...mark('dove', 'Dove'), examples: { match: ['Dovetail'], noMatch: ['Dove soap', 'dove grey'] } },
    mark('sony', 'Sony'),
  ];
  const source = { file: 'watchlist.yaml', line: 1 };
  assert.equal(checkExamples(marks, compileMatcher(marks)), [
    { markId: 'dove', example: 'Dovetail', expected: 'match', source },
    { markId: 'dove', example: 'Dove soap', expected: 'noMatch', source },
    { markId: 'dove', example: 'dove grey', expected: 'noMatch', source },
  ]);
});

examples('a match of another mark does not satisfy an example', () => {
  const marks = [{ ...mark('nike', 'NIKE'), examples: { match: ['Sony'], noMatch: [] } }, mark('sony', 'Sony')];
  assert.equal(checkExamples(marks, compileMatcher(marks)).map((failure) => failure.example), ['Sony']);
});

examples.run();

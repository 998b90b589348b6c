import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as match from '../../src/match/index.js';

test('match/index exports exactly the matcher API', () => {
  assert.equal(Object.keys(match).sort(), ['checkExamples', 'compileMatcher', 'describeMatch']);
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as reporter from '../src/index.js';

test('exports formatHtml, also as default, and the page data builders', () => {
  assert.equal(Object.keys(reporter).sort(), ['default', 'embedJson', 'excerptOf', 'formatHtml', 'toPageData']);
  assert.is(reporter.default, reporter.formatHtml);
});

test.run();

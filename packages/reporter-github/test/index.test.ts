import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as reporter from '../src/index.js';

test('exports formatGithub, also as default, the summary and the escaping', () => {
  assert.equal(Object.keys(reporter).sort(), [
    'MAX_SUMMARY_ROWS', 'default', 'escapeData', 'escapeProperty', 'formatGithub', 'formatGithubSummary',
  ]);
  assert.is(reporter.default, reporter.formatGithub);
});

test.run();

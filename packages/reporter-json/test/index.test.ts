import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as reporter from '../src/index.js';

test('exports formatJson, also as default, and the report builder', () => {
  assert.equal(Object.keys(reporter).sort(), ['JSON_REPORT_VERSION', 'default', 'formatJson', 'toJsonReport', 'toJsonRun']);
  assert.is(reporter.default, reporter.formatJson);
});

test.run();

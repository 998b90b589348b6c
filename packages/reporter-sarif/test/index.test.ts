import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as reporter from '../src/index.js';

test('exports formatSarif, also as default, and the log builder', () => {
  assert.equal(Object.keys(reporter).sort(), ['FINGERPRINT_KEY', 'SARIF_SCHEMA_URI', 'default', 'formatSarif', 'toSarifLog']);
  assert.is(reporter.default, reporter.formatSarif);
});

test.run();

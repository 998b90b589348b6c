import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as reporter from '../src/index.js';
import { FINGERPRINT_KEY as coreFingerprintKey } from '../../core/src/kernel/fingerprint.js';

test('exports formatSarif, also as default, and the log builder', () => {
  assert.equal(Object.keys(reporter).sort(), ['FINGERPRINT_KEY', 'SARIF_SCHEMA_URI', 'default', 'formatSarif', 'toSarifLog']);
  assert.is(reporter.default, reporter.formatSarif);
});

test('writes fingerprints under the key of the core fingerprint scheme', () => {
  assert.is(reporter.FINGERPRINT_KEY, coreFingerprintKey);
  assert.is(reporter.FINGERPRINT_KEY, 'listinglint/v1');
});

test.run();

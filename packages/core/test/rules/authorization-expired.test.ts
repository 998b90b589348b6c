import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { authorizationExpiredRule as rule } from '../../src/rules/authorization/expired.js';
import { listing, messageOf, runRule, settings } from '../legal/fixture-listing.js';

const expired = suite('authorization/expired');
const mug = listing({ sku: 'MUG-1', file: 'listings/mug.md', brand: 'Voltix', title: 'Voltix Stanley mug' });

expired('an authorization that ran out yesterday is reported with its date and reference', () => {
  const facts = runRule(rule, mug, settings({ authorizations: [{ mark: 'stanley', skus: ['MUG-1'], until: '2025-05-31', reference: 'LIC-7' }] }));
  assert.is(facts.length, 1);
  assert.is(facts[0].markId, 'stanley');
  assert.equal(facts[0].location, { line: 1, column: 1, endLine: 1, endColumn: 1 });
  assert.is(
    messageOf(rule, facts[0]),
    'Authorization to use `STANLEY` (reference `LIC-7`) expired on 2025-05-31: its trademark findings in this listing are reported again; renew it and update `until`, or remove the mark',
  );
});

expired('until is inclusive; no until never expires', () => {
  assert.equal(runRule(rule, mug, settings({ authorizations: [{ mark: 'stanley', skus: ['MUG-1'], until: '2025-06-01' }] })), []);
  assert.equal(runRule(rule, mug, settings({ authorizations: [{ mark: 'stanley', skus: ['MUG-1'] }] })), []);
});

expired('only authorizations covering the listing, by SKU or file', () => {
  const other = [{ mark: 'stanley', skus: ['MUG-2'], until: '2024-01-01' }, { mark: 'stanley', files: ['other/**'], until: '2024-01-01' }];
  assert.equal(runRule(rule, mug, settings({ authorizations: other })), []);
  const byFile = runRule(rule, mug, settings({ authorizations: [{ mark: 'Stanley', files: ['listings/*.md'], until: '2024-01-01' }] }));
  assert.is(messageOf(rule, byFile[0]), 'Authorization to use `STANLEY` expired on 2024-01-01: its trademark findings in this listing are reported again; renew it and update `until`, or remove the mark');
});

expired('a renewal written as a new entry supersedes the expired one', () => {
  const authorizations = [
    { mark: 'stanley', skus: ['MUG-1'], until: '2024-12-31', reference: 'LIC-6' },
    { mark: 'STANLEY', skus: ['MUG-1'], until: '2026-12-31', reference: 'LIC-7' },
  ];
  assert.equal(runRule(rule, mug, settings({ authorizations })), []);
});

expired('a mark not on the watchlist is named as written', () => {
  const facts = runRule(rule, mug, settings({ authorizations: [{ mark: 'Acme', until: '2020-01-01' }] }));
  assert.is(facts[0].markId, undefined);
  assert.is(facts[0].data?.mark, 'Acme');
});

expired('meta: fixed error', () => {
  assert.is(rule.id, 'authorization/expired');
  assert.is(rule.meta.severityMode, 'fixed');
  assert.is(rule.meta.defaultSeverity, 'error');
});

expired.run();

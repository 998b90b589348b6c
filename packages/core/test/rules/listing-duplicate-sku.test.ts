import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lintRun } from '../../src/kernel/lint-listing.js';
import { listingDuplicateSkuRule } from '../../src/rules/listing/duplicate-sku.js';
import type { ListingDigest } from '../../src/types.js';
import { settings } from '../legal/fixture-listing.js';

const at = (line: number) => ({ line, column: 6, endLine: line, endColumn: 12 });
const digest = (file: string, sku: string, marketplace?: string): ListingDigest => ({ file, sku, ...(marketplace ? { marketplace } : {}), skuLocation: at(2) });
const rules = [{ rule: listingDuplicateSkuRule, severity: 'error' as const }];

test('every listing after the first with the same SKU on the same marketplace is reported, naming the first', () => {
  const found = lintRun([digest('a.md', 'S-1', 'amazon.com'), digest('b.md', 'S-1', 'amazon.com'), digest('c.md', 'S-1')], rules, settings({ defaults: { marketplace: 'amazon.com' } }));
  assert.equal([...found.keys()], ['b.md', 'c.md']);
  assert.is(found.get('b.md')![0].message, 'SKU `S-1` is already used by a.md:2: give every listing its own SKU');
  assert.equal([found.get('c.md')![0].line, found.get('c.md')![0].field, found.get('c.md')![0].sku], [2, 'sku', 'S-1']);
});

test('the same SKU on two marketplaces is two offers, not a duplicate', () => {
  assert.equal([...lintRun([digest('a.md', 'S-1', 'amazon.com'), digest('b.md', 'S-1', 'amazon.de')], rules, settings()).keys()], []);
});

test.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { unknownCategoryRule } from '../../src/rules/listing/unknown-category.js';
import { listing, messageOf, runRule, settings } from '../legal/fixture-listing.js';

const category = suite('listing/unknown-category');

category('no category, no classes, no default → warning', () => {
  const facts = runRule(unknownCategoryRule, listing({ title: 'Cable' }));
  assert.is(
    messageOf(unknownCategoryRule, facts[0]),
    'Listing has no `category` or `classes` and the config sets no `defaults.category`: trademarks are judged as if every Nice class overlapped; add `category:` or `classes:` (e.g. `classes: [9]`)',
  );
});

category('unknown category → warning naming it', () => {
  const facts = runRule(unknownCategoryRule, listing({ category: 'gadgets' }));
  assert.is(
    messageOf(unknownCategoryRule, facts[0]),
    'Unknown category `gadgets`: trademarks are judged as if every Nice class overlapped; use a known category, map it under `categories` in the config, or add `classes:`',
  );
});

category('known category, own classes, config category or default → nothing', () => {
  assert.equal(runRule(unknownCategoryRule, listing({ category: 'Home & Kitchen' })), []);
  assert.equal(runRule(unknownCategoryRule, listing({ category: 'gadgets', classes: [9] })), []);
  assert.equal(runRule(unknownCategoryRule, listing({ category: 'gadgets' }), settings({ categories: { gadgets: [9] } })), []);
  assert.equal(runRule(unknownCategoryRule, listing({}), settings({ defaults: { category: 'toys' } })), []);
});

category.run();

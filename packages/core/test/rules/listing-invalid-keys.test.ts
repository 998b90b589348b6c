import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readListingFile } from '../../src/formats/index.js';
import { missingMarketplaceRule } from '../../src/rules/listing/missing-marketplace.js';
import { unknownCategoryRule } from '../../src/rules/listing/unknown-category.js';
import type { Listing } from '../../src/types.js';
import { messageOf, runRule } from '../legal/fixture-listing.js';

const info = { file: 'a.md', absolutePath: '/repo/a.md', root: '/repo', cwd: '/repo' };

function read(frontMatter: string): Listing {
  const { result } = readListingFile(`---\nsku: T-1\ntitle: Socks\n${frontMatter}---\n`, 'markdown', info);
  if (result.kind !== 'listings') throw new Error(result.kind);
  return result.listings[0];
}

test('a wrongly typed marketplace is reported at its own line as invalid, not as missing', () => {
  const listing = read('marketplace: [amazon.com]\n');
  assert.equal(listing.invalidKeys, { marketplace: 'one text value' });
  const [fact, ...rest] = runRule(missingMarketplaceRule, listing);
  assert.equal(rest, []);
  assert.equal([fact.location.line, fact.location.column, messageOf(missingMarketplaceRule, fact)], [
    4,
    14,
    '`marketplace` must be one text value such as `amazon.com`: trademarks are judged as if every registration applied',
  ]);
});

test('classes that are not Nice class numbers are reported at their line; valid ones are kept', () => {
  const listing = read('classes: [9, nine]\ncategory: electronics\n');
  assert.equal([listing.classes, listing.invalidKeys], [[9], { classes: 'Nice class numbers from 1 to 45, e.g. `classes: [9]`' }]);
  const facts = runRule(unknownCategoryRule, listing);
  assert.equal(facts.map((fact) => [fact.location.line, messageOf(unknownCategoryRule, fact)]), [
    [4, '`classes` must be Nice class numbers from 1 to 45, e.g. `classes: [9]`: this value was not used, so the goods may be judged as unknown'],
  ]);
});

test('an images mapping instead of a list is recorded as invalid', () => {
  assert.equal(read('images:\n  main: a.jpg\n').invalidKeys, { images: 'a list of image paths, e.g. `images: [main.jpg]`' });
});

test.run();

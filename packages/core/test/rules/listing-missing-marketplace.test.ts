import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { missingMarketplaceRule } from '../../src/rules/listing/missing-marketplace.js';
import { listing, messageOf, runRule, settings } from '../legal/fixture-listing.js';

const marketplace = suite('listing/missing-marketplace');

marketplace('no marketplace and no default → warning at the listing', () => {
  const facts = runRule(missingMarketplaceRule, listing({ title: 'Cable' }));
  assert.equal(facts.map((fact) => [fact.messageId, fact.location.line]), [['missing', 1]]);
  assert.is(
    messageOf(missingMarketplaceRule, facts[0]),
    'Listing has no `marketplace` and the config sets no `defaults.marketplace`: trademarks are judged as if every registration applied; add `marketplace:` (e.g. `amazon.com`)',
  );
});

marketplace('unknown marketplace → warning at its value', () => {
  const facts = runRule(missingMarketplaceRule, listing({ marketplace: 'shop.example', title: 'Cable' }));
  assert.equal(facts[0].location, { line: 3, column: 14, endLine: 3, endColumn: 24 });
  assert.is(
    messageOf(missingMarketplaceRule, facts[0]),
    'Unknown marketplace `shop.example`: trademarks are judged as if every registration applied; use a known marketplace (e.g. `amazon.de`, `ebay.co.uk`) or a country code (`DE`)',
  );
});

marketplace('known marketplace, config default or country code → nothing', () => {
  assert.equal(runRule(missingMarketplaceRule, listing({ marketplace: 'amazon.de' })), []);
  assert.equal(runRule(missingMarketplaceRule, listing({}), settings({ defaults: { marketplace: 'ebay.co.uk' } })), []);
  assert.equal(runRule(missingMarketplaceRule, listing({ marketplace: 'DE' })), []);
});

marketplace.run();

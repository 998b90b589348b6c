import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { jurisdictionOf, marketplaceTerritories } from '../../src/legal/marketplaces.js';
import { settings } from './fixture-listing.js';

test('every Amazon store, Walmart, eBay sites and Etsy map to a country', () => {
  const amazon = Object.keys(marketplaceTerritories).filter((name) => name.startsWith('amazon.'));
  assert.is(amazon.length, 24);
  assert.equal(
    ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.com.be', 'amazon.co.jp', 'walmart.com', 'ebay.co.uk', 'ebay.de', 'etsy.com'].map(
      (marketplace) => jurisdictionOf(marketplace, settings()).territory,
    ),
    ['US', 'GB', 'DE', 'BE', 'JP', 'US', 'GB', 'DE', 'US'],
  );
});

test('marketplaces are read case-insensitively, with or without www. and scheme', () => {
  assert.equal(jurisdictionOf('https://www.Amazon.DE/', settings()), { territory: 'DE', marketplace: 'https://www.Amazon.DE/' });
});

test('a country code or EU is a marketplace of its own (shops)', () => {
  assert.is(jurisdictionOf('de', settings()).territory, 'DE');
  assert.is(jurisdictionOf('EU', settings()).territory, 'EU');
  assert.is(jurisdictionOf('UK', settings()).territory, 'GB');
  assert.equal(jurisdictionOf('ZZ', settings()), { marketplace: 'ZZ', problem: 'unknown' });
});

test('missing falls back to the config default; unknown stays unknown', () => {
  assert.equal(jurisdictionOf(undefined, settings()), { problem: 'missing' });
  assert.equal(jurisdictionOf('  ', settings({ defaults: { marketplace: 'amazon.fr' } })), { territory: 'FR', marketplace: 'amazon.fr' });
  assert.equal(jurisdictionOf('shop.example', settings()), { marketplace: 'shop.example', problem: 'unknown' });
});


test('shopify has no territory of its own: it takes the territory of defaults.marketplace', () => {
  assert.equal(jurisdictionOf('shopify', settings({ defaults: { marketplace: 'DE' } })), { territory: 'DE', marketplace: 'shopify' });
  assert.equal(jurisdictionOf('Shopify', settings({ defaults: { marketplace: 'amazon.co.uk' } })), { territory: 'GB', marketplace: 'Shopify' });
  assert.equal(jurisdictionOf('shopify', settings()), { marketplace: 'shopify', problem: 'unknown' });
  assert.equal(jurisdictionOf('shopify', settings({ defaults: { marketplace: 'shopify' } })), { marketplace: 'shopify', problem: 'unknown' });
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { coversListing, fileMatches, isExpired, isOwnBrand, permissionFor, refersTo } from '../../src/legal/permissions.js';
import { listing, markById, settings } from './fixture-listing.js';

const nike = markById('nike');

test('a mark reference is its id or its text, case-insensitively', () => {
  assert.is(refersTo('nike', nike), true);
  assert.is(refersTo('NIKE', nike), true);
  assert.is(refersTo(' Nike ', nike), true);
  assert.is(refersTo('Nike Air', nike), false);
});

test('own brand: the brand is the mark, a variant or the id', () => {
  assert.is(isOwnBrand(listing({ brand: 'Nike' }), nike), true);
  assert.is(isOwnBrand(listing({ brand: 'nike air' }), nike), true);
  assert.is(isOwnBrand(listing({ brand: 'Nike Outlet' }), nike), false);
  assert.is(isOwnBrand(listing({}), nike), false);
});

test('scope: by SKU, by file, or every listing', () => {
  const shoe = listing({ sku: 'S-1', file: 'listings/shoes/a.md' });
  assert.is(coversListing({ skus: ['S-1'] }, shoe), true);
  assert.is(coversListing({ skus: ['S-2'] }, shoe), false);
  assert.is(coversListing({ files: ['listings/shoes'] }, shoe), true);
  assert.is(coversListing({ files: ['listings/*.md'] }, shoe), false);
  assert.is(coversListing({}, shoe), true);
});

test('file patterns', () => {
  assert.is(fileMatches('listings/**/*.md', 'listings/a.md'), true);
  assert.is(fileMatches('listings/**/*.md', 'listings/x/y/a.md'), true);
  assert.is(fileMatches('./listings/?.md', 'listings/a.md'), true);
  assert.is(fileMatches('listings/a.md', 'listings/a.md.bak'), false);
});

test('expiry: until is inclusive', () => {
  assert.is(isExpired({ mark: 'nike', until: '2025-05-31' }, '2025-06-01'), true);
  assert.is(isExpired({ mark: 'nike', until: '2025-06-01' }, '2025-06-01'), false);
  assert.is(isExpired({ mark: 'nike' }, '2099-01-01'), false);
});

test('permission: own brand, then active authorization, then allow', () => {
  const shoe = listing({ sku: 'S-1' });
  assert.equal(permissionFor(listing({ brand: 'NIKE' }), nike, settings()), { kind: 'own-brand' });
  const authorization = { mark: 'nike', skus: ['S-1'], until: '2030-01-01' };
  assert.equal(permissionFor(shoe, nike, settings({ authorizations: [authorization] })), { kind: 'authorization', authorization });
  assert.is(permissionFor(shoe, nike, settings({ authorizations: [{ ...authorization, until: '2020-01-01' }] })), undefined);
  const entry = { mark: 'Nike', reason: 'reseller of genuine goods' };
  assert.equal(permissionFor(shoe, nike, settings({ allow: [entry] })), { kind: 'allow', entry });
});

test.run();

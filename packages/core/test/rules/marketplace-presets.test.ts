import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { presetIdFor, presets, type PresetExample } from '../../src/legal/index.js';
import { builtinRules } from '../../src/rules/index.js';
import type { Field, Listing } from '../../src/types.js';
import { field, listing, runRule, settings } from '../legal/fixture-listing.js';

// Every example of every preset, run through its rule: the preset files' examples are the rules' tables.

const marketplaceOf: Record<string, string> = { amazon: 'amazon.com', walmart: 'walmart.com', ebay: 'ebay.com', etsy: 'etsy.com' };

/** `x{201}` in an example stands for 201 x's. */
const expand = (value: string) => value.replace(/^(.)\{(\d+)\}$/u, (_, character: string, times: string) => character.repeat(Number(times)));

function exampleListing(example: PresetExample, marketplace: string): Listing {
  const fields: Field[] = [];
  if (example.title !== undefined) fields.push(field('title', expand(example.title)));
  if (example.keywords !== undefined) fields.push(field('keywords', expand(example.keywords)));
  if (example.description !== undefined) fields.push(field('description', expand(example.description)));
  return { ...listing({ marketplace, brand: example.brand }), fields };
}

for (const [id, preset] of presets) {
  for (const [ruleId, presetRule] of Object.entries(preset.rules)) {
    test(`${id} preset: ${ruleId} has a dated source and runs its examples`, () => {
      const rule = builtinRules.get(ruleId);
      assert.ok(rule, `${ruleId} is no rule`);
      assert.ok(presetRule.sources.length > 0);
      for (const source of presetRule.sources) {
        assert.match(source.url, /^https?:\/\//);
        assert.match(source.date, /^\d{4}-\d{2}-\d{2}$/);
      }
      assert.ok(presetRule.examples.some((example) => example.findings.length === 0), 'a correct example');
      assert.ok(presetRule.examples.some((example) => example.findings.length > 0), 'an incorrect example');
      for (const example of presetRule.examples) {
        const facts = runRule(rule!, exampleListing(example, marketplaceOf[id]));
        assert.equal(
          facts.map((fact) => ({ field: fact.field, column: fact.location.column, endColumn: fact.location.endColumn })),
          example.findings,
          `${ruleId} on ${JSON.stringify(example)}`,
        );
      }
    });
  }
}

test('every Amazon store gets the amazon preset, eBay sites ebay; shopify and unknown shops none; config overrides and false switch off', () => {
  const none = {};
  assert.equal(['amazon.com', 'amazon.de', 'www.amazon.co.uk', 'ebay.de', 'ebay.co.uk', 'walmart.com', 'etsy.com', 'shopify', 'myshop.example'].map((m) => presetIdFor(m, none)), [
    'amazon', 'amazon', 'amazon', 'ebay', 'ebay', 'walmart', 'etsy', undefined, undefined,
  ]);
  const configured = { presets: { 'myshop.example': 'amazon', 'walmart.com': false as const } };
  assert.equal(['myshop.example', 'walmart.com', 'amazon.de'].map((m) => presetIdFor(m, configured)), ['amazon', undefined, 'amazon']);
});

test('a listing without a marketplace gets the preset of defaults.marketplace, and none without either', () => {
  const rule = builtinRules.get('marketplace/title-length')!;
  const long = { ...listing({}), fields: [field('title', 'y'.repeat(81))] };
  assert.equal(runRule(rule, long, settings({ defaults: { marketplace: 'ebay.de' } })).map((fact) => fact.data), [{ length: 81, marketplace: 'eBay', max: 80, over: 1 }]);
  assert.equal(runRule(rule, long), []);
  assert.equal(runRule(rule, long, settings({ defaults: { marketplace: 'ebay.de' }, presets: { 'ebay.de': false } })), []);
});

test('title length counts Unicode code points: 200 emoji fit Amazon, 201 do not; media categories have no cap', () => {
  const rule = builtinRules.get('marketplace/title-length')!;
  const titled = (title: string, category?: string) => ({ ...listing({ marketplace: 'amazon.com', category }), fields: [field('title', title)] });
  assert.equal(runRule(rule, titled('😀'.repeat(200))), []);
  const facts = runRule(rule, titled('😀'.repeat(201)));
  assert.equal(facts.map((fact) => [fact.location.column, fact.location.endColumn, fact.data?.length]), [[401, 403, 201]]);
  assert.equal(runRule(rule, titled('b'.repeat(300), 'Books')), []);
});

test('search terms count UTF-8 bytes: 249 bytes pass, 250 fail; € is three bytes; entries join with a space', () => {
  const rule = builtinRules.get('marketplace/search-terms-length')!;
  const keyed = (...values: string[]) => ({ ...listing({ marketplace: 'amazon.de' }), fields: values.map((value, i) => field(`keywords[${i}]`, value)) });
  assert.equal(runRule(rule, keyed('€'.repeat(83))), []);
  const facts = runRule(rule, keyed('€'.repeat(83), ''));
  assert.equal(facts.map((fact) => [fact.field, fact.location.column, fact.data?.bytes, fact.data?.over]), [['keywords[1]', 1, 250, 1]]);
  assert.equal(runRule(rule, keyed('a'.repeat(124), 'b'.repeat(125))).map((fact) => [fact.field, fact.location.column]), [['keywords[1]', 125]]);
});

test('search terms: own brand, seller brands and watchlist marks (disguised too) are reported, other words not', () => {
  const rule = builtinRules.get('marketplace/search-terms-brand')!;
  const subject = { ...listing({ marketplace: 'amazon.com', brand: 'Voltix' }), fields: [field('keywords', 'voltix nike N1ke zentro cable')] };
  const facts = runRule(rule, subject, settings({ sellerBrands: [{ name: 'Zentro', owner: 'Voltix Ltd' }] }));
  assert.equal(facts.map((fact) => [fact.messageId, fact.data?.brand, fact.location.column]), [
    ['own', 'voltix', 1],
    ['other', 'nike', 8],
    ['other', 'N1ke', 13],
    ['own', 'zentro', 18],
  ]);
  assert.equal(runRule(rule, { ...subject, marketplace: 'walmart.com' }), []);
});

test('trademark symbols: Walmart in every field, Amazon only in title and bullets', () => {
  const rule = builtinRules.get('marketplace/trademark-symbols')!;
  const fields = [field('title', 'Voltix® Cable'), field('bullets[0]', 'Braided© nylon'), field('description', 'Voltix™ quality')];
  const on = (marketplace: string) => runRule(rule, { ...listing({ marketplace }), fields }).map((fact) => [fact.field, fact.data?.symbol, fact.location.column]);
  assert.equal(on('walmart.com'), [['title', '®', 7], ['bullets[0]', '©', 8], ['description', '™', 7]]);
  assert.equal(on('amazon.com'), [['title', '®', 7], ['bullets[0]', '©', 8]]);
  assert.equal(on('shopify'), []);
});

test('title characters of the brand name are the brand\'s; repeated words skip the brand and small words', () => {
  const characters = builtinRules.get('marketplace/title-characters')!;
  const branded = { ...listing({ marketplace: 'amazon.com', brand: 'Yum!' }), fields: [field('title', 'Yum! Snack Box?')] };
  assert.equal(runRule(characters, branded).map((fact) => [fact.data?.character, fact.location.column]), [['?', 15]]);
  const repeated = builtinRules.get('marketplace/repeated-words')!;
  const title = { ...listing({ marketplace: 'amazon.com', brand: 'Cable Co' }), fields: [field('title', 'Cable Co Cable for a Cable and a Cable and a Desk')] };
  assert.equal(runRule(repeated, title), []);
  const listed = { ...listing({ marketplace: 'etsy.com' }), fields: [field('title', 'Rug, wool rug, RUG runner, rug pad, Type C to C to C')] };
  assert.equal(runRule(repeated, listed).map((fact) => [fact.location.column, fact.data?.word, fact.data?.count]), [[16, 'RUG', 4]]);
});

test.run();

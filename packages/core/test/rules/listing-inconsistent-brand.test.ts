import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { listingInconsistentBrandRule as rule } from '../../src/rules/listing/inconsistent-brand.js';
import type { ImageRef, ImageText, Location } from '../../src/types.js';
import { listing, messageOf, runRule, settings } from '../legal/fixture-listing.js';

const test = suite('listing/inconsistent-brand');
const seller = settings({ sellerBrands: [{ name: 'Woodly', owner: 'Woodly LLC' }, { name: 'Woodly Kids', owner: 'Woodly LLC' }, { name: 'Barkwise', owner: 'Barkwise Inc' }] });
const found = (brand: string | undefined, title: string) =>
  runRule(rule, listing({ brand, title }), seller).map((fact) => [fact.location.column, fact.location.endColumn, messageOf(rule, fact)]);

const rows: Array<[string | undefined, string, Array<[number, number, string]>]> = [
  ['Woodly', 'Nike Running Socks', [[1, 5, 'The brand field says "Woodly" but the title presents "Nike" as the brand: make them agree']]],
  ['Woodly', 'Barkwise Dog Bowl', [[1, 9, 'The brand field says "Woodly" but the title presents "Barkwise" as the brand: make them agree']]],
  ['Woodly', 'Travel Mug by Voltix', [[15, 21, 'The brand field says "Woodly" but the title presents "Voltix" as the brand: make them agree']]],
  // hard negatives: the same brand, another brand of the same owner, a mark not presented as the brand, no brand field
  ['Woodly', 'Woodly Cutting Board', []],
  ['Woodly', 'Woodly Kids Step Stool', []],
  ['Woodly Kids', 'Woodly Step Stool', []],
  ['Woodly', 'Woodly Case for Apple iPhone', []],
  ['Woodly', 'Socks like Nike wears', []],
  [undefined, 'Nike Running Socks', []],
];

for (const [brand, title, expected] of rows) {
  test(`brand ${brand ?? '(none)'}, title "${title}"`, () => assert.equal(found(brand, title), expected));
}

test('a mark under a live authorization is the licensor\'s brand on licensed goods; an expired one is not', () => {
  const licensed = (until: string) => settings({ authorizations: [{ mark: 'nike', skus: ['SOCK-1'], until }] });
  const socks = listing({ sku: 'SOCK-1', brand: 'Woodly', title: 'Nike Running Socks' });
  assert.equal(runRule(rule, socks, licensed('2099-12-31')), []);
  assert.equal(runRule(rule, socks, licensed('2024-12-31')).map((fact) => fact.data?.shown), ['Nike']);
});

const at: Location = { line: 8, column: 5, endLine: 8, endColumn: 13 };
const image = (path: string, index: number): ImageRef => ({ field: `images[${index}]`, written: path, path, absolutePath: undefined, location: at });
const read = (lines: string[]): ImageText => ({
  ok: true,
  width: 800,
  height: 800,
  lines: lines.map((text, i) => ({ text, confidence: 0.9, bbox: { x: 20, y: 100 * i, width: 300, height: 80 } })),
  engine: 'paddle',
});

test('the first line on the main image presents a brand; other lines and other images do not', () => {
  const images = new Map([
    ['main.jpg', read(['Barkwise', 'Premium bowl'])],
    ['side.jpg', read(['Nike'])],
    ['plain.jpg', read(['Premium bowl', 'by Barkwise'])],
  ]);
  const subject = { ...listing({ brand: 'Woodly', title: 'Woodly Bowl' }), images: [image('main.jpg', 0), image('side.jpg', 1)] };
  const facts = runRule(rule, subject, settings({ ...seller, images }));
  assert.equal(facts.map((fact) => [fact.field, fact.image?.bbox, messageOf(rule, fact)]), [
    ['images[0]', { x: 20, y: 0, width: 300, height: 80 }, 'The brand field says "Woodly" but the main image `main.jpg` shows "Barkwise" as the brand: make them agree'],
  ]);
  assert.equal(runRule(rule, { ...subject, images: [image('plain.jpg', 0)] }, settings({ ...seller, images })), []);
});

test.run();

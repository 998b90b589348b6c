import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { imageMainImageRule, mainImageRulesFor } from '../../src/rules/image/main-image.js';
import type { ImageFacts, ImageRef, Location } from '../../src/types.js';
import { listing, messageOf, runRule, settings } from '../legal/fixture-listing.js';

const test = suite('image/main-image');
const at: Location = { line: 6, column: 5, endLine: 6, endColumn: 13 };
const ref = (path: string, field: string): ImageRef => ({ field, written: path, path, absolutePath: undefined, location: at });
const measured = (width: number, height: number, whiteBorder: number): ImageFacts => ({ ok: true, width, height, hash: '0'.repeat(16), mirrored: '0'.repeat(16), whiteBorder, rights: [] });
const on = (marketplace: string | undefined) => ({ ...listing({ title: 'Desk lamp', marketplace }), images: [ref('main.jpg', 'images[0]'), ref('side.jpg', 'images[1]')] });

test('Amazon: a small main image and a main image not on white, each with its threshold', () => {
  const imageFacts = new Map<string, ImageFacts>([
    ['main.jpg', measured(800, 999, 0.9412)],
    ['side.jpg', measured(300, 300, 0)],
  ]);
  const facts = runRule(imageMainImageRule, on('amazon.de'), settings({ imageFacts }));
  assert.equal(facts.map((fact) => messageOf(imageMainImageRule, fact)), [
    'Main image `main.jpg` is 800×999 px; amazon.de wants the longest side at least 1000 px for zoom: upload a larger original',
    'Main image `main.jpg` is not on a pure white background (only 94.1% of its border pixels are white, 95% needed on amazon.de): place the product on white (255, 255, 255)',
  ]);
  assert.equal([facts[0].field, facts[0].location, facts[0].image], ['images[0]', at, { path: 'main.jpg', bbox: { x: 0, y: 0, width: 800, height: 999 }, confidence: 1 }]);
});

test('at the thresholds: 1000 px on the longest side and 95% white border pass', () => {
  const imageFacts = new Map<string, ImageFacts>([['main.jpg', measured(1000, 640, 0.95)]]);
  assert.equal(runRule(imageMainImageRule, on('amazon.com'), settings({ imageFacts })), []);
});

test('the marketplace from the defaults; no rules off Amazon; nothing without facts or for an unreadable image', () => {
  const imageFacts = new Map<string, ImageFacts>([['main.jpg', measured(500, 500, 1)]]);
  assert.equal(runRule(imageMainImageRule, on(undefined), settings({ imageFacts, defaults: { marketplace: 'amazon.co.uk' } })).map((fact) => fact.messageId), ['size']);
  assert.equal(runRule(imageMainImageRule, on('walmart.com'), settings({ imageFacts })), []);
  assert.equal(runRule(imageMainImageRule, on(undefined), settings({ imageFacts })), []);
  assert.equal(runRule(imageMainImageRule, on('amazon.com'), settings()), []);
  const broken = new Map<string, ImageFacts>([['main.jpg', { ok: false, problem: 'missing', detail: 'main.jpg does not exist' }]]);
  assert.equal(runRule(imageMainImageRule, on('amazon.com'), settings({ imageFacts: broken })), []);
});

test('mainImageRulesFor keys on amazon.* only', () => {
  assert.equal(['amazon.com', 'Amazon.DE', 'amazon', 'ebay.com', undefined].map((marketplace) => mainImageRulesFor(marketplace) !== undefined), [true, true, false, false, false]);
});

test.run();

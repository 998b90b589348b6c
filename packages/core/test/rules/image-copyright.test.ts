import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { stockWatermarkIn } from '../../src/image/stock-watermarks.js';
import { imageCopyrightRule, isOwnersRights } from '../../src/rules/image/copyright.js';
import type { ImageFacts, ImageRef, ImageText, Location } from '../../src/types.js';
import { listing, messageOf, runRule, settings } from '../legal/fixture-listing.js';

const test = suite('image/copyright');
const at: Location = { line: 9, column: 5, endLine: 9, endColumn: 16 };
const ref = (path: string, field: string): ImageRef => ({ field, written: path, path, absolutePath: undefined, location: at });
const measured = (extra: Partial<Extract<ImageFacts, { ok: true }>> = {}): ImageFacts => ({
  ok: true,
  width: 1600,
  height: 1200,
  hash: '0123456789abcdef',
  mirrored: 'fedcba9876543210',
  whiteBorder: 1,
  rights: [],
  ...extra,
});
const subject = { ...listing({ title: 'Enamel mug' }), images: [ref('img/main.jpg', 'images[0]'), ref('img/side.jpg', 'images[1]')] };

test('a reference match: the reference file, the distance and whether it was mirrored', () => {
  const imageFacts = new Map<string, ImageFacts>([
    ['img/main.jpg', measured({ reference: { file: 'refs/supplier/mug.jpg', distance: 4, mirrored: false } })],
    ['img/side.jpg', measured({ reference: { file: 'refs/competitor/mug-side.png', distance: 8, mirrored: true } })],
  ]);
  const facts = runRule(imageCopyrightRule, subject, settings({ imageFacts }));
  assert.equal(facts.map((fact) => messageOf(imageCopyrightRule, fact)), [
    'Image `img/main.jpg` (`images[0]`) matches the reference picture `refs/supplier/mug.jpg` (4 of 64 hash bits differ): use your own photo, or keep yours in a `copyright.owned` folder',
    'Image `img/side.jpg` (`images[1]`) matches the reference picture `refs/competitor/mug-side.png` (8 of 64 hash bits differ, mirrored): use your own photo, or keep yours in a `copyright.owned` folder',
  ]);
  assert.equal([facts[0].field, facts[0].location, facts[0].image], ['images[0]', at, { path: 'img/main.jpg', bbox: { x: 0, y: 0, width: 1600, height: 1200 }, confidence: 1 - 4 / 64 }]);
});

test('an owned image is never a reference copy', () => {
  const imageFacts = new Map<string, ImageFacts>([['img/main.jpg', measured({ owned: true, reference: { file: 'refs/mug.jpg', distance: 0, mirrored: false } })]]);
  assert.equal(runRule(imageCopyrightRule, subject, settings({ imageFacts })), []);
});

test('rights metadata naming someone not in copyright.owners: the first foreign field and how many more', () => {
  const rights = [
    { field: 'EXIF Artist', value: 'Jo Seller' },
    { field: 'EXIF Copyright', value: '© 2022 Contoso Stock Agency' },
    { field: 'XMP dc:rights', value: 'Contoso Stock Agency, all rights reserved' },
  ];
  const imageFacts = new Map<string, ImageFacts>([['img/main.jpg', measured({ rights })]]);
  const facts = runRule(imageCopyrightRule, subject, settings({ imageFacts, copyrightOwners: ['jo seller'] }));
  assert.equal(facts.map((fact) => messageOf(imageCopyrightRule, fact)), [
    'Image `img/main.jpg` (`images[0]`) carries rights metadata naming someone else (EXIF Copyright: "© 2022 Contoso Stock Agency" and 1 more field): use your own photo, or add the name to `copyright.owners` if it is yours',
  ]);
  // Every field names an owner (case-insensitive containment): nothing.
  assert.equal(runRule(imageCopyrightRule, subject, settings({ imageFacts, copyrightOwners: ['Jo Seller', 'CONTOSO STOCK'] })), []);
  // No owners configured: every rights statement is someone else's.
  assert.equal(runRule(imageCopyrightRule, subject, settings({ imageFacts })).map((fact) => fact.data?.more), [' and 2 more fields']);
});

test('isOwnersRights: containment, any case; blank owners match nothing', () => {
  const entry = { field: 'IPTC Credit', value: 'Photo: Northwind Traders GmbH' };
  assert.equal([['northwind traders'], ['Northwind Trader'], ['Southwind'], ['  '], []].map((owners) => isOwnersRights(entry, owners)), [true, true, false, false, false]);
});

const ocr = (lines: Array<[string, number]>): ImageText => ({
  ok: true,
  width: 1600,
  height: 1200,
  lines: lines.map(([text, confidence], i) => ({ text, confidence, bbox: { x: 200, y: 300 + 100 * i, width: 700, height: 80 } })),
  engine: 'paddle',
});

test('a stock watermark in the OCR text: the library, the text read and its box; once per library per image', () => {
  const images = new Map<string, ImageText>([
    ['img/main.jpg', ocr([['shutterstock', 0.91], ['IMAGE ID: 1234567', 0.9], ['shutter stock', 0.88]])],
    ['img/side.jpg', ocr([['Premium enamel', 0.95], ['iStock by Getty Images', 0.7], ['Dreamstime', 0.4]])],
  ]);
  const facts = runRule(imageCopyrightRule, subject, settings({ images }));
  assert.equal(facts.map((fact) => messageOf(imageCopyrightRule, fact)), [
    'Image `img/main.jpg` (`images[0]`) shows a stock-photo watermark (Shutterstock: "shutterstock"): a stock preview is not licensed for listings; use a licensed copy or your own photo',
    'Image `img/side.jpg` (`images[1]`) shows a stock-photo watermark (iStock: "iStock by Getty Images"): a stock preview is not licensed for listings; use a licensed copy or your own photo',
  ]);
  assert.equal(facts.map((fact) => fact.image), [
    { path: 'img/main.jpg', bbox: { x: 200, y: 300, width: 700, height: 80 }, confidence: 0.91 },
    { path: 'img/side.jpg', bbox: { x: 200, y: 400, width: 700, height: 80 }, confidence: 0.7 },
  ]);
});

test('stockWatermarkIn: each library as OCR reads it, and words that only look alike', () => {
  const lines = ['SHUTTERSTOCK', 'gettyimages', 'Getty Images', 'iStock', 'i Stock Photo', 'Adobe Stock', 'adobestock', 'alamy', 'a l a m y', 'dreamstime.com', '123RF', '123 rf', 'depositphotos', 'Deposit Photos', 'restock soon', 'Alamyra', 'mistock', 'stock photo'];
  assert.equal(lines.map(stockWatermarkIn), [
    'Shutterstock', 'Getty Images', 'Getty Images', 'iStock', 'iStock', 'Adobe Stock', 'Adobe Stock', 'Alamy', undefined, 'Dreamstime', '123RF', '123RF', 'Depositphotos', 'Depositphotos', undefined, undefined, undefined, undefined,
  ]);
});

test('no image facts, an unreadable image or no OCR: nothing', () => {
  const imageFacts = new Map<string, ImageFacts>([['img/main.jpg', { ok: false, problem: 'unreadable', detail: 'img/main.jpg: cannot decode the image' }]]);
  assert.equal(runRule(imageCopyrightRule, subject, settings({ imageFacts })), []);
  assert.equal(runRule(imageCopyrightRule, subject, settings()), []);
});

test.run();

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readImageTexts } from '../../src/image/index.js';
import { trademarkImageRule } from '../../src/rules/trademark/image.js';
import type { ImageRef, ImageText, Location } from '../../src/types.js';
import { inkBox, overlapOf, renderImage, renderProductImage } from '../image/render-image.js';
import { listing, messageOf, runRule, settings } from '../legal/fixture-listing.js';

const test = suite('trademark/image');
const entry: Location = { line: 9, column: 5, endLine: 9, endColumn: 27 };
const image = (path: string, field = 'images[0]'): ImageRef => ({ field, written: path, path, absolutePath: undefined, location: entry });
const shoe = (images: ImageRef[]) => ({ ...listing({ marketplace: 'amazon.com', category: 'shoes', classes: [25], title: 'Running shoe' }), images });

test('a mark OCR read on an image: mark, image path, box over the print, severity, message', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'listinglint-mark-image-'));
  try {
    const nike = { text: 'NIKE', x: 80, baseline: 140, size: 80 };
    await writeFile(join(folder, 'side.png'), await renderImage([nike, { text: 'RUNNING SHOES', x: 80, baseline: 250, size: 36 }], 600, 300));
    const images = await readImageTexts([{ path: 'listings/shoe/side.png', absolutePath: join(folder, 'side.png') }], { concurrency: 1 });
    const facts = runRule(trademarkImageRule, shoe([image('listings/shoe/side.png', 'images[1]')]), settings({ images }));
    assert.is(facts.length, 1);
    const [fact] = facts;
    assert.equal([fact.markId, fact.matchedText, fact.severity, fact.field, fact.location], ['nike', 'NIKE', 'error', 'images[1]', entry]);
    assert.equal(fact.registration, { office: 'USPTO', number: '0978952', classes: [18, 25] });
    assert.is(fact.image?.path, 'listings/shoe/side.png');
    assert.ok(overlapOf(fact.image!.bbox, inkBox(nike)) > 0.6, JSON.stringify(fact.image?.bbox));
    assert.ok(fact.image!.confidence > 0.8);
    assert.match(messageOf(trademarkImageRule, fact), /^`NIKE` \(Nike, Inc\.; USPTO 0978952, classes 18, 25.*\) on image `listings\/shoe\/side\.png` \(`images\[1\]`\), read as "NIKE" with \d\d% OCR confidence: /);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('print on products standing on a white page: dark on a beige box, white on a dark blue shoe', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'listinglint-product-image-'));
  try {
    const stanley = { text: 'STANLEY', x: 170, baseline: 310, size: 44 };
    const nike = { text: 'NIKE', x: 235, baseline: 375, size: 60 };
    await writeFile(join(folder, 'box.png'), await renderProductImage({ shape: 'box', fill: '#d9c7a1' }, [stanley], '#3a2f1d', false));
    await writeFile(join(folder, 'shoe.png'), await renderProductImage({ shape: 'shoe', fill: '#2b4f81' }, [nike], '#ffffff', true));
    const requests = ['box.png', 'shoe.png'].map((name) => ({ path: `listings/p/${name}`, absolutePath: join(folder, name) }));
    const images = await readImageTexts(requests, { concurrency: 1 });
    const tumbler = { ...listing({ marketplace: 'amazon.com', category: 'kitchen', classes: [21], title: 'Insulated tumbler' }), images: [image('listings/p/box.png', 'images[1]')] };
    const [box, ...moreBox] = runRule(trademarkImageRule, tumbler, settings({ images }));
    assert.equal(moreBox, []);
    assert.equal([box.markId, box.matchedText, box.severity, box.field, box.image?.path], ['stanley', 'STANLEY', 'error', 'images[1]', 'listings/p/box.png']);
    assert.ok(overlapOf(box.image!.bbox, inkBox(stanley)) > 0.6, JSON.stringify(box.image?.bbox));
    const [shoeFact, ...moreShoe] = runRule(trademarkImageRule, shoe([image('listings/p/shoe.png')]), settings({ images }));
    assert.equal(moreShoe, []);
    assert.equal([shoeFact.markId, shoeFact.matchedText, shoeFact.severity, shoeFact.field, shoeFact.image?.path], ['nike', 'NIKE', 'error', 'images[0]', 'listings/p/shoe.png']);
    assert.ok(overlapOf(shoeFact.image!.bbox, inkBox(nike)) > 0.6, JSON.stringify(shoeFact.image?.bbox));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

const read = (words: Array<[string, number, number]>): ImageText => ({
  ok: true,
  width: 800,
  height: 600,
  lines: words.map(([text, confidence, x]) => ({ text, confidence, bbox: { x, y: 40, width: 100, height: 30 } })),
  engine: 'tesseract',
});

/** One Paddle line: its box spans the whole line, spaces between words may be gone. */
const paddleLine = (text: string, confidence = 0.95): ImageText => ({
  ok: true,
  width: 800,
  height: 600,
  lines: [{ text, confidence, bbox: { x: 100, y: 40, width: 10 * text.length, height: 30 } }],
  engine: 'paddle',
});

test('a mark spread over two words gets the union of their boxes and the lower confidence', () => {
  const images = new Map([['a.jpg', read([['Original', 0.9, 10], ['Nike', 0.82, 200], ['Air', 0.7, 320]])]]);
  const [fact] = runRule(trademarkImageRule, shoe([image('a.jpg')]), settings({ images }));
  assert.equal([fact.markId, fact.matchedText], ['nike', 'Nike Air']);
  assert.equal(fact.image, { path: 'a.jpg', bbox: { x: 200, y: 40, width: 220, height: 30 }, confidence: 0.7 });
});

test('a line read without spaces: a long mark inside the run, with its share of the line box; a short mark only on word bounds', () => {
  const images = new Map([
    ['run.jpg', paddleLine('STANLEYTUMBLERCUP')],
    ['case.jpg', paddleLine('BestNikeShoes')],
    ['short.jpg', paddleLine('UNIKEX DOVETAILS')],
    ['fruit.jpg', paddleLine('PINEAPPLE')],
  ]);
  const marksOf = (path: string) => runRule(trademarkImageRule, { ...shoe([image(path)]), classes: [21, 25] }, settings({ images })).map((fact) => [fact.markId, fact.matchedText, fact.image?.bbox]);
  assert.equal(marksOf('run.jpg'), [['stanley', 'STANLEY', { x: 100, y: 40, width: 70, height: 30 }]]);
  // "Nike" starts and ends a word by case ("Best|Nike|Shoes"); in "UNIKEX" and "DOVETAILS" the short marks run on into other letters.
  assert.equal(marksOf('case.jpg'), [['nike', 'Nike', { x: 140, y: 40, width: 40, height: 30 }]]);
  assert.equal(marksOf('short.jpg'), []);
  // An ordinary English word holds no mark.
  assert.equal(marksOf('fruit.jpg'), []);
});

test('words under minOcrConfidence, problem results and images without OCR report nothing', () => {
  const images = new Map<string, ImageText>([
    ['faint.jpg', read([['NIKE', 0.4, 10]])],
    ['gone.jpg', { ok: false, problem: 'missing', detail: 'gone.jpg does not exist' }],
  ]);
  const refs = [image('faint.jpg'), image('gone.jpg', 'images[1]'), image('unread.jpg', 'images[2]'), { ...image('x'), path: undefined }];
  assert.equal(runRule(trademarkImageRule, shoe(refs), settings({ images })), []);
  assert.equal(runRule(trademarkImageRule, shoe(refs), settings()), []);
});

test.run();

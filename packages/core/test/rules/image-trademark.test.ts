import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readImageTexts } from '../../src/image/index.js';
import { trademarkImageRule } from '../../src/rules/trademark/image.js';
import type { ImageRef, ImageText, Location } from '../../src/types.js';
import { inkBox, overlapOf, renderImage } from '../image/render-image.js';
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

const read = (words: Array<[string, number, number]>): ImageText => ({
  ok: true,
  width: 800,
  height: 600,
  words: words.map(([text, confidence, x]) => ({ text, confidence, bbox: { x, y: 40, width: 100, height: 30 } })),
});

test('a mark spread over two words gets the union of their boxes and the lower confidence', () => {
  const images = new Map([['a.jpg', read([['Original', 0.9, 10], ['Nike', 0.82, 200], ['Air', 0.7, 320]])]]);
  const [fact] = runRule(trademarkImageRule, shoe([image('a.jpg')]), settings({ images }));
  assert.equal([fact.markId, fact.matchedText], ['nike', 'Nike Air']);
  assert.equal(fact.image, { path: 'a.jpg', bbox: { x: 200, y: 40, width: 220, height: 30 }, confidence: 0.7 });
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

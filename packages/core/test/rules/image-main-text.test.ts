import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { imageMainTextRule, isRealWord } from '../../src/rules/image/main-text.js';
import type { ImageRef, ImageText, Location } from '../../src/types.js';
import { listing, messageOf, runRule, settings } from '../legal/fixture-listing.js';

const test = suite('image/main-text');
const at: Location = { line: 7, column: 5, endLine: 7, endColumn: 13 };
const ref = (path: string, field: string): ImageRef => ({ field, written: path, path, absolutePath: undefined, location: at });
const read = (words: Array<[string, number]>): ImageText => ({
  ok: true,
  width: 1000,
  height: 1000,
  lines: words.map(([text, confidence], i) => ({ text, confidence, bbox: { x: 100 * i, y: 50, width: 90, height: 40 } })),
  engine: 'tesseract',
});
const subject = listing({ title: 'Bottle' });

test('confident real words on the main image: one warning with the words and their box', () => {
  const images = new Map([
    ['main.jpg', read([['BEST', 0.93], ['SELLER', 0.88], ['ll', 0.95], ['Quality', 0.41]])],
    ['side.jpg', read([['PREMIUM', 0.95]])],
  ]);
  const facts = runRule(imageMainTextRule, { ...subject, images: [ref('main.jpg', 'images[0]'), ref('side.jpg', 'images[1]')] }, settings({ images }));
  assert.is(facts.length, 1);
  assert.equal([facts[0].field, facts[0].location, facts[0].image], ['images[0]', at, { path: 'main.jpg', bbox: { x: 0, y: 50, width: 190, height: 40 }, confidence: 0.88 }]);
  assert.is(messageOf(imageMainTextRule, facts[0]), 'Main image `main.jpg` carries text ("BEST", "SELLER"); marketplaces want the main image to show only the product: remove the text or move this image later');
});

test('noise, low confidence, text on other images or no OCR: nothing', () => {
  const images = new Map([
    ['main.jpg', read([['lll', 0.9], ['Ee', 0.95], ['a1|7', 0.9], ['Brand', 0.3]])],
    ['side.jpg', read([['PREMIUM', 0.95]])],
  ]);
  const images2 = [ref('main.jpg', 'images[0]'), ref('side.jpg', 'images[1]')];
  assert.equal(runRule(imageMainTextRule, { ...subject, images: images2 }, settings({ images })), []);
  assert.equal(runRule(imageMainTextRule, { ...subject, images: images2 }, settings()), []);
  assert.equal(runRule(imageMainTextRule, subject, settings({ images })), []);
});

test('isRealWord', () => {
  const word = (text: string, confidence = 0.9) => ({ text, confidence, bbox: { x: 0, y: 0, width: 1, height: 1 } });
  assert.equal(['SALE', 'Größe', 'x2', 'iii', 'USB-C', 'N1KE'].map((text) => isRealWord(word(text), 0.6)), [true, true, false, false, true, true]);
  assert.is(isRealWord(word('SALE', 0.5), 0.6), false);
});

test.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mergeWords, sharedShare } from '../../src/image/recognize-image.js';
import type { OcrWord } from '../../src/types.js';

const test = suite('mergeWords');
const word = (text: string, confidence: number, x: number, y: number, width: number, height: number): OcrWord => ({ text, confidence, bbox: { x, y, width, height } });

test('the same text over the same place: the higher confidence, and the tighter box of the two', () => {
  const upright = word('NIKE', 0.9, 60, 97, 190, 53);
  const rotated = word('NIKE', 0.95, 59, 68, 195, 112);
  assert.equal(mergeWords([upright], [rotated]), [{ text: 'NIKE', confidence: 0.95, bbox: { x: 60, y: 97, width: 190, height: 53 } }]);
});

test('another text over the same place: the more confident reading wins whole; elsewhere, both stay', () => {
  const garbage = word('NLKF', 0.4, 60, 97, 190, 53);
  const clean = word('NIKE', 0.9, 59, 68, 195, 112);
  const elsewhere = word('SHOES', 0.8, 60, 200, 150, 40);
  assert.equal(mergeWords([garbage], [clean, undefined, elsewhere]), [clean, elsewhere]);
  assert.equal(mergeWords([clean], [garbage]), [clean]);
});

test('sharedShare: how much of the smaller box lies in the other', () => {
  assert.is(sharedShare({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 0, width: 10, height: 10 }), 0.5);
  assert.is(sharedShare({ x: 0, y: 0, width: 100, height: 100 }, { x: 10, y: 10, width: 5, height: 5 }), 1);
  assert.is(sharedShare({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 }), 0);
});

test.run();

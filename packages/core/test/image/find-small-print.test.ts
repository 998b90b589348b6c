import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findSmallPrint } from '../../src/image/find-small-print.js';

const test = suite('findSmallPrint');

/** A white `width`×`height` grey image with black bars ("letter strokes"): [x, y, barWidth, barHeight]. */
function picture(width: number, height: number, bars: [number, number, number, number][]): Uint8Array {
  const pixels = new Uint8Array(width * height).fill(255);
  for (const [left, top, barWidth, barHeight] of bars) {
    for (let y = top; y < top + barHeight; y++) pixels.fill(0, y * width + left, y * width + left + barWidth);
  }
  return pixels;
}

/** `count` strokes 2 px wide and `height` high, every `pitch` px from `x`: a word of small print. */
const word = (x: number, y: number, count: number, pitch: number, height: number) =>
  Array.from({ length: count }, (_, index): [number, number, number, number] => [x + index * pitch, y, 2, height]);

test('a word of small print is one band; two words on a line become one band', () => {
  assert.equal(findSmallPrint(picture(200, 80, word(20, 20, 8, 5, 10)), 200, 80), [{ x: 19, y: 20, width: 39, height: 10 }]);
  const line = [...word(20, 20, 6, 5, 10), ...word(57, 20, 6, 5, 10)];
  assert.equal(findSmallPrint(picture(200, 80, line), 200, 80), [{ x: 19, y: 20, width: 66, height: 10 }]);
});

test('bands come in reading order; tall strokes, lone strokes and narrow bands are not small print', () => {
  const bars = [...word(100, 50, 8, 5, 12), ...word(20, 10, 8, 5, 10), ...word(20, 40, 4, 12, 36), [150, 10, 2, 10] as [number, number, number, number], ...word(160, 60, 2, 4, 14)];
  assert.equal(findSmallPrint(picture(200, 80, bars), 200, 80), [
    { x: 19, y: 10, width: 39, height: 10 },
    { x: 99, y: 50, width: 39, height: 12 },
  ]);
});

test('a busy texture yields no band, and a blank image none', () => {
  const noise = new Uint8Array(300 * 300);
  let seed = 7;
  for (let at = 0; at < noise.length; at++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    noise[at] = (seed >>> 16) & 255;
  }
  assert.equal(findSmallPrint(noise, 300, 300), []);
  assert.equal(findSmallPrint(new Uint8Array(50 * 50).fill(255), 50, 50), []);
});

test.run();

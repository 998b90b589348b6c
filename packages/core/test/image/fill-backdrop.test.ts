import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fillBackdrop } from '../../src/image/fill-backdrop.js';

const test = suite('fillBackdrop');

/** A `side`×`side` grey image: `page` everywhere, `product` inside [from, to), `print` at the centre pixel. */
function picture(side: number, page: number, product: number, from: number, to: number, print: number): Uint8Array {
  const pixels = new Uint8Array(side * side).fill(page);
  for (let y = from; y < to; y++) for (let x = from; x < to; x++) pixels[y * side + x] = product;
  const centre = Math.floor(side / 2);
  pixels[centre * side + centre] = print;
  return pixels;
}

const rows = (pixels: Uint8Array, side: number) => Array.from({ length: side }, (_, y) => [...pixels.subarray(y * side, (y + 1) * side)]);

test('a light product: the backdrop takes its tone, the print stays dark', () => {
  const filled = fillBackdrop(picture(5, 250, 200, 1, 4, 40), 5, 5);
  assert.equal(rows(filled!, 5), [
    [200, 200, 200, 200, 200],
    [200, 200, 200, 200, 200],
    [200, 200, 40, 200, 200],
    [200, 200, 200, 200, 200],
    [200, 200, 200, 200, 200],
  ]);
});

test('a dark product: filled, then inverted so that light print turns dark on light', () => {
  const filled = fillBackdrop(picture(5, 255, 60, 1, 4, 255), 5, 5);
  assert.equal(rows(filled!, 5), [
    [195, 195, 195, 195, 195],
    [195, 195, 195, 195, 195],
    [195, 195, 0, 195, 195],
    [195, 195, 195, 195, 195],
    [195, 195, 195, 195, 195],
  ]);
});

test('light print inside the product is not backdrop: only light pixels reached from the border are', () => {
  const filled = fillBackdrop(picture(7, 240, 100, 1, 6, 250), 7, 7);
  assert.is(filled![3 * 7 + 3], 255 - 250);
  assert.is(filled![0], 255 - 100);
});

test('no backdrop (a full-bleed photo) or hardly any product (text alone on white): undefined', () => {
  assert.is(fillBackdrop(picture(5, 120, 200, 1, 4, 40), 5, 5), undefined);
  assert.is(fillBackdrop(picture(10, 255, 20, 4, 6, 20), 10, 10), undefined);
});

test.run();

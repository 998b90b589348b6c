import sharp from 'sharp';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzeImage, whiteBorderShare } from '../../src/image/analyze-image.js';
import { UnreadableImageError } from '../../src/image/prepare-image.js';
import { productOnWhite } from './picture-fixtures.js';

const test = suite('analyzeImage: size and white border');

test('a product on pure white: every border pixel white; size after EXIF orientation', async () => {
  const measured = await analyzeImage(await productOnWhite(1200));
  assert.equal([measured.width, measured.height, measured.whiteBorder], [1200, 1200, 1]);
  // Stored rotated (EXIF orientation 6): shown 300 wide, 500 high.
  const rotated = await sharp({ create: { width: 500, height: 300, channels: 3, background: '#ffffff' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
  const shown = await analyzeImage(rotated);
  assert.equal([shown.width, shown.height], [300, 500]);
});

test('near-white (250) counts as white, 249 and a light grey do not; transparency is the white page', async () => {
  assert.is((await analyzeImage(await productOnWhite(400, '#fafafa'))).whiteBorder, 1);
  assert.is((await analyzeImage(await productOnWhite(400, '#f9fafa'))).whiteBorder, 0);
  assert.is((await analyzeImage(await productOnWhite(400, '#eeeeee'))).whiteBorder, 0);
  const clear = await sharp({ create: { width: 100, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
  assert.is((await analyzeImage(clear)).whiteBorder, 1);
});

test('a 16-bit PNG is measured in 8-bit channels; a picture over the pixel limit is unreadable', async () => {
  const deep = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#ffffff' } }).toColourspace('rgb16').png().toBuffer();
  assert.is((await sharp(deep).metadata()).depth, 'ushort');
  const measured = await analyzeImage(deep);
  assert.equal([measured.width, measured.height, measured.whiteBorder], [300, 200, 1]);
  const huge = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#ffffff' } }).png({ compressionLevel: 9 }).toBuffer();
  try {
    await analyzeImage(huge);
    assert.unreachable();
  } catch (error) {
    assert.instance(error, UnreadableImageError);
  }
});

test('the border band is 1% of the shorter side on every edge; a product touching one edge lowers the share', () => {
  // 200 × 100, one channel: band 1 px. Left column black: 100 of the 2*200 + 2*98 = 596 border pixels.
  const width = 200;
  const height = 100;
  const pixels = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) pixels[y * width] = 0;
  assert.is(whiteBorderShare(pixels, width, height, 1), 496 / 596);
  // A pixel just inside the band does not count.
  const inner = new Uint8Array(width * height).fill(255);
  inner[50 * width + 1] = 0;
  assert.is(whiteBorderShare(inner, width, height, 1), 1);
});

test('bytes that are no image: UnreadableImageError', async () => {
  try {
    await analyzeImage(Buffer.from('not an image'));
    assert.unreachable();
  } catch (error) {
    assert.instance(error, UnreadableImageError);
    assert.match((error as Error).message, /^cannot decode the image \(/);
  }
});

test.run();

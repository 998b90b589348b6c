import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readImageTexts } from '../../src/image/index.js';
import type { ImageRequest } from '../../src/image/index.js';
import sharp from 'sharp';
import { inkBox, overlapOf, pngBomb, renderImage, renderSmallPrintImage } from './render-image.js';

const test = suite('readImageTexts (real PaddleOCR, the tesseract.js fallback, and sharp)');
const nike = { text: 'NIKE', x: 60, baseline: 150, size: 72 };
const canon = { text: 'Canon', x: 146, baseline: 223, size: 14 };
let folder = '';
let cacheDir = '';

test.before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'listinglint-images-'));
  cacheDir = join(folder, 'cache');
  await writeFile(join(folder, 'shoe.png'), await renderImage([nike, { text: 'RUNNING SHOES', x: 60, baseline: 260, size: 40 }], 640, 320));
  const jpeg = await renderImage([nike], 640, 320, 'jpeg');
  await writeFile(join(folder, 'truncated.jpg'), jpeg.subarray(0, jpeg.length >> 1));
  await writeFile(join(folder, 'bomb.png'), pngBomb(30_000));
  await writeFile(join(folder, 'small-print.png'), await renderSmallPrintImage(canon, { text: 'QUALITY', x: 150, baseline: 466, size: 86 }));
  await writeFile(join(folder, 'corrupt.png'), Buffer.from('not an image at all'));
  // The shoe image turned a quarter clockwise: its lines now run down the image.
  await writeFile(join(folder, 'turned.png'), await sharp(await readFile(join(folder, 'shoe.png'))).rotate(90).png().toBuffer());
});

test.after(async () => {
  await rm(folder, { recursive: true, force: true });
});

const request = (path: string): ImageRequest => ({ path, absolutePath: join(folder, path) });

test('Paddle reads lines with boxes, and turns every bad image into a problem', async () => {
  const progress: string[] = [];
  const requests = [request('shoe.png'), request('truncated.jpg'), request('bomb.png'), request('corrupt.png'), request('gone.png'), { path: '../elsewhere.png', absolutePath: undefined }];
  const results = await readImageTexts(requests, { concurrency: 1, cacheDir, onProgress: (done, total) => progress.push(`${done}/${total}`) });
  assert.equal([...results.keys()], ['shoe.png', 'truncated.jpg', 'bomb.png', 'corrupt.png', 'gone.png', '../elsewhere.png']);
  const shoe = results.get('shoe.png');
  if (!shoe?.ok) throw new Error(`shoe.png not read: ${JSON.stringify(shoe)}`);
  assert.equal([shoe.width, shoe.height], [640, 320]);
  assert.is(shoe.engine, 'paddle');
  assert.equal(shoe.lines.map((line) => line.text), ['NIKE', 'RUNNING SHOES']);
  assert.ok(shoe.lines.every((line) => line.confidence > 0.9 && line.confidence <= 1));
  assert.ok(overlapOf(shoe.lines[0].bbox, inkBox(nike)) > 0.6, JSON.stringify(shoe.lines[0].bbox));
  assert.equal(results.get('truncated.jpg'), { ok: false, problem: 'unreadable', detail: 'truncated.jpg: the file is cut short (an interrupted download or copy?) (decoder: VipsJpeg: premature end of JPEG image)' });
  assert.equal(results.get('bomb.png'), { ok: false, problem: 'unreadable', detail: 'bomb.png: larger than 60 megapixels (decoder: Input image exceeds pixel limit)' });
  assert.equal(results.get('corrupt.png'), { ok: false, problem: 'unreadable', detail: 'corrupt.png: not an image format listinglint reads (JPEG, PNG, WebP, GIF, TIFF, AVIF) (decoder: Input buffer contains unsupported image format)' });
  assert.equal(results.get('gone.png'), { ok: false, problem: 'missing', detail: 'gone.png does not exist' });
  assert.equal(results.get('../elsewhere.png'), { ok: false, problem: 'outside', detail: '../elsewhere.png is outside the repository' });
  assert.equal(progress, ['0/4', '1/4', '2/4', '3/4', '4/4']);
});

test('a warm run reuses the cached lines without OCR; a corrupt entry is rebuilt', async () => {
  const cold = await readImageTexts([request('shoe.png')], { concurrency: 1, cacheDir });
  const progress: string[] = [];
  const warm = await readImageTexts([request('shoe.png')], { concurrency: 1, cacheDir, onProgress: (done, total) => progress.push(`${done}/${total}`) });
  assert.equal(warm, cold);
  assert.equal(progress, []);
  const shard = (await readdir(join(cacheDir, 'ocr')))[0];
  const entry = join(cacheDir, 'ocr', shard, (await readdir(join(cacheDir, 'ocr', shard)))[0]);
  await writeFile(entry, '{"format":2,"lines":[{"text":');
  const rebuilt = await readImageTexts([request('shoe.png')], { concurrency: 1, cacheDir, onProgress: (done, total) => progress.push(`${done}/${total}`) });
  assert.equal(rebuilt, cold);
  assert.equal(progress, ['0/1', '1/1']);
  assert.equal(JSON.parse(await readFile(entry, 'utf8')).lines, (cold.get('shoe.png') as { lines: unknown }).lines);
});

test('the other engine misses the cache; the tesseract fallback reads words, each a line of its own', async () => {
  const progress: string[] = [];
  const results = await readImageTexts([request('shoe.png')], { engine: 'tesseract', concurrency: 1, cacheDir, onProgress: (done, total) => progress.push(`${done}/${total}`) });
  assert.equal(progress, ['0/1', '1/1']);
  const shoe = results.get('shoe.png');
  if (!shoe?.ok) throw new Error(`shoe.png not read: ${JSON.stringify(shoe)}`);
  assert.is(shoe.engine, 'tesseract');
  assert.equal(shoe.lines.map((line) => line.text), ['NIKE', 'RUNNING', 'SHOES']);
});

test('a whole image turned a quarter: Paddle reads its tall lines turned both ways and keeps the better read', async () => {
  const results = await readImageTexts([request('turned.png')], { concurrency: 1 });
  const turned = results.get('turned.png');
  if (!turned?.ok) throw new Error(`turned.png not read: ${JSON.stringify(turned)}`);
  assert.equal([turned.width, turned.height], [320, 640]);
  assert.equal(turned.lines.map((line) => [line.text, line.vertical]), [['RUNNING SHOES', true], ['NIKE', true]]);
});

const readUpright = async (options: { quietThresholding?: 0 | 'none'; smallPrintScale?: number }) => {
  const results = await readImageTexts([request('small-print.png')], { engine: 'tesseract', concurrency: 1, passes: [0], backdropLook: 'none', ...options });
  const image = results.get('small-print.png');
  if (!image?.ok) throw new Error(`small-print.png not read: ${JSON.stringify(image)}`);
  return image.lines;
};

test('tesseract fallback, small print that adaptive Otsu loses: the global-Otsu pass on a quiet image reads it (default), or a crop at 3× does', async () => {
  assert.equal((await readUpright({ quietThresholding: 'none' })).map((word) => word.text), ['QUALITY']);
  for (const options of [{}, { quietThresholding: 'none' as const, smallPrintScale: 3 }]) {
    const words = await readUpright(options);
    assert.equal(words.map((word) => word.text), ['QUALITY', 'Canon'], JSON.stringify(options));
    assert.ok(overlapOf(words[1].bbox, inkBox(canon)) > 0.6, JSON.stringify(words[1].bbox));
  }
});

test.run();

// The engine choice at its seam: onnxruntime that cannot load (its import or its session
// creation throws) falls back to tesseract.js with one notice; `engine: 'tesseract'` never
// tries Paddle. The images are real renders read by the real tesseract.js.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { EngineUnavailableError, readImageTexts } from '../../src/image/index.js';
import type { ImageRequest } from '../../src/image/index.js';
import { PaddleReader } from '../../src/image/paddle-reader.js';
import type { OnnxRuntime } from '../../src/image/paddle-reader.js';
import { renderImage } from './render-image.js';

const test = suite('OCR engine choice: fallback to tesseract.js when onnxruntime cannot load');
let folder = '';
/** A module standing in for onnxruntime-node on a platform without a prebuilt binary: importing it throws, with a message that names nothing. */
let brokenRuntime = '';

test.before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'listinglint-fallback-'));
  await writeFile(join(folder, 'shoe.png'), await renderImage([{ text: 'NIKE', x: 60, baseline: 150, size: 72 }], 640, 320));
  await writeFile(join(folder, 'bag.png'), await renderImage([{ text: 'PRADA', x: 60, baseline: 150, size: 72 }], 640, 320));
  const runtime = join(folder, 'broken-runtime.mjs');
  await writeFile(runtime, "throw new TypeError('x is not a function');\n");
  brokenRuntime = pathToFileURL(runtime).href;
});

test.after(async () => {
  await rm(folder, { recursive: true, force: true });
});

const request = (path: string): ImageRequest => ({ path, absolutePath: join(folder, path) });

test('the reader marks a runtime whose import throws as unavailable, whatever the message', async () => {
  const error = await PaddleReader.load(1, async () => {
    throw new TypeError('x is not a function');
  }).catch((error: unknown) => error);
  assert.instance(error, EngineUnavailableError);
  assert.match((error as Error).message, /x is not a function/);
});

test('the reader marks a runtime whose session creation throws as unavailable', async () => {
  const runtime = { InferenceSession: { create: async () => Promise.reject(new Error('bad instruction')) } } as unknown as OnnxRuntime;
  const error = await PaddleReader.load(1, async () => runtime).catch((error: unknown) => error);
  assert.instance(error, EngineUnavailableError);
  assert.match((error as Error).message, /cannot create a session: bad instruction/);
});

test('a run whose Paddle workers cannot load onnxruntime reads every image with tesseract.js, with exactly one notice', async () => {
  const notices: string[] = [];
  const results = await readImageTexts([request('shoe.png'), request('bag.png')], { concurrency: 2, paddleRuntime: brokenRuntime, onNotice: (message) => notices.push(message) });
  assert.is(notices.length, 1, notices.join('\n'));
  assert.match(notices[0], /PaddleOCR is not available here \(onnxruntime cannot load: x is not a function\); reading images with tesseract\.js instead/);
  const shoe = results.get('shoe.png');
  const bag = results.get('bag.png');
  if (!shoe?.ok || !bag?.ok) throw new Error(`not read: ${JSON.stringify([shoe, bag])}`);
  assert.equal([shoe.engine, bag.engine], ['tesseract', 'tesseract']);
  assert.equal(shoe.lines.map((line) => line.text), ['NIKE']);
  assert.equal(bag.lines.map((line) => line.text), ['PRADA']);
});

test('`engine: tesseract` uses tesseract.js directly: Paddle is never started, no notice', async () => {
  const notices: string[] = [];
  const results = await readImageTexts([request('shoe.png')], { engine: 'tesseract', concurrency: 1, paddleRuntime: brokenRuntime, onNotice: (message) => notices.push(message) });
  assert.equal(notices, []);
  const shoe = results.get('shoe.png');
  if (!shoe?.ok) throw new Error(`not read: ${JSON.stringify(shoe)}`);
  assert.is(shoe.engine, 'tesseract');
  assert.equal(shoe.lines.map((line) => line.text), ['NIKE']);
});

test.run();

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readImageTexts } from '../../src/image/index.js';
import { renderImage, type Lettering } from './render-image.js';

const test = suite('Paddle timeouts (real PaddleOCR)');
let folder = '';

/** A page of 30 lines of print: reading it takes the engine well over the time limit used here. */
function densePage(seed: number): Lettering[] {
  return Array.from({ length: 30 }, (_, i) => ({ text: `LINE ${seed}${i} QUALITY COTTON GOODS`, x: 40, baseline: 60 + i * 42, size: 30 }));
}

test.before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'listinglint-timeout-'));
  for (const n of [1, 2, 3, 4]) await writeFile(join(folder, `dense-${n}.png`), await renderImage(densePage(n), 900, 1340));
  await writeFile(join(folder, 'shoe.png'), await renderImage([{ text: 'NIKE', x: 60, baseline: 150, size: 72 }], 640, 320));
});

test.after(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('a read that runs past the limit is a timeout while the model runs, and the process lives on; each lane goes on with a new worker', async () => {
  const dense = [1, 2, 3, 4].map((n) => ({ path: `dense-${n}.png`, absolutePath: join(folder, `dense-${n}.png`) }));
  // Terminating a thread in the middle of an onnxruntime session used to abort the whole process.
  const late = await readImageTexts(dense, { engine: 'paddle', concurrency: 2, timeoutMs: 300 });
  assert.equal(
    [...late.entries()].map(([path, result]) => [path, result]),
    dense.map(({ path }) => [path, { ok: false, problem: 'timeout', detail: `OCR of ${path} took longer than 300 ms` }]),
  );
  // Each lane replaced its worker after its first timeout; a later run reads as usual.
  const after = await readImageTexts([{ path: 'shoe.png', absolutePath: join(folder, 'shoe.png') }], { engine: 'paddle', concurrency: 1 });
  const shoe = after.get('shoe.png');
  assert.ok(shoe?.ok, JSON.stringify(shoe));
  assert.equal(shoe.ok && shoe.lines.map((line) => line.text), ['NIKE']);
});

test.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatProgress, progressWriter, showsProgress } from '../src/progress.js';

const test = suite('progress');

test('formatProgress: bar, counts, rate and ETA', () => {
  assert.is(formatProgress(0, 40, 0), 'OCR [........................] 0/40 0.0 img/s ETA --');
  assert.is(formatProgress(10, 40, 4000), 'OCR [######..................] 10/40 2.5 img/s ETA 12s');
  assert.is(formatProgress(1, 400, 2000), 'OCR [........................] 1/400 0.5 img/s ETA 13m18s');
  assert.is(formatProgress(40, 40, 8000), 'OCR [########################] 40/40 5.0 img/s ETA 0s');
});

test('showsProgress: only on a terminal, never in CI', () => {
  assert.is(showsProgress({ isTTY: true, write: () => true }, {}), true);
  assert.is(showsProgress({ isTTY: true, write: () => true }, { CI: 'true' }), false);
  assert.is(showsProgress({ isTTY: false, write: () => true }, {}), false);
  assert.is(showsProgress({ write: () => true }, {}), false);
});

test('progressWriter redraws one line, clears it at the end, and writes nothing off a terminal', () => {
  const written: string[] = [];
  let clock = 1000;
  const onProgress = progressWriter({ isTTY: true, columns: 80, write: (text) => written.push(text) }, {}, () => clock);
  onProgress(0, 2);
  clock = 2000;
  onProgress(1, 2);
  onProgress(2, 2);
  assert.equal(written, ['\r\x1b[2KOCR [........................] 0/2 0.0 img/s ETA --', '\r\x1b[2KOCR [############............] 1/2 1.0 img/s ETA 1s', '\r\x1b[2K']);
  const silent: string[] = [];
  progressWriter({ isTTY: false, write: (text) => silent.push(text) }, {})(1, 2);
  assert.equal(silent, []);
});

test.run();

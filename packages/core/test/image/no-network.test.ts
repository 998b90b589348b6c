import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { renderImage } from './render-image.js';

const test = suite('OCR offline, with a time limit, in a child process');

function run(args: string[], limitMs: number): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

test('reads without network, times out cleanly, and exits by itself', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'listinglint-offline-'));
  try {
    await writeFile(join(folder, 'shoe.png'), await renderImage([{ text: 'SONY', x: 40, baseline: 120, size: 64 }], 400, 200));
    const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
    const result = await run(['--import', 'tsx', '--import', here('no-network-preload.mjs'), here('ocr-child.ts'), folder], 40_000);
    assert.is(result.timedOut, false, 'the child did not exit by itself');
    assert.is(result.code, 0, result.stderr);
    const { read, late } = JSON.parse(result.stdout);
    assert.equal(read.lines.map((line: { text: string }) => line.text), ['SONY']);
    assert.equal(late, { ok: false, problem: 'timeout', detail: 'OCR of shoe.png took longer than 1 ms' });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test.run();

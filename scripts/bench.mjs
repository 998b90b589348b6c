#!/usr/bin/env node
// The bench: the text part (listinglint against grep, cold and warm), the OCR part, the bulk part,
// the hostile part (hostile Markdown bodies read in linear time), the copyright part (pHash throughput, reference lookup).
//   node scripts/bench.mjs [--text-only | --ocr-only]     (run `pnpm build` first)
//   node scripts/bench.mjs bulk                            (only the named parts: text, ocr, bulk, hostile, copyright)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const flags = new Set(process.argv.slice(2));
const named = ['text', 'ocr', 'bulk', 'hostile', 'copyright'].filter((part) => flags.has(part));
const only = (part, fallback) => (named.length > 0 ? named.includes(part) : fallback);
const parts = [
  ['text', fileURLToPath(new URL('./bench/text.mjs', import.meta.url)), only('text', !flags.has('--ocr-only'))],
  ['OCR', fileURLToPath(new URL('./bench/ocr.mjs', import.meta.url)), only('ocr', !flags.has('--text-only'))],
  ['bulk', fileURLToPath(new URL('./bench/bulk.mjs', import.meta.url)), only('bulk', !flags.has('--text-only') && !flags.has('--ocr-only'))],
  ['hostile', fileURLToPath(new URL('./bench/hostile.mjs', import.meta.url)), only('hostile', !flags.has('--text-only') && !flags.has('--ocr-only'))],
  ['copyright', fileURLToPath(new URL('./bench/copyright.mjs', import.meta.url)), only('copyright', !flags.has('--text-only') && !flags.has('--ocr-only'))],
];
let failed = false;
for (const [name, script, wanted] of parts) {
  if (!wanted) continue;
  if (!existsSync(script)) {
    console.log(`${name} bench: ${script} is missing, skipped`);
    continue;
  }
  const { status } = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (status !== 0) {
    console.log(`${name} bench failed (exit ${status})`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;

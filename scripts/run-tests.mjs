#!/usr/bin/env node
// Runs every packages/*/test/**/*.test.ts file in its own process (uvu through the tsx
// loader), two at a time, and ends with one line `N passed, N failed` summed over them.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const filter = process.argv.slice(2);

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'fixtures') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const files = readdirSync(join(root, 'packages'))
  .flatMap((pkg) => {
    try {
      return findTests(join(root, 'packages', pkg, 'test'));
    } catch {
      return [];
    }
  })
  .filter((file) => filter.length === 0 || filter.some((f) => file.includes(f)))
  .sort();

function runOne(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ file, code, output }));
  });
}

function totals(output) {
  const number = (label) => {
    const match = new RegExp(`${label}:\\s+(\\d+)`).exec(output);
    return match ? Number(match[1]) : undefined;
  };
  return { total: number('Total'), passed: number('Passed'), skipped: number('Skipped') ?? 0 };
}

let passed = 0;
let failed = 0;
let skipped = 0;
const queue = [...files];
const workers = Math.max(1, Math.min(2, availableParallelism()));
await Promise.all(
  Array.from({ length: workers }, async () => {
    while (queue.length > 0) {
      const { file, code, output } = await runOne(queue.shift());
      const { total, passed: ok, skipped: skip } = totals(output);
      const name = relative(root, file);
      if (total === undefined || ok === undefined) {
        failed += 1;
        process.stdout.write(`\n✘ ${name} crashed (exit ${code})\n${output}\n`);
        continue;
      }
      passed += ok;
      skipped += skip;
      const bad = total - ok - skip + (code !== 0 && total === ok + skip ? 1 : 0);
      failed += bad;
      process.stdout.write(`${bad > 0 ? '✘' : '✔'} ${name}: ${ok}/${total}\n`);
      if (bad > 0) process.stdout.write(`${output}\n`);
    }
  }),
);
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exitCode = failed > 0 || files.length === 0 ? 1 : 0;

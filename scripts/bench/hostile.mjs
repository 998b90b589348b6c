#!/usr/bin/env node
// Hostile part of the bench: the time to read a Markdown listing whose body is built to hurt
// the parser (deeply nested lists and block quotes, long runs of emphasis), at 1×, 2× and 4×
// its size, and the ratios to 1×. Linear growth shows as ratios near 2 and 4 (quadratic: 4, 16).
//   node scripts/bench/hostile.mjs     (needs `pnpm build` first)
// A refused body costs the scan up to the line that breaks the limit, whatever follows it.
// Each size is read several times and the fastest read counts (the machine is shared).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'packages', 'core', 'dist');
if (!existsSync(join(dist, 'formats', 'markdown.js'))) {
  console.error('bench: build first (npx pnpm build)');
  process.exit(2);
}
const { readMarkdownListing } = await import(join(dist, 'formats', 'markdown.js'));
const { loadMarkdownParser } = await import(join(dist, 'formats', 'markdown-body.js'));
const { LineIndex } = await import(join(dist, 'source', 'line-index.js'));
await loadMarkdownParser();

const head = '---\nsku: HOSTILE-1\ntitle: "plain"\n---\nIntro NIKE.\n\n';
const cases = [
  ['nested list markers', 20_000, (n) => `${'- '.repeat(n)}NIKE\n`],
  ['nested block quotes', 4_000, (n) => `${'>'.repeat(n)} NIKE\n`],
  ['emphasis pairs', 50_000, (n) => `${'*a* '.repeat(n)}NIKE\n`],
  // Bodies the parser reads: many one-line block quotes (quadratic in micromark 4.0.3, hence the pin).
  ['one-line block quotes', 2_000, (n) => '> NIKE quote\n\n'.repeat(n)],
  // Bodies the parser does read, at the limits: 64 levels and 200 markers per paragraph, n of each.
  ['paragraphs at the limits', 50, (n) => `${'> '.repeat(32)}${'- '.repeat(32)}NIKE\n\n${'*a* '.repeat(100)}NIKE\n\n`.repeat(n)],
];
const RUNS = 3;

function read(text) {
  const lines = new LineIndex(text);
  const context = { file: 'bench.md', absolutePath: join(root, 'bench.md'), root, cwd: root, lines };
  return readMarkdownListing(text, context, true);
}

const rows = [];
for (const [name, base, body] of cases) {
  const times = [];
  let outcome = '';
  for (const scale of [1, 2, 4]) {
    const text = head + body(base * scale);
    let best = Infinity;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const result = read(text);
      best = Math.min(best, performance.now() - started);
      outcome = result.kind === 'error' ? `parse error at ${result.location.line}:${result.location.column}` : `read (${result.listings[0].fields.length} fields)`;
    }
    times.push(best);
  }
  rows.push({ name, base, times, outcome });
}

console.log('Hostile Markdown bodies: read time at 1×, 2×, 4× the size (fastest of 3), ratio to 1×');
for (const { name, base, times, outcome } of rows) {
  const [one, two, four] = times;
  const ms = (t) => `${t.toFixed(2)} ms`.padStart(11);
  const ratio = (t) => `×${(t / one).toFixed(1)}`.padStart(6);
  console.log(
    `  ${`${name} (1× = ${base.toLocaleString('en')})`.padEnd(42)}${ms(one)}${ms(two)}${ms(four)}   ${ratio(two)}${ratio(four)}   ${outcome}`,
  );
}

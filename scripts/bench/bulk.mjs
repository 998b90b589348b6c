#!/usr/bin/env node
// Bulk part of the bench (issue #12): a 100,000-row Amazon flat file (tab-delimited template)
// linted with `--no-ocr --no-cache`, next to `LC_ALL=C grep -Fiwo -f terms.txt` on the same file
// (grep writing to a real file). The watchlist and terms come from the text corpus generator.
//   node scripts/bench.mjs bulk        (needs `pnpm build` first)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './seeded-random.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpus = join(root, '.bench', 'bulk');
const cli = join(root, 'packages', 'cli', 'bin', 'listinglint.js');
const ROWS = 100_000;
const TARGETS = { ratio: 8, rssMb: 1024 };
const RUNS = { grep: 3, lint: 2 };

if (!existsSync(cli) || !existsSync(join(root, 'packages', 'core', 'dist', 'engine', 'run.js'))) {
  console.error('bench: build first (npx pnpm build)');
  process.exit(2);
}
const generated = spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'text-corpus.mjs'), corpus], { encoding: 'utf8' });
if (generated.status !== 0) throw new Error(`corpus generator failed: ${generated.stderr}`);

const { random, pick } = seededRandom(0xb01c5eed);
const wordListPath = createRequire(join(root, 'packages/core/package.json')).resolve('word-list');
const words = readFileSync(join(wordListPath, '../words.txt'), 'utf8').split('\n').filter((word) => /^[a-z]{3,9}$/.test(word)).slice(0, 20_000);
const terms = readFileSync(join(corpus, 'terms.txt'), 'utf8').split('\n').filter(Boolean);
const sentence = (count, markChance) => {
  const out = [];
  for (let i = 0; i < count; i++) out.push(pick(words));
  if (random() < markChance) out.splice(Math.floor(random() * out.length), 0, pick(terms));
  return out.join(' ');
};
const settings = 'settings=attributeRow=3&contentLanguageTag=en_US&dataRow=4&feedType=113&headerLanguageTag=en_US&labelRow=2&primaryMarketplaceId=amzn1.mp.o.ATVPDKIKX0DER';
const lines = [
  ['TemplateType=fptcustom', 'Version=2025.0401', 'TemplateSignature=QkVOQ0g=', settings].join('\t'),
  ['Product Type', 'Seller SKU', 'Brand Name', 'Item Name', 'Bullet Point', 'Bullet Point', 'Bullet Point', 'Product Description', 'Search Terms', 'Standard Price'].join('\t'),
  ['feed_product_type', 'item_sku', 'brand_name', 'item_name', 'bullet_point1', 'bullet_point2', 'bullet_point3', 'product_description', 'generic_keywords', 'standard_price'].join('\t'),
];
for (let n = 0; n < ROWS; n++) {
  lines.push(['shirt', `SKU-${n}`, 'Voltix', sentence(8, 0.03), sentence(10, 0.01), sentence(10, 0.01), sentence(10, 0.01), sentence(30, 0.02), sentence(6, 0.01), '9.99'].join('\t'));
}
const flat = join(corpus, 'flat.txt');
writeFileSync(flat, lines.join('\r\n') + '\r\n');
writeFileSync(join(corpus, 'listinglint.config.yaml'), 'watchlists: [watchlist.yaml]\ninclude: [flat.txt]\ndefaults: {marketplace: amazon.com}\n');

async function measure(command, args, stdout) {
  const timed = existsSync('/usr/bin/time');
  const timeFile = join(root, '.bench', 'bulk-time.txt');
  const [file, argv] = timed ? ['/usr/bin/time', ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  // GNU grep stops at the first match when stdout is /dev/null: its output goes to a real file.
  const child = spawn('sh', ['-c', `exec "$0" "$@" > '${stdout}'`, file, ...argv], { cwd: corpus, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  if (code !== 0 && code !== 1) throw new Error(`${command} ${args.join(' ')} exited ${code}\n${stderr}`);
  const rss = timed ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1] ?? 0) / 1024 : 0;
  return { ms, rssMb: rss };
}
async function fastest(times, command, args, stdout) {
  let best;
  for (let i = 0; i < times; i++) {
    const run = await measure(command, args, stdout);
    if (!best || run.ms < best.ms) best = { ...run, rssMb: Math.max(run.rssMb, best?.rssMb ?? 0) };
    else best.rssMb = Math.max(best.rssMb, run.rssMb);
  }
  return best;
}

const out = (name) => join(root, '.bench', name);
const grep = await fastest(RUNS.grep, 'grep', ['-Fiwo', '-f', 'terms.txt', 'flat.txt'], out('bulk-grep.txt'));
const lint = await fastest(RUNS.lint, process.execPath, [cli, '--no-ocr', '--no-cache', '-f', 'json', '-o', out('bulk-report.json')], out('bulk-lint.txt'));
const { summary } = JSON.parse(readFileSync(out('bulk-report.json'), 'utf8'));
const matches = readFileSync(out('bulk-grep.txt'), 'utf8').split('\n').filter(Boolean).length;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
const ratio = lint.ms / grep.ms;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');
console.log(`bulk bench: ${ROWS} rows, ${(statSync(flat).size / 1e6).toFixed(1)} MB flat file, ${terms.length} terms (fastest of ${RUNS.grep} grep, ${RUNS.lint} listinglint runs)`);
console.log(`  ${`grep -Fiwo (${matches} matches)`.padEnd(34)} ${seconds(grep.ms)}  peak RSS ${grep.rssMb.toFixed(0).padStart(4)} MB`);
console.log(`  ${'listinglint --no-ocr --no-cache'.padEnd(34)} ${seconds(lint.ms)}  peak RSS ${lint.rssMb.toFixed(0).padStart(4)} MB`);
console.log(`  findings: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos in ${summary.listings} listings`);
console.log(`  listinglint / grep ${ratio.toFixed(1)}× (target ≤ ${TARGETS.ratio}×: ${verdict(ratio <= TARGETS.ratio)})`);
console.log(`  peak RSS ${lint.rssMb.toFixed(0)} MB (target ≤ ${TARGETS.rssMb} MB: ${verdict(lint.rssMb <= TARGETS.rssMb)})`);

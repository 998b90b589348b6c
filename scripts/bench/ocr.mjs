#!/usr/bin/env node
// OCR part of the bench: PaddleOCR (default engine) against tesseract.js (fallback) and the native
// `tesseract` CLI (OMP_THREAD_LIMIT=1, PSM 11) on one generated corpus, in one run: recall of
// planted brand tokens, false brand hits, ms/image with 1 and 2 workers, CPU ms/image (all threads
// of the process: steadier than wall time on a shared host), peak RSS, warm vs cold.
//   node scripts/bench/ocr.mjs             the bench (needs `pnpm build` first)
//   node scripts/bench/ocr.mjs --variants  recall/time of preprocessing variants (docs/images.md)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRANDS, KINDS, OBJECT_KINDS, STRESS_KINDS, writeCorpus } from './ocr-corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = join(root, '.bench', 'ocr');

/** Runs one configuration in a fresh process so that its peak RSS is its own. */
function runChild(config) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', JSON.stringify(config)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

async function child(config) {
  const { readImageTexts, DEFAULT_MIN_CONFIDENCE } = await import(join(root, 'packages/core/dist/image/index.js'));
  const truth = JSON.parse(readFileSync(join(folder, 'truth.json'), 'utf8'));
  const requests = truth.map(({ file }) => ({ path: file, absolutePath: join(folder, file) }));
  const started = performance.now();
  const results = await readImageTexts(requests, config.options);
  const ms = performance.now() - started;
  const texts = Object.fromEntries([...results].map(([path, result]) => [path, result.ok ? result.lines.filter((line) => line.confidence >= DEFAULT_MIN_CONFIDENCE[result.engine]).map((line) => line.text).join(' ') : '']));
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000, texts }));
}

const confusions = (token) => token.replace(/0/g, 'o').replace(/[1|!]/g, 'l').replace(/rn/g, 'm').replace(/5/g, 's');

function distanceAtMostOne(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Which brands a text holds: exact tokens, or OCR-tolerant (confusions, one edit from 5 letters, split words). */
function brandsIn(text) {
  const tokens = text.toLowerCase().split(/[^a-z0-9|!]+/).filter(Boolean);
  const candidates = [...tokens, ...tokens.slice(1).map((token, index) => tokens[index] + token)];
  const exact = new Set(BRANDS.filter((brand) => tokens.includes(brand)));
  const tolerant = new Set(BRANDS.filter((brand) => candidates.some((token) => confusions(token) === brand || (brand.length >= 5 && distanceAtMostOne(confusions(token), brand)))));
  return { exact, tolerant };
}

/** Recall of planted brands and false brand hits, overall and by difficulty kind. */
function score(truth, texts) {
  let planted = 0;
  let exact = 0;
  let tolerant = 0;
  let falseHits = 0;
  const byKind = Object.fromEntries([...KINDS, ...OBJECT_KINDS, ...STRESS_KINDS].map((kind) => [kind, [0, 0]]));
  for (const image of truth) {
    const found = brandsIn(texts[image.file] ?? '');
    for (const brand of image.brands) {
      planted++;
      byKind[image.kind][1]++;
      if (found.exact.has(brand)) exact++;
      if (found.tolerant.has(brand)) {
        tolerant++;
        byKind[image.kind][0]++;
      }
    }
    falseHits += [...found.tolerant].filter((brand) => !image.brands.includes(brand)).length;
  }
  return { planted, exact, tolerant, falseHits, byKind };
}

const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)}%`;

function nativeAvailable() {
  if (spawnSync('tesseract', ['--version']).status === 0) return true;
  console.log('native tesseract missing: apt-get install -y tesseract-ocr tesseract-ocr-eng');
  const install = spawnSync('sh', ['-c', 'apt-get install -y tesseract-ocr tesseract-ocr-eng || (apt-get update && apt-get install -y tesseract-ocr tesseract-ocr-eng)'], { stdio: 'ignore' });
  if (install.status === 0 && spawnSync('tesseract', ['--version']).status === 0) return true;
  console.log('could not install tesseract-ocr: native ratios skipped');
  return false;
}

/** Native tesseract over file lists, one process per list, the lists run side by side. */
function runNative(truth, processes) {
  const scratch = mkdtempSync(join(tmpdir(), 'listinglint-native-'));
  const lists = Array.from({ length: processes }, (_, index) => truth.filter((_, position) => position % processes === index).map(({ file }) => join(folder, file)));
  lists.forEach((files, index) => writeFileSync(join(scratch, `list${index}.txt`), files.join('\n') + '\n'));
  const started = performance.now();
  execFileSync('sh', ['-c', `ls ${scratch}/list*.txt | xargs -P${processes} -I{} sh -c 'tesseract {} {}.out --psm 11 txt 2>/dev/null'`], { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
  const ms = performance.now() - started;
  const texts = {};
  lists.forEach((files, index) => {
    const pages = readFileSync(join(scratch, `list${index}.txt.out.txt`), 'utf8').split('\f');
    files.forEach((file, page) => (texts[file.slice(folder.length + 1)] = pages[page] ?? ''));
  });
  rmSync(scratch, { recursive: true, force: true });
  return { ms, texts };
}

async function bench() {
  const truth = await writeCorpus(folder);
  const n = truth.length;
  const cacheDir = mkdtempSync(join(tmpdir(), 'listinglint-ocr-cache-'));
  console.log(`OCR bench: ${n} generated images in .bench/ocr (${truth.reduce((sum, image) => sum + image.brands.length, 0)} planted brand tokens)`);
  const paddleOne = runChild({ options: { engine: 'paddle', concurrency: 1 } });
  const cold = runChild({ options: { engine: 'paddle', concurrency: 2, cacheDir } });
  const warm = runChild({ options: { engine: 'paddle', concurrency: 2, cacheDir } });
  const tesseract = runChild({ options: { engine: 'tesseract', concurrency: 2 } });
  const tesseractOnePass = runChild({ options: { engine: 'tesseract', concurrency: 2, passes: [0] } });
  rmSync(cacheDir, { recursive: true, force: true });
  const native = nativeAvailable() ? runNative(truth, 2) : undefined;
  const rows = [
    ['PaddleOCR, 1 worker', paddleOne, score(truth, paddleOne.texts)],
    ['PaddleOCR, 2 workers (cold)', cold, score(truth, cold.texts)],
    ['PaddleOCR, warm cache', warm, score(truth, warm.texts)],
    ['tesseract.js recipe, 2 workers', tesseract, score(truth, tesseract.texts)],
    ['tesseract.js 1 pass, 2 workers', tesseractOnePass, score(truth, tesseractOnePass.texts)],
    ...(native ? [['native tesseract, 2 processes', { ...native, maxRssMb: NaN }, score(truth, native.texts)]] : []),
  ];
  console.log(`  ${'engine'.padEnd(32)} ${'recall'.padStart(14)} ${'exact'.padStart(6)} false  ms/image  cpu ms/image  peak RSS`);
  for (const [label, run, quality] of rows) {
    const rss = Number.isNaN(run.maxRssMb) ? '   n/a' : `${run.maxRssMb.toFixed(0).padStart(5)} MB`;
    console.log(`  ${label.padEnd(32)} ${`${quality.tolerant}/${quality.planted} ${percent(quality.tolerant, quality.planted)}`.padStart(14)} ${percent(quality.exact, quality.planted).padStart(6)} ${String(quality.falseHits).padStart(5)} ${(run.ms / n).toFixed(0).padStart(9)}  ${run.cpuMs === undefined ? '         n/a' : (run.cpuMs / n).toFixed(0).padStart(12)}  ${rss}`);
  }
  console.log(`  warm / cold: ${percent(warm.ms, cold.ms)} (target ≤ 5%); Paddle 2 workers ${(cold.ms / n / 1000).toFixed(2)} s/image (target ≤ 0.5), peak RSS ${cold.maxRssMb.toFixed(0)} MB (target ≤ 1536)`);
  if (native) console.log(`  time ratio to native tesseract (2 processes): Paddle ${(cold.ms / native.ms).toFixed(2)}×, tesseract.js recipe ${(tesseract.ms / native.ms).toFixed(2)}×`);
  for (const [label, , quality] of [rows[1], rows[3], ...(native ? [rows[5]] : [])]) {
    console.log(`  by kind, ${label}: ${Object.entries(quality.byKind).map(([kind, [hit, all]]) => `${kind} ${hit}/${all}`).join(', ')}`);
  }
}

async function variants() {
  const truth = await writeCorpus(folder);
  const n = truth.length;
  const configs = {
    'one pass': { passes: [0] },
    'one pass, adaptive Otsu': { passes: [0], thresholding: 1 },
    'one pass, Sauvola': { passes: [0], thresholding: 2 },
    'one pass + backdrop': { passes: [0], backdropLook: 'upright' },
    'passes 0, ±10°': {},
    'passes, adaptive Otsu': { thresholding: 1 },
    'passes, Sauvola': { thresholding: 2 },
    'passes + invert look': { secondLook: 'invert' },
    'passes + clahe look': { secondLook: 'clahe' },
    'passes + backdrop upright': { backdropLook: 'upright' },
    'passes + backdrop every pass': { backdropLook: 'every-pass' },
    'passes, adaptive Otsu + backdrop upright': { thresholding: 1, backdropLook: 'upright' },
    'passes, Sauvola + backdrop upright': { thresholding: 2, backdropLook: 'upright' },
    'defaults': {},
    'defaults + global-Otsu quiet pass': { quietThresholding: 0 },
    'defaults + small-print crops x2': { smallPrintScale: 2 },
    'defaults + small-print crops x3': { smallPrintScale: 3 },
    'defaults + quiet pass + crops x3': { quietThresholding: 0, smallPrintScale: 3 },
  };
  for (const [label, options] of Object.entries(configs)) {
    if (argument && !label.includes(argument)) continue;
    const run = runChild({ options: { engine: 'tesseract', concurrency: 2, ...options } });
    const quality = score(truth, run.texts);
    console.log(`${label.padEnd(42)} recall ${percent(quality.tolerant, quality.planted).padStart(6)} (exact ${percent(quality.exact, quality.planted)}), false hits ${quality.falseHits}, ${(run.ms / n).toFixed(0)} ms/image | ${Object.entries(quality.byKind).map(([kind, [hit, all]]) => `${kind} ${hit}/${all}`).join(' ')}`);
  }
}

const [mode, argument] = process.argv.slice(2);
if (mode === '--child') await child(JSON.parse(argument));
else if (mode === '--variants') await variants();
else await bench();

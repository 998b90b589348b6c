#!/usr/bin/env node
// OCR part of the bench: recall of planted brand tokens on a generated corpus, images/s with
// 1 and 2 tesseract.js workers, cold vs warm cache, peak RSS, and the native `tesseract` CLI
// on the same images (OMP_THREAD_LIMIT=1, PSM 11) as the baseline.
//   node scripts/bench/ocr.mjs             the bench (needs `pnpm build` first)
//   node scripts/bench/ocr.mjs --variants  recall/time of preprocessing variants (docs/images.md)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRANDS, KINDS, OBJECT_KINDS, writeCorpus } from './ocr-corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = join(root, '.bench', 'ocr');
const MIN_CONFIDENCE = 0.5;

/** Runs one configuration in a fresh process so that its peak RSS is its own. */
function runChild(config) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', JSON.stringify(config)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

async function child(config) {
  const { readImageTexts } = await import(join(root, 'packages/core/dist/image/index.js'));
  const truth = JSON.parse(readFileSync(join(folder, 'truth.json'), 'utf8'));
  const requests = truth.map(({ file }) => ({ path: file, absolutePath: join(folder, file) }));
  const started = performance.now();
  const results = await readImageTexts(requests, config.options);
  const ms = performance.now() - started;
  const texts = Object.fromEntries([...results].map(([path, result]) => [path, result.ok ? result.words.filter((word) => word.confidence >= MIN_CONFIDENCE).map((word) => word.text).join(' ') : '']));
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, texts }));
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
  const byKind = Object.fromEntries([...KINDS, ...OBJECT_KINDS].map((kind) => [kind, [0, 0]]));
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
  const one = runChild({ options: { concurrency: 1 } });
  const cold = runChild({ options: { concurrency: 2, cacheDir } });
  const warm = runChild({ options: { concurrency: 2, cacheDir } });
  const single = runChild({ options: { concurrency: 2, passes: [0] } });
  rmSync(cacheDir, { recursive: true, force: true });
  const quality = score(truth, cold.texts);
  const line = (label, run) => console.log(`  ${label.padEnd(28)} ${(run.ms / n).toFixed(0).padStart(5)} ms/image  ${((1000 * n) / run.ms).toFixed(2).padStart(6)} images/s  peak RSS ${run.maxRssMb.toFixed(0)} MB`);
  line('tesseract.js, 1 worker', one);
  line('tesseract.js, 2 workers', cold);
  line('warm cache, 2 workers', warm);
  line('one upright pass, 2 workers', single);
  console.log(`  warm / cold: ${percent(warm.ms, cold.ms)} (target ≤ 10%); peak RSS with 2 workers ${cold.maxRssMb.toFixed(0)} MB (target ≤ 600 MB)`);
  console.log(`  recall: ${quality.tolerant}/${quality.planted} = ${percent(quality.tolerant, quality.planted)} OCR-tolerant, ${percent(quality.exact, quality.planted)} exact; ${quality.falseHits} false brand hits`);
  console.log(`  by kind: ${Object.entries(quality.byKind).map(([kind, [hit, all]]) => `${kind} ${hit}/${all}`).join(', ')}`);
  if (!nativeAvailable()) return;
  const native1 = runNative(truth, 1);
  const native2 = runNative(truth, 2);
  const nativeQuality = score(truth, native2.texts);
  console.log(`  native tesseract, 1 process   ${(native1.ms / n).toFixed(0).padStart(5)} ms/image; tesseract.js 1 worker / native 1 process = ${(one.ms / native1.ms).toFixed(2)}×`);
  console.log(`  native tesseract, 2 processes ${(native2.ms / n).toFixed(0).padStart(5)} ms/image; tesseract.js 2 workers / native 2 processes = ${(cold.ms / native2.ms).toFixed(2)}× default passes, ${(single.ms / native2.ms).toFixed(2)}× one pass (target ≤ 1.5×)`);
  const singleQuality = score(truth, single.texts);
  console.log(`  one-pass recall: ${percent(singleQuality.tolerant, singleQuality.planted)} OCR-tolerant`);
  console.log(`  native recall: ${percent(nativeQuality.tolerant, nativeQuality.planted)} OCR-tolerant, ${percent(nativeQuality.exact, nativeQuality.planted)} exact; ${nativeQuality.falseHits} false brand hits`);
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
    const run = runChild({ options: { concurrency: 2, ...options } });
    const quality = score(truth, run.texts);
    console.log(`${label.padEnd(42)} recall ${percent(quality.tolerant, quality.planted).padStart(6)} (exact ${percent(quality.exact, quality.planted)}), false hits ${quality.falseHits}, ${(run.ms / n).toFixed(0)} ms/image | ${Object.entries(quality.byKind).map(([kind, [hit, all]]) => `${kind} ${hit}/${all}`).join(' ')}`);
  }
}

const [mode, argument] = process.argv.slice(2);
if (mode === '--child') await child(JSON.parse(argument));
else if (mode === '--variants') await variants();
else await bench();

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lintFiles, type EngineOptions } from '../../src/engine/run.js';
import { RESULT_PACK, ResultCache } from '../../src/engine/result-cache.js';
import type { CompiledWatchlist } from '../../src/types.js';
import { compileWatchlist } from '../../src/watchlist/index.js';
import { corpusOptions, writeSmallCorpus } from './small-corpus.js';

const test = suite('result cache');
const { dir, files } = writeSmallCorpus(30);
const cacheDir = mkdtempSync(path.join(tmpdir(), 'listinglint-cache-'));
const pack = path.join(cacheDir, RESULT_PACK);

/** A watchlist that counts the files it prefilters (each file's front matter once), i.e. the files that were linted, not taken from the cache. */
function counting(options: EngineOptions): { watchlist: CompiledWatchlist; linted: () => number } {
  const compiled = compileWatchlist(options.watchlistSources!);
  let count = 0;
  const matcher = { scan: compiled.matcher.scan.bind(compiled.matcher), mayMatch: (raw: string) => (raw.startsWith('---') && count++, compiled.matcher.mayMatch(raw)) };
  return { watchlist: { ...compiled, matcher }, linted: () => count };
}

async function run(extra: Partial<EngineOptions> = {}) {
  const options = corpusOptions(dir, files, { cacheDir, ...extra });
  const { watchlist, linted } = counting(options);
  const result = await lintFiles({ ...options, watchlist: extra.watchlistSources ? undefined : watchlist });
  return { ...result, linted: linted() };
}

test.before.each(() => rmSync(cacheDir, { recursive: true, force: true }));
test.after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

test('a warm run lints nothing and gives the same report and sources', async () => {
  const cold = await run();
  assert.is(cold.linted, 30);
  assert.ok(existsSync(pack));
  const warm = await run();
  assert.is(warm.linted, 0);
  assert.equal(warm.report, cold.report);
  assert.equal([...warm.sources], [...cold.sources]);
  // 58 of the warnings are marketplace/repeated-words: the corpus's titles cycle five words.
  assert.equal(cold.report.summary, { files: 30, listings: 29, images: 0, errors: 4, warnings: 68, infos: 0 });
});

test('a stat signature noted for an unchanged file is saved with its entry, and only a new one marks the pack changed', () => {
  const outcome = () => ({ file: 'a.md', findings: [], listings: [], framed: true });
  const cache = ResultCache.open(cacheDir, 'context');
  cache.set('a.md', { hash: 'h1', outcome: outcome() });
  cache.save();
  const again = ResultCache.open(cacheDir, 'context');
  assert.is(again.known('a.md')?.stat, undefined);
  again.restat('a.md', '10:2:3:4');
  again.save();
  assert.equal(ResultCache.open(cacheDir, 'context').known('a.md'), { hash: 'h1', stat: '10:2:3:4', outcome: outcome() });
  const before = readFileSync(pack, 'utf8');
  rmSync(pack);
  const same = ResultCache.open(cacheDir, 'context');
  same.restat('a.md', '10:2:3:4');
  same.save();
  assert.is(existsSync(pack), false);
  assert.ok(before.includes('"stat":"10:2:3:4"'));
});

test('a changed file is linted again, alone, and duplicate SKUs are recomputed', async () => {
  await run();
  const original = readFileSync(files[9], 'utf8');
  try {
    writeFileSync(files[9], original.replace('sku: SKU-8', 'sku: SKU-9'));
    const changed = await run();
    assert.is(changed.linted, 1);
    assert.equal(changed.report.summary, { files: 30, listings: 29, images: 0, errors: 3, warnings: 68, infos: 0 });
  } finally {
    writeFileSync(files[9], original);
  }
  const back = await run();
  assert.is(back.linted, 1);
  assert.is(back.report.summary.errors, 4);
});

test('another watchlist, config setting, rule severity or tool version lints every file again', async () => {
  await run();
  assert.is((await run()).linted, 0);
  assert.is((await run({ settings: { ...corpusOptions(dir, files).settings, defaults: { marketplace: 'amazon.de' } } })).linted, 30);
  const rules = corpusOptions(dir, files).rules.map((r) => (r.rule.id === 'listing/duplicate-sku' ? { ...r, severity: 'warning' as const } : r));
  assert.is((await run({ rules })).linted, 30);
  assert.is((await run({ toolVersion: '9.9.9' })).linted, 30);
  const watchlistSources = [{ file: 'brands.yaml', text: `${corpusOptions(dir, files).watchlistSources![0].text}\n# edited\n` }];
  await run({ watchlistSources });
  assert.is((await run({ watchlistSources })).linted, 0, 'the new watchlist is cached in turn');
});

test('today counts only when an authorization can expire', async () => {
  const authorizations = [{ mark: 'nike', skus: ['SKU-0'] }];
  const settings = (today: string, until?: string) => ({
    ...corpusOptions(dir, files).settings,
    today,
    authorizations: authorizations.map((a) => ({ ...a, ...(until ? { until } : {}) })),
  });
  await run({ settings: settings('2025-06-01') });
  assert.is((await run({ settings: settings('2025-06-02') })).linted, 0);
  await run({ settings: settings('2025-06-01', '2025-12-31') });
  assert.is((await run({ settings: settings('2025-06-02', '2025-12-31') })).linted, 30);
});

test('a corrupt or foreign pack is ignored and rewritten', async () => {
  const cold = await run();
  writeFileSync(pack, '{"format":"listinglint-text-results/1","context":');
  const corrupt = await run();
  assert.is(corrupt.linted, 30);
  assert.equal(corrupt.report, cold.report);
  assert.is((await run()).linted, 0, 'the pack was rewritten');
  writeFileSync(pack, JSON.stringify({ format: 'something-else/1', entries: {} }));
  assert.is((await run()).linted, 30);
});

test('the pack is written in ASCII (what is not ASCII as escapes) and read back the same; a pack with other bytes is ignored', async () => {
  // A listing whose finding quotes letters beyond ASCII.
  const folder = mkdtempSync(path.join(tmpdir(), 'listinglint-ascii-'));
  const file = path.join(folder, 'café.md');
  writeFileSync(file, '---\nsku: É-1\nmarketplace: amazon.com\ncategory: electronics\ntitle: "Soft case for Nïke — café 🎧"\n---\nBody.\n');
  const options = corpusOptions(folder, [file], { cacheDir });
  const cold = await lintFiles(options);
  assert.ok(cold.report.results[0].findings.some((finding) => finding.matchedText === 'Nïke'));
  const bytes = readFileSync(pack);
  assert.ok(bytes.every((byte) => byte < 0x80));
  const text = bytes.toString('latin1');
  assert.ok(text.includes('N\\u00efke'));
  const warm = await lintFiles(options);
  assert.equal(warm.report, cold.report);
  assert.equal(readFileSync(pack), bytes, 'nothing changed: the pack was not rewritten');
  // The same pack with the escape written out as UTF-8 is not one this version wrote: ignored, and rewritten.
  writeFileSync(pack, text.replace('N\\u00efke', 'Nïke'));
  assert.equal((await lintFiles(options)).report, cold.report);
  assert.equal(readFileSync(pack), bytes);
  rmSync(folder, { recursive: true, force: true });
});

test('without a cache folder nothing is read or written', async () => {
  const options = corpusOptions(dir, files);
  await lintFiles(options);
  assert.not.ok(existsSync(pack));
});

test('the marks of each watchlist file: counted on the run that compiles it, kept in the pack for warm runs, not known without either', async () => {
  const options = corpusOptions(dir, files, { cacheDir });
  const marks = compileWatchlist(options.watchlistSources!).marks.size;
  const cold = await lintFiles(options);
  assert.equal(cold.watchlistMarks, [marks]);
  const warm = await lintFiles(options);
  assert.equal(warm.watchlistMarks, [marks]);
  assert.equal((JSON.parse(readFileSync(pack, 'utf8')) as { watchlistMarks: number[] }).watchlistMarks, [marks]);
  // A watchlist compiled by the caller has no sources to count against.
  const given = await lintFiles({ ...options, cacheDir: undefined, watchlist: compileWatchlist(options.watchlistSources!), watchlistSources: undefined });
  assert.is(given.watchlistMarks, undefined);
});

test.run();

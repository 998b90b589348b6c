import { rmSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lintFiles } from '../../src/engine/run.js';
import { fileLinter } from '../../src/engine/lint-file.js';
import { serialiseRunContext } from '../../src/engine/run-context.js';
import { LintPool } from '../../src/engine/lint-pool.js';
import { readListingTexts } from '../../src/engine/read-listing-texts.js';
import { compileWatchlist } from '../../src/watchlist/index.js';
import { corpusOptions, writeSmallCorpus } from './small-corpus.js';

const test = suite('lint pool');
const { dir, files } = writeSmallCorpus(240);

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('1 and 2 threads give the same report, findings included', async () => {
  const one = await lintFiles(corpusOptions(dir, files, { concurrency: 1 }));
  const two = await lintFiles(corpusOptions(dir, files, { concurrency: 2, workerThreshold: 1 }));
  assert.equal(two.report, one.report);
  assert.equal([...two.sources], [...one.sources]);
  // 478 of the warnings are marketplace/repeated-words: the corpus's titles cycle five words (Amazon allows a word twice).
  assert.equal(one.report.summary, { files: 240, listings: 239, images: 0, errors: 25, warnings: 558, infos: 0 });
});

test('3 threads (2 workers) give the same report', async () => {
  const one = await lintFiles(corpusOptions(dir, files, { concurrency: 1 }));
  const three = await lintFiles(corpusOptions(dir, files, { concurrency: 3, workerThreshold: 1 }));
  assert.equal(three.report, one.report);
});

/** A one-worker pool set up as the engine sets it up (`rules`: added to what it is sent), the main thread's context and the read files. */
function startPool(extraRules: Array<{ id: string; severity: 'error' }> = []) {
  const options = corpusOptions(dir, files);
  const watchlist = compileWatchlist(options.watchlistSources!);
  const run = { cwd: dir, root: dir, rules: options.rules, settings: options.settings, reportUnusedDisables: false, toolVersion: 'test' };
  const pool = LintPool.start(1);
  const serialised = serialiseRunContext(run);
  pool.setup({
    context: { ...serialised, rules: [...serialised.rules, ...extraRules] },
    marks: [...watchlist.marks.values()],
    watchlistFiles: watchlist.files,
    watchlistHash: watchlist.hash,
    facts: {},
  });
  return { pool, lintHere: fileLinter({ run, watchlist, facts: {} }), inputs: readListingTexts(files, dir, false) };
}

test('a worker lints batches and gives what the main thread gives for them, also reading the files itself', async () => {
  const { pool, lintHere, inputs } = startPool();
  try {
    const expected = inputs.map(lintHere);
    assert.equal(await pool.run(inputs, lintHere), expected);
    assert.ok(pool.workerBatches > 0, 'the worker linted nothing');
    // Left unread, each file is read by the lane that lints it.
    const unread = readListingTexts(files, dir, false, { deferred: true });
    assert.ok(unread.every((input) => input.unread === true && input.text === undefined));
    const before = pool.workerBatches;
    assert.equal(await pool.run(unread, lintHere), expected);
    assert.ok(pool.workerBatches > before, 'the worker linted nothing unread');
  } finally {
    await pool.close();
  }
});

test('a worker that cannot use its setup (a rule it does not know) lints nothing: the main thread lints every batch', async () => {
  const { pool, lintHere, inputs } = startPool([{ id: 'plugin/not-in-a-worker', severity: 'error' }]);
  try {
    assert.equal(await pool.run(inputs, lintHere), inputs.map(lintHere));
    assert.is(pool.workerBatches, 0);
  } finally {
    await pool.close();
  }
});

test.run();

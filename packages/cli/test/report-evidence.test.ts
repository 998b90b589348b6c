import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, scratchProject, smallWatchlist } from './cli-io.js';

const config = 'watchlists: [watchlist.yaml]\n';
const listing = (sku: string, title: string) => `---\nsku: ${sku}\nmarketplace: amazon.com\ncategory: electronics\nbrand: Voltix\ntitle: ${title}\n---\n`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

// One error (SONY-style) and one warning (compatible with SONY) in two listings.
const project = () =>
  scratchProject({
    'listinglint.config.yaml': config,
    'watchlist.yaml': smallWatchlist,
    'a.md': listing('A', 'Voltix SONY style headphones'),
    'b.md': listing('B', 'Voltix case compatible with SONY Xperia 1'),
  });

const run = (argv: string[], cwd: string) => runCli(argv, cwd, {}, { now: () => new Date('2026-11-29T13:47:09.123Z') });

const evidence = suite('report evidence, --quiet and --max-warnings in the CLI');

evidence('the JSON report carries the run: start, version, config and watchlist hashes, mark count, presets, OCR', async () => {
  const root = project();
  const { code, stdout } = await run(['--no-cache', '--no-ocr', '--format', 'json'], root);
  assert.is(code, 1);
  const report = JSON.parse(stdout);
  assert.equal(Object.keys(report), ['version', 'tool', 'run', 'results', 'summary']);
  // The scratch project lies outside any git repository: no `git`.
  assert.equal(report.run, {
    startedAt: '2026-11-29T13:47:09.123Z',
    toolVersion: '0.1.0',
    config: { path: 'listinglint.config.yaml', hash: sha256(config) },
    watchlists: [{ path: 'watchlist.yaml', hash: sha256(smallWatchlist), marks: 2 }],
    presets: ['amazon', 'walmart', 'ebay', 'etsy'].map((name) => ({ name, version: '2026-11-29' })),
    ocr: { enabled: false },
  });
});

evidence('--format html writes one page under a strict CSP with the run and the findings embedded as JSON', async () => {
  const root = project();
  const { code, stdout } = await run(['--no-cache', '--no-ocr', '--format', 'html'], root);
  assert.is(code, 1);
  assert.ok(stdout.startsWith('<!doctype html>'));
  assert.match(stdout, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'; img-src data:;/);
  const data = JSON.parse(/<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(stdout)![1]);
  assert.equal(data.runs.map((entry: { startedAt: string }) => entry.startedAt), ['2026-11-29T13:47:09.123Z']);
  assert.equal(
    data.files.map((file: { path: string; listings: { sku: string; findings: { severity: string }[] }[] }) => [file.path, file.listings.map((l) => [l.sku, l.findings.map((f) => f.severity)])]),
    [['a.md', [['A', ['error']]]], ['b.md', [['B', ['warning']]]]],
  );
});

evidence('--quiet shows errors only and says what it left out; warnings still count for --max-warnings', async () => {
  const root = project();
  const { code, stdout } = await runCli(['--no-cache', '--no-ocr', '--quiet', '--max-warnings', '0'], root);
  assert.is(code, 1);
  assert.not.ok(stdout.includes('b.md'));
  assert.ok(stdout.includes('a.md\n'));
  assert.ok(stdout.endsWith('✖ 2 problems (1 error, 1 warning, 0 info)\n  2 files, 2 listings, 0 images checked\n  1 warning and 0 info not shown (--quiet)\n  1 warning, more than --max-warnings 0\n'), stdout);
  const json = await runCli(['--no-cache', '--no-ocr', '--quiet', '--format', 'json'], root);
  assert.equal(JSON.parse(json.stdout).results.map((result: { findings: { severity: string }[] }) => result.findings.map((f) => f.severity)), [['error'], []]);
});

evidence('--max-warnings: the terminal summary says why the run fails; other formats say it on stderr', async () => {
  const root = scratchProject({ 'listinglint.config.yaml': config, 'watchlist.yaml': smallWatchlist, 'b.md': listing('B', 'Voltix case compatible with SONY Xperia 1') });
  const terminal = await runCli(['--no-cache', '--no-ocr', '--max-warnings', '0'], root);
  assert.equal([terminal.code, terminal.stderr], [1, '']);
  assert.ok(terminal.stdout.endsWith('  1 warning, more than --max-warnings 0\n'), terminal.stdout);
  const json = await runCli(['--no-cache', '--no-ocr', '--max-warnings', '0', '--format', 'json'], root);
  assert.equal([json.code, json.stderr], [1, 'listinglint: 1 warning, more than --max-warnings 0\n']);
  const within = await runCli(['--no-cache', '--no-ocr', '--max-warnings', '1'], root);
  assert.equal([within.code, within.stdout.includes('--max-warnings')], [0, false]);
});

evidence('merge keeps each shard’s run', async () => {
  const root = project();
  await run(['--no-cache', '--no-ocr', '--format', 'json', '--output', 's1.json', 'a.md'], root);
  await run(['--no-cache', '--no-ocr', '--format', 'json', '--output', 's2.json', 'b.md'], root);
  const merged = await run(['merge', 's1.json', 's2.json', '--format', 'json'], root);
  const report = JSON.parse(merged.stdout);
  assert.equal(Object.keys(report), ['version', 'tool', 'runs', 'results', 'summary']);
  const shard = JSON.parse(readFileSync(`${root}/s1.json`, 'utf8')).run;
  assert.equal(report.runs, [shard, JSON.parse(readFileSync(`${root}/s2.json`, 'utf8')).run]);
});

evidence.run();

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { config, findingList, listing, makeProject, runCli, runJson, watchlist, writeFiles } from './fixtures/cli-project.js';

const test = suite('ci-gate (built CLI)');

/** Seven listings, four with marks in the title, so shards have something to split. */
function catalogue(): Record<string, string> {
  return {
    'listinglint.config.yaml': config,
    'watchlist.yaml': watchlist,
    'listings/a.md': listing('A-1', 'NIKE running socks'),
    'listings/b.md': listing('B-1', 'Plain cotton socks'),
    'listings/c.md': listing('C-1', 'Sony headphones case'),
    'listings/d/e.md': listing('D-1', 'Socks like N1ke'),
    'listings/f.listing.json': '{"sku": "F-1", "title": "NIKE cap"}\n',
    'listings/g.md': listing('G-1', 'Wool hat'),
    'listings/h.md': listing('H-1', 'Hat, NIKE logo'),
    'README.md': '# Not a listing\n',
  };
}

test('shards 1..N merged equal the unsharded run, in JSON and SARIF', () => {
  const dir = makeProject(catalogue());
  const whole = runCli(dir, ['--no-ocr', '--format', 'json']);
  assert.is(whole.code, 1, whole.stderr);
  const wholeReport = JSON.parse(whole.stdout);
  assert.is(wholeReport.results.length, 7);
  const shardFiles: string[] = [];
  const seen: string[] = [];
  for (const k of [1, 2, 3]) {
    const out = `shard-${k}.json`;
    const shard = runCli(dir, ['--no-ocr', '--shard', `${k}/3`, '--format', 'json', '--output', out]);
    assert.ok(shard.code === 0 || shard.code === 1, shard.stderr);
    seen.push(...JSON.parse(readFileSync(join(dir, out), 'utf8')).results.map((r: { filePath: string }) => r.filePath));
    shardFiles.push(out);
  }
  assert.equal(seen.sort(), wholeReport.results.map((r: { filePath: string }) => r.filePath));
  const merged = runCli(dir, ['merge', ...shardFiles, '--format', 'json']);
  assert.is(merged.code, 1, merged.stderr);
  // The same report but for the evidence: one run for the whole, each shard's run when merged.
  const { runs, ...mergedReport } = JSON.parse(merged.stdout);
  const { run, ...unsharded } = wholeReport;
  assert.equal(mergedReport, unsharded);
  assert.is(runs.length, 3);
  for (const shardRun of runs) assert.equal({ ...shardRun, startedAt: run.startedAt }, run);
  const sarifWhole = JSON.parse(runCli(dir, ['--no-ocr', '--format', 'sarif']).stdout);
  const sarif = JSON.parse(runCli(dir, ['merge', ...shardFiles, '--format', 'sarif']).stdout);
  assert.is(sarif.runs.length, 1);
  assert.is(sarif.runs[0].invocations.length, 3);
  assert.is(sarifWhole.runs[0].invocations.length, 1);
  for (const log of [sarif, sarifWhole]) {
    delete log.runs[0].invocations;
    delete log.runs[0].properties;
  }
  assert.equal(sarif, sarifWhole);
});

test('a baseline suppresses known findings and still fails on a mark added after lines moved', () => {
  const dir = makeProject(catalogue());
  const update = runCli(dir, ['--no-ocr', '--baseline', 'baseline.json', '--update-baseline']);
  assert.is(update.code, 0, update.stderr);
  const gated = runJson(dir, ['--no-ocr', '--baseline', 'baseline.json']);
  assert.is(gated.code, 0, gated.stderr);
  assert.equal(findingList(gated.report), []);
  assert.is(gated.report.summary.suppressed, 5);
  // Lines inserted above the old finding, and a new NIKE in a bullet.
  writeFiles(dir, {
    'listings/a.md': '---\nsku: A-1\n# a comment\n# another\ntitle: "NIKE running socks"\nbullets:\n  - "Cushioned like NIKE"\n---\nSoft cotton.\n',
  });
  const after = runJson(dir, ['--no-ocr', '--baseline', 'baseline.json']);
  assert.is(after.code, 1, after.stderr);
  assert.equal(findingList(after.report), ['listings/a.md:7 trademark/text nike']);
  assert.is(after.report.summary.suppressed, 5);
});

test('--changed-since lints exactly the changed listing', () => {
  const dir = makeProject(catalogue());
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.test');
  git('config', 'user.name', 't');
  git('add', '.');
  git('commit', '-q', '-m', 'catalogue');
  writeFiles(dir, { 'listings/g.md': listing('G-1', 'Wool hat for SONY fans') });
  const run = runJson(dir, ['--no-ocr', '--changed-since', 'HEAD']);
  assert.equal(run.report.results.map((r) => r.filePath), ['listings/g.md']);
  assert.equal(findingList(run.report), ['listings/g.md:3 trademark/text sony']);
  const bad = runCli(dir, ['--no-ocr', '--changed-since', 'no-such-ref']);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, '--changed-since no-such-ref: no such git commit or ref');
  writeFileSync(join(dir, 'watchlist.yaml'), `${watchlist}\n`);
  const all = runJson(dir, ['--no-ocr', '--changed-since', 'HEAD']);
  assert.is(all.report.results.length, 7);
});

test('--max-warnings 0 fails when there are warnings; --fail-on warning too', () => {
  const dir = makeProject({
    'listinglint.config.yaml': config,
    'watchlist.yaml': watchlist,
    'listings/a.md': listing('A-1', 'Plain socks', '').replace('Soft cotton.', '<!-- listinglint-disable-next-line -->\nSoft cotton.'),
  });
  const plain = runJson(dir, ['--no-ocr']);
  assert.is(plain.code, 0, plain.stderr);
  assert.equal(findingList(plain.report), ['listings/a.md:5 disable/missing-reason']);
  assert.is(runCli(dir, ['--no-ocr', '--max-warnings', '0']).code, 1);
  assert.is(runCli(dir, ['--no-ocr', '--max-warnings', '1']).code, 0);
  assert.is(runCli(dir, ['--no-ocr', '--fail-on', 'warning']).code, 1);
  assert.is(runCli(dir, ['--no-ocr', '--fail-on', 'nope']).code, 2);
});

test('inline disables and ignores suppress; --report-unused-disables reports leftovers', () => {
  const dir = makeProject({
    'listinglint.config.yaml': config,
    'watchlist.yaml': watchlist,
    'listings/a.md': [
      '---',
      'sku: A-1',
      '# listinglint-disable-next-line trademark/text -- authorized reseller, AUTH-7',
      'title: "NIKE socks"',
      'bullets:',
      '  - "SONY cable"  # listinglint-disable-line trademark/text -- compatibility reviewed',
      '  - "plain"  # listinglint-disable-line -- stale',
      'listinglint:',
      '  ignore:',
      '    - { mark: sony, reason: "left over" }',
      '---',
      'Soft cotton.',
      '',
    ].join('\n'),
  });
  const quiet = runJson(dir, ['--no-ocr']);
  assert.is(quiet.code, 0, quiet.stderr);
  assert.equal(findingList(quiet.report), []);
  const loud = runJson(dir, ['--no-ocr', '--report-unused-disables']);
  assert.equal(findingList(loud.report), ['listings/a.md:7 disable/unused']);
});

test.run();

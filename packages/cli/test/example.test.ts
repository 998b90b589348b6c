import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const example = path.join(repo, 'fixtures/example');
const expectedFile = path.join(repo, 'fixtures/example.expected.json');
const bin = path.join(repo, 'packages/cli/bin/listinglint.js');

/** Runs the built CLI as a user would. */
function listinglint(args: string[], cwd = example) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const e2e = suite('the built CLI on fixtures/example');

e2e('lints the example repository and writes the expected JSON report', () => {
  const cache = mkdtempSync(path.join(tmpdir(), 'listinglint-cache-'));
  const { code, stdout, stderr } = listinglint(['--format', 'json', '--cache-location', cache]);
  assert.is(stderr, '');
  assert.is(code, 1);
  // The run's evidence (start time, commit) changes with every run: checked apart, not pinned.
  const { run, ...report } = JSON.parse(stdout);
  assert.equal(Object.keys(run).filter((key) => key !== 'git'), ['startedAt', 'toolVersion', 'config', 'watchlists', 'presets', 'ocr']);
  assert.equal([run.toolVersion, run.config.path, run.watchlists.map((w: { path: string; marks: number }) => [w.path, w.marks]), run.presets], [
    '0.1.0',
    'listinglint.config.yaml',
    [['watchlists/brands.yaml', 16]],
    ['amazon', 'walmart', 'ebay', 'etsy'].map((name) => ({ name, version: '2026-11-29' })),
  ]);
  assert.equal([run.ocr.enabled, run.ocr.engine], [true, 'paddle']);
  if (process.env.UPDATE_EXPECTED === '1') {
    writeFileSync(expectedFile, `${JSON.stringify(report, null, 2)}\n`);
  }
  assert.equal(report, JSON.parse(readFileSync(expectedFile, 'utf8')));
});

e2e('--output writes the report to a file and a summary to stderr', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'listinglint-out-')), 'r.json');
  const { code, stdout, stderr } = listinglint(['--format', 'json', '--no-ocr', '--no-cache', '--output', out]);
  assert.is(code, 1);
  assert.is(stdout, '');
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const { errors, warnings, infos, files, listings, images } = report.summary;
  assert.is(
    stderr,
    `✖ ${errors + warnings + infos} problems (${errors} errors, ${warnings} warnings, ${infos} info)\n` +
      `  ${files} files, ${listings} listings, ${images} images checked\n  report written to ${out}\n`,
  );
  assert.equal(Object.keys(report), ['version', 'tool', 'run', 'results', 'summary']);
  assert.equal(report.tool, { name: 'listinglint', version: '0.1.0' });
});

e2e('the terminal output of the example fits 100 columns per line, code frames aside', () => {
  const { code, stdout } = listinglint(['--no-ocr', '--no-cache']);
  assert.is(code, 1);
  const lines = stdout.split('\n');
  assert.ok(lines.length > 80, `${lines.length} lines`);
  // A code frame line is `  12 | source` (or `     | ^^^`) after the indent.
  assert.equal(lines.filter((line) => [...line].length > 100 && !/^\s+\d*\s\|/.test(line)), []);
});

e2e('--help and --version exit 0', () => {
  const help = listinglint(['--help']);
  assert.is(help.code, 0);
  assert.ok(help.stdout.startsWith('listinglint [paths or globs...]'));
  assert.equal(listinglint(['--version']), { code: 0, stdout: '0.1.0\n', stderr: '' });
});

e2e('a config that does not parse exits 2 naming the file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'listinglint-bad-'));
  writeFileSync(path.join(dir, 'listinglint.config.yaml'), 'watchlists: [a\n');
  const { code, stdout, stderr } = listinglint([], dir);
  assert.is(code, 2);
  assert.is(stdout, '');
  assert.match(stderr, /^listinglint: listinglint\.config\.yaml:2: /);
});

e2e.run();

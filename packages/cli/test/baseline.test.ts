import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { FileResult, Finding, Report } from '@listinglint/core';
import {
  applyBaseline,
  createBaseline,
  formatBaseline,
  gateWithBaseline,
  parseBaseline,
  readBaseline,
  writeBaseline,
} from '../src/baseline.js';

const test = suite('baseline');

function finding(line: number, matchedText: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'trademark/text',
    severity: 'error',
    message: 'm',
    url: 'u',
    file: 'listings/a.md',
    line,
    column: 1,
    endLine: line,
    endColumn: 5,
    field: 'title',
    sku: 'A-1',
    markId: 'nike',
    matchedText,
    ...extra,
  };
}

function result(findings: Finding[], filePath = 'listings/a.md'): FileResult {
  return { filePath, errorCount: 0, warningCount: 0, infoCount: 0, findings };
}

test('records counts per identity, never lines, sorted, and skips parse errors', () => {
  const baseline = createBaseline([
    result([
      finding(3, 'N1ke'),
      finding(9, 'n-1-k-e'),
      finding(4, 'NIKE', { field: 'bullets[0]', severity: 'warning' }),
      finding(1, '', { ruleId: 'listing/parse-error', fatal: true, markId: undefined, matchedText: undefined }),
    ]),
    result([finding(2, 'Sony', { file: 'listings/0.md', markId: 'sony', image: { path: 'listings/main.jpg', bbox: { x: 0, y: 0, width: 1, height: 1 }, confidence: 1 } })], 'listings/0.md'),
  ]);
  assert.equal(baseline.entries, [
    { file: 'listings/0.md', sku: 'A-1', field: 'title', ruleId: 'trademark/text', markId: 'sony', text: 'sony', image: 'listings/main.jpg', count: 1, severity: 'error' },
    { file: 'listings/a.md', sku: 'A-1', field: 'bullets[0]', ruleId: 'trademark/text', markId: 'nike', text: 'nike', count: 1, severity: 'warning' },
    { file: 'listings/a.md', sku: 'A-1', field: 'title', ruleId: 'trademark/text', markId: 'nike', text: 'n1ke', count: 2, severity: 'error' },
  ]);
});

test('suppresses known findings after lines move and keeps a newly added mark', () => {
  const baseline = createBaseline([result([finding(3, 'N1ke'), finding(4, 'NIKE', { field: 'bullets[0]' })])]);
  const moved = [finding(13, 'N1ke'), finding(14, 'nike', { field: 'bullets[0]' }), finding(15, 'NIKE', { field: 'bullets[0]' })];
  const outcome = applyBaseline([result(moved)], baseline);
  assert.equal(outcome.results[0].findings.map((f) => f.line), [15]);
  assert.equal([outcome.results[0].errorCount, outcome.results[0].warningCount], [1, 0]);
  assert.equal(outcome.suppressed.map((f) => [f.line, f.suppressed]), [[13, 'baseline'], [14, 'baseline']]);
  assert.equal(outcome.stale, []);
});

test('reports entries that no longer occur as stale, only for linted files', () => {
  const baseline = createBaseline([
    result([finding(3, 'N1ke'), finding(5, 'N1KE')]),
    result([finding(1, 'Sony', { file: 'b.md', markId: 'sony' })], 'b.md'),
  ]);
  const outcome = applyBaseline([result([finding(3, 'N1ke')])], baseline);
  assert.equal(outcome.results[0].findings, []);
  assert.equal(outcome.stale, [{ file: 'listings/a.md', sku: 'A-1', field: 'title', ruleId: 'trademark/text', markId: 'nike', text: 'n1ke', count: 1, severity: 'error' }]);
});

test('never suppresses parse errors', () => {
  const parseError = finding(1, '', { ruleId: 'listing/parse-error', fatal: true, markId: undefined, matchedText: undefined, field: undefined });
  const baseline = { version: 1 as const, entries: [{ file: 'listings/a.md', sku: 'A-1', ruleId: 'listing/parse-error', count: 1 }] };
  const outcome = applyBaseline([result([parseError])], baseline);
  assert.is(outcome.results[0].errorCount, 1);
});

test('updating from a partial run keeps the other files entries', () => {
  const previous = createBaseline([result([finding(3, 'N1ke')]), result([finding(1, 'x', { file: 'b.md' })], 'b.md')]);
  const next = createBaseline([result([])], previous);
  assert.equal(next.entries.map((entry) => entry.file), ['b.md']);
});

test('an entry hides a finding only at the same or a lower severity and use: one that got worse fails the gate', () => {
  const baseline = createBaseline([result([finding(3, 'Nike', { severity: 'warning', use: 'nominative' })])]);
  assert.equal([baseline.entries[0].severity, baseline.entries[0].use], ['warning', 'nominative']);
  const worse = applyBaseline([result([finding(3, 'Nike', { severity: 'error', use: 'counterfeit' })])], baseline);
  assert.equal([worse.results[0].errorCount, worse.suppressed.length], [1, 0]);
  const sameUseWorseSeverity = applyBaseline([result([finding(3, 'Nike', { severity: 'error', use: 'nominative' })])], baseline);
  assert.is(sameUseWorseSeverity.suppressed.length, 0);
  const milder = applyBaseline([result([finding(3, 'Nike', { severity: 'info', use: 'nominative' })])], baseline);
  assert.is(milder.suppressed.length, 1);
  // An entry written by an older version (no severity, no use) hides any grade, as it did.
  const old = { version: 1 as const, entries: [{ file: 'listings/a.md', sku: 'A-1', field: 'title', ruleId: 'trademark/text', markId: 'nike', text: 'nike', count: 1 }] };
  assert.is(applyBaseline([result([finding(3, 'Nike', { severity: 'error', use: 'counterfeit' })])], old).suppressed.length, 1);
});

test('updating the baseline with OCR off keeps the image rules entries', () => {
  const image = finding(2, 'Sony', { ruleId: 'trademark/image', markId: 'sony', field: 'images[0]' });
  const previous = createBaseline([result([finding(3, 'N1ke'), image])]);
  const next = createBaseline([result([finding(3, 'N1ke')])], previous, new Set(['trademark/image']), false);
  assert.equal(next.entries.map((entry) => [entry.ruleId, entry.count]), [['trademark/image', 1], ['trademark/text', 1]]);
});

test('formats deterministically and round-trips through a file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-baseline-'));
  const path = join(dir, 'nested', 'baseline.json');
  const baseline = createBaseline([result([finding(3, 'N1ke')])]);
  await writeBaseline(path, baseline);
  assert.is(
    readFileSync(path, 'utf8'),
    '{\n  "version": 1,\n  "entries": [\n    {\n      "file": "listings/a.md",\n      "sku": "A-1",\n      "field": "title",\n      "ruleId": "trademark/text",\n      "markId": "nike",\n      "text": "n1ke",\n      "severity": "error",\n      "count": 1\n    }\n  ]\n}\n',
  );
  assert.equal(await readBaseline(path, { allowMissing: false }), baseline);
  assert.is(formatBaseline({ version: 1, entries: [...baseline.entries].reverse() }), formatBaseline(baseline));
});

test('missing and broken baseline files are usage errors naming the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-baseline-'));
  const missing = join(dir, 'none.json');
  assert.equal(await readBaseline(missing, { allowMissing: true }), { version: 1, entries: [] });
  try {
    await readBaseline(missing, { allowMissing: false });
    assert.unreachable();
  } catch (error) {
    assert.is((error as Error).message, `Baseline file ${missing} does not exist: create it with --update-baseline`);
    assert.is((error as { exitCode: number }).exitCode, 2);
  }
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"version": 1, "entries": [');
  try {
    await readBaseline(broken, { allowMissing: true });
    assert.unreachable();
  } catch (error) {
    assert.match((error as Error).message, `Baseline file ${broken} is not valid JSON: `);
  }
  assert.throws(
    () => parseBaseline('{"version":1,"entries":[{"file":"a.md","ruleId":"r","count":0}]}', 'b.json'),
    (error: Error) => error.message === 'Baseline file b.json is broken: entries[0].count must be a positive integer; recreate it with --update-baseline',
  );
  assert.throws(
    () => parseBaseline('{"version":2,"entries":[]}', 'b.json'),
    (error: Error) => error.message === 'Baseline file b.json is broken: expected an object with "version": 1; recreate it with --update-baseline',
  );
});

test('gateWithBaseline writes, gates, recomputes the summary and notes stale entries', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-gate-'));
  const report = (findings: Finding[]): Report => ({
    version: 1,
    tool: { name: 'listinglint', version: '0.1.0' },
    results: [{ ...result(findings), errorCount: findings.length }],
    summary: { files: 1, listings: 1, images: 0, errors: findings.length, warnings: 0, infos: 0 },
    rules: [],
    cwd: dir,
  });
  let stderr = '';
  const io = { cwd: dir, stderr: { write: (text: string) => (stderr += text) } };
  const flags = { baseline: 'b.json', updateBaseline: true, verbose: false, partial: false };
  const written = await gateWithBaseline(report([finding(3, 'N1ke'), finding(4, 'NIKE')]), flags, io);
  assert.equal(written.summary, { files: 1, listings: 1, images: 0, errors: 0, warnings: 0, infos: 0, suppressed: 2 });
  assert.is(stderr, 'listinglint: baseline b.json written with 2 findings\n');
  stderr = '';
  const gated = await gateWithBaseline(report([finding(9, 'N1ke')]), { ...flags, updateBaseline: false, verbose: true }, io);
  assert.equal([gated.summary.errors, gated.summary.suppressed], [0, 1]);
  assert.is(
    stderr,
    [
      'baseline: suppressed listings/a.md:9:1 trademark/text m',
      'listinglint: 1 baseline finding no longer occurs; run with --update-baseline to drop them',
      'baseline: stale listings/a.md trademark/text title nike "nike" (1 no longer found)',
      '',
    ].join('\n'),
  );
  const untouched = report([finding(1, 'x')]);
  assert.is(await gateWithBaseline(untouched, { ...flags, baseline: undefined }, io), untouched);
});

test.run();

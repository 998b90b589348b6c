import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { FileResult, Finding, Report, RuleDescriptor, RunEvidence } from '@listinglint/core';
import { formatJson } from '@listinglint/reporter-json';
import { deriveRules, mergeReports, parseJsonReport, readJsonReport } from '../src/merge.js';

const test = suite('merge');

const textRule: RuleDescriptor = {
  id: 'trademark/text',
  name: 'Trademark in text',
  shortDescription: 's',
  fullDescription: 'f',
  defaultSeverity: 'error',
  url: 'https://example.test/trademark/text',
};

function finding(file: string, line: number, severity: Finding['severity'], ruleId = 'trademark/text'): Finding {
  return {
    ruleId,
    severity,
    message: `${ruleId} at ${line}`,
    url: `https://example.test/${ruleId}`,
    file,
    line,
    column: 2,
    endLine: line,
    endColumn: 6,
    field: 'title',
    markId: 'nike',
    matchedText: 'NIKE',
    registration: { office: 'USPTO', number: '0978952', classes: [25] },
    fingerprint: `${file}:${line}`,
  };
}

function fileResult(filePath: string, findings: Finding[]): FileResult {
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return { filePath, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info'), findings };
}

function report(results: FileResult[], listings: number, images: number, rules: RuleDescriptor[] = [textRule]): Report {
  const total = (key: 'errorCount' | 'warningCount' | 'infoCount') => results.reduce((sum, r) => sum + r[key], 0);
  return {
    version: 1,
    tool: { name: 'listinglint', version: '0.1.0' },
    results,
    summary: { files: results.length, listings, images, errors: total('errorCount'), warnings: total('warningCount'), infos: total('infoCount') },
    rules,
    cwd: '/repo',
  };
}

const roundTrip = (value: Report, source: string) => parseJsonReport(JSON.parse(formatJson(value, {})), source);

test('merging shards gives the same JSON as the unsharded run', () => {
  const a = fileResult('a.md', [finding('a.md', 3, 'error'), finding('a.md', 5, 'warning')]);
  const b = fileResult('b.md', []);
  const c = fileResult('c/x.listing.json', [finding('c/x.listing.json', 1, 'info', 'listing/missing-marketplace')]);
  const whole = report([a, b, c], 4, 2);
  const merged = mergeReports([roundTrip(report([c, b], 3, 1), 's2'), roundTrip(report([a], 1, 1), 's1')], {
    rules: [textRule],
    cwd: '/repo',
  });
  assert.is(formatJson(merged, {}), formatJson(whole, {}));
  assert.equal(merged.rules.map((rule) => [rule.id, rule.url]), [
    ['listing/missing-marketplace', 'https://example.test/listing/missing-marketplace'],
    ['trademark/text', 'https://example.test/trademark/text'],
  ]);
  assert.equal(merged.results[0].findings[0], finding('a.md', 3, 'error'));
});

test('the merged report keeps each shard’s run evidence, in the order given; a merged report merges again', () => {
  const run = (startedAt: string): RunEvidence => ({ startedAt, toolVersion: '0.1.0', watchlists: [{ path: 'w.yaml', hash: 'c'.repeat(64), marks: 3 }], presets: [], ocr: { enabled: false } });
  const shard = (results: FileResult[], startedAt: string) => ({ ...report(results, 1, 0), version: 2 as const, run: run(startedAt) });
  const merged = mergeReports(
    [roundTrip(shard([fileResult('b.md', [])], '2026-11-29T10:00:02.000Z'), 's2'), roundTrip(shard([fileResult('a.md', [])], '2026-11-29T10:00:01.000Z'), 's1')],
    { rules: [], cwd: '/r' },
  );
  assert.equal(merged.runs, [run('2026-11-29T10:00:02.000Z'), run('2026-11-29T10:00:01.000Z')]);
  assert.is(merged.run, undefined);
  const again = mergeReports([roundTrip(merged, 'm'), roundTrip(shard([fileResult('c.md', [])], '2026-11-29T10:00:03.000Z'), 's3')], { rules: [], cwd: '/r' });
  assert.equal(again.runs?.map((entry) => entry.startedAt), ['2026-11-29T10:00:02.000Z', '2026-11-29T10:00:01.000Z', '2026-11-29T10:00:03.000Z']);
  // A run object that is not one (a foreign report) is dropped, not trusted.
  assert.equal(parseJsonReport({ version: 2, results: [], summary: {}, run: { startedAt: 5 } }, 'x').runs, []);
});

test('a file present in two reports is refused: overlapping shards would count it twice', () => {
  const a = fileResult('a.md', [finding('a.md', 3, 'error')]);
  assert.throws(
    () => mergeReports([roundTrip(report([a], 1, 0), 'x.json'), roundTrip(report([a], 1, 0), 'y.json')], { rules: [], cwd: '/r' }),
    (error: Error) => error.name === 'UsageError' && error.message === 'Reports x.json and y.json both hold a.md: merge the shards of one run, each once',
  );
});

test('sums suppressed counts when any shard used a baseline', () => {
  const one = { ...report([], 0, 0), summary: { ...report([], 0, 0).summary, suppressed: 2 } };
  const merged = mergeReports([roundTrip(one, 'x'), roundTrip(one, 'y'), roundTrip(report([], 0, 0), 'z')], { rules: [], cwd: '/r' });
  assert.is(merged.summary.suppressed, 4);
});

test('deriveRules keeps every known rule and describes unknown ones from their findings', () => {
  const results = [fileResult('a.md', [finding('a.md', 1, 'warning'), finding('a.md', 2, 'warning', 'plugin/x')])];
  assert.equal(deriveRules(results, [textRule]), [
    {
      id: 'plugin/x',
      name: 'plugin/x',
      shortDescription: 'plugin/x',
      fullDescription: 'plugin/x',
      defaultSeverity: 'warning',
      url: 'https://example.test/plugin/x',
    },
    textRule,
  ]);
  assert.equal(deriveRules([], [textRule]), [textRule]);
});

test('a malformed or unreadable report is a usage error naming it', async () => {
  assert.throws(
    () => parseJsonReport({ version: 1, results: [{ filePath: 'a.md', findings: [{ ruleId: 'x' }] }], summary: {} }, 'shard-1.json'),
    (error: Error & { exitCode: number }) =>
      error.exitCode === 2 &&
      error.message === 'Report shard-1.json is not a listinglint JSON report: results[0].findings[0] is malformed (write it with --format json)',
  );
  assert.throws(
    () => parseJsonReport({ runs: [] }, 'report.sarif'),
    (error: Error) => error.message === 'Report report.sarif is not a listinglint JSON report: "version" must be 1 or 2 (write it with --format json)',
  );
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-merge-'));
  writeFileSync(join(dir, 'bad.json'), '{"version": 1,');
  try {
    await readJsonReport(join(dir, 'bad.json'));
    assert.unreachable();
  } catch (error) {
    assert.match((error as Error).message, `Report ${join(dir, 'bad.json')} is not valid JSON: `);
  }
  try {
    await readJsonReport(join(dir, 'none.json'));
    assert.unreachable();
  } catch (error) {
    assert.match((error as Error).message, `Cannot read report ${join(dir, 'none.json')}: ENOENT`);
  }
});

test.run();

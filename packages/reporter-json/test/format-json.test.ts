import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Ajv } from 'ajv';
import type { Finding, RunEvidence } from '@listinglint/types';
import { formatJson, toJsonReport } from '../src/format-json.js';
import { sampleReport } from './fixtures/sample-report.js';

const schema = JSON.parse(readFileSync(new URL('../../../docs/schemas/report.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addFormat('date-time', (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value));
const validate = ajv.compile(schema);

const json = suite('formatJson');

json('validates against the published schema', () => {
  const output = JSON.parse(formatJson(sampleReport(), {}));
  assert.ok(validate(output), JSON.stringify(validate.errors, null, 2));
});

json('writes version, tool, results and summary, and neither rules nor cwd', () => {
  const output = JSON.parse(formatJson(sampleReport(), {}));
  assert.equal(Object.keys(output), ['version', 'tool', 'results', 'summary']);
  assert.is(output.version, 2);
  assert.equal(output.tool, { name: 'listinglint', version: '0.1.0' });
  assert.equal(output.summary, { files: 4, listings: 3, images: 1, errors: 3, warnings: 1, infos: 1 });
});

const run: RunEvidence = {
  startedAt: '2026-11-29T13:47:09.123Z',
  toolVersion: '0.1.0',
  git: { commit: '31c7e41b85f81d432cad199753bcf67456106a0a', dirty: false },
  config: { path: 'listinglint.config.yaml', hash: 'a'.repeat(64) },
  watchlists: [{ path: 'watchlists/brands.yaml', hash: 'b'.repeat(64), marks: 16 }],
  presets: [],
  ocr: { enabled: true, engine: 'paddle', model: 'PP-OCRv4' },
};

json('writes the run evidence after tool, field by field, valid against the schema', () => {
  const report = { ...sampleReport(), run: { ...run, extra: 'internal' } as RunEvidence };
  const output = JSON.parse(formatJson(report, {}));
  assert.equal(Object.keys(output), ['version', 'tool', 'run', 'results', 'summary']);
  assert.equal(output.run, run);
  assert.equal(Object.keys(output.run), ['startedAt', 'toolVersion', 'git', 'config', 'watchlists', 'presets', 'ocr']);
  assert.ok(validate(output), JSON.stringify(validate.errors, null, 2));
});

json('a run outside git, without config and OCR leaves those parts out; a merged report keeps each shard’s run', () => {
  const bare: RunEvidence = { startedAt: run.startedAt, toolVersion: '0.1.0', watchlists: [], presets: [], ocr: { enabled: false } };
  const output = JSON.parse(formatJson({ ...sampleReport(), runs: [bare, run] }, {}));
  assert.equal(Object.keys(output), ['version', 'tool', 'runs', 'results', 'summary']);
  assert.equal(output.runs, [{ startedAt: run.startedAt, toolVersion: '0.1.0', watchlists: [], presets: [], ocr: { enabled: false } }, run]);
  assert.ok(validate(output), JSON.stringify(validate.errors, null, 2));
  assert.not.ok(validate({ ...output, runs: [{ ...bare, git: { commit: 'nope', dirty: false } }] }));
});

json('keeps every file with its counts, clean files included', () => {
  const { results } = toJsonReport(sampleReport());
  assert.equal(
    results.map((result) => [result.filePath, result.errorCount, result.warningCount, result.infoCount, result.findings.length]),
    [
      ['listings/broken.md', 1, 0, 0, 1],
      ['listings/cable.listing.json', 0, 0, 1, 1],
      ['listings/clean.md', 0, 0, 0, 0],
      ['listings/shoe/listing.md', 2, 1, 0, 3],
    ],
  );
});

json('writes a text finding with its fields in the fixed order', () => {
  const finding = toJsonReport(sampleReport()).results[3].findings[0];
  assert.equal(Object.keys(finding), [
    'ruleId', 'severity', 'message', 'url', 'markId', 'matchedText', 'field', 'sku',
    'line', 'column', 'endLine', 'endColumn', 'strategy', 'confidence', 'use', 'territory',
    'registration', 'fingerprint',
  ]);
  assert.equal(finding.registration, { office: 'USPTO', number: '0978952', classes: [18, 25] });
  assert.is(finding.fingerprint, '0123456789abcdef0123456789abcdef');
});

json('writes an image finding with its image object', () => {
  const finding = toJsonReport(sampleReport()).results[3].findings[2];
  assert.equal(finding.image, { path: 'listings/shoe/main.jpg', bbox: { x: 10, y: 20, width: 200, height: 60 }, confidence: 0.91 });
  assert.equal([finding.line, finding.column, finding.endLine, finding.endColumn], [11, 5, 11, 13]);
});

json('writes optional fields only when present', () => {
  const fatal = toJsonReport(sampleReport()).results[0].findings[0];
  assert.equal(Object.keys(fatal), [
    'ruleId', 'severity', 'message', 'url', 'line', 'column', 'endLine', 'endColumn', 'fatal', 'fingerprint',
  ]);
  assert.is(fatal.fatal, true);
});

json('does not change when the core adds internal fields to a finding', () => {
  const plain = formatJson(sampleReport(), {});
  const report = sampleReport();
  const finding = report.results[3].findings[0] as Finding & { internal?: string };
  finding.internal = 'cache key';
  finding.suppressed = 'baseline';
  (report.summary as unknown as Record<string, unknown>).elapsedMs = 12;
  (report.results[3] as unknown as Record<string, unknown>).listings = [];
  assert.is(formatJson(report, {}), plain);
});

json('writes the suppressed count when a baseline suppressed findings', () => {
  const report = sampleReport();
  report.summary.suppressed = 2;
  const output = JSON.parse(formatJson(report, {}));
  assert.is(output.summary.suppressed, 2);
  assert.ok(validate(output), JSON.stringify(validate.errors));
});

json('is indented JSON ending in one newline', () => {
  const output = formatJson(sampleReport(), {});
  assert.ok(output.startsWith('{\n  "version": 2,\n  "tool": {'));
  assert.ok(output.endsWith('}\n') && !output.endsWith('}\n\n'));
});

json('the schema rejects a finding without fingerprint and unknown fields', () => {
  const output = JSON.parse(formatJson(sampleReport(), {}));
  delete output.results[3].findings[0].fingerprint;
  output.results[3].findings[1].extra = true;
  assert.not.ok(validate(output));
  assert.equal(
    validate.errors?.map((error: { instancePath: string; message?: string }) => `${error.instancePath} ${error.message}`),
    [
      "/results/3/findings/0 must have required property 'fingerprint'",
      '/results/3/findings/1 must NOT have additional properties',
    ],
  );
});

json.run();

import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import ajvDraft04 from 'ajv-draft-04';
import { formatSarif, toSarifLog } from '../src/format-sarif.js';
import type { SarifLog, SarifResult } from '../src/sarif-log.js';
import type { RunEvidence } from '@listinglint/types';
import { sampleReport } from '../../reporter-json/test/fixtures/sample-report.js';

const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
// ajv-draft-04 is CommonJS: its module object is the class and also carries it as `default`.
const AjvDraft04 = ajvDraft04.default;
const ajv = new AjvDraft04({ allErrors: true, strict: false });
for (const format of ['uri', 'uri-reference']) {
  ajv.addFormat(format, (value: string) => URL.canParse(value, 'file:///base/'));
}
ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
const validate = ajv.compile(schema);

function sampleLog(): SarifLog {
  return JSON.parse(formatSarif(sampleReport(), {}));
}

function resultAt(index: number): SarifResult {
  return toSarifLog(sampleReport()).runs[0].results[index];
}

const sarif = suite('formatSarif');

sarif('validates against the SARIF 2.1.0 schema with text and image findings', () => {
  const log = sampleLog();
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  assert.ok(log.runs[0].results.some((result: SarifResult) => result.attachments));
});

sarif('validates when there are no findings', () => {
  const report = sampleReport();
  report.results = [{ filePath: 'a.md', errorCount: 0, warningCount: 0, infoCount: 0, findings: [] }];
  const log: SarifLog = JSON.parse(formatSarif(report, {}));
  assert.ok(validate(log), JSON.stringify(validate.errors));
  assert.equal(log.runs[0].results, []);
});

sarif('the schema check can fail', () => {
  const log = sampleLog();
  (log.runs[0].results[0] as { level: string }).level = 'info';
  assert.not.ok(validate(log));
});

sarif('has every field GitHub code scanning requires', () => {
  const log = sampleLog();
  assert.is(log.version, '2.1.0');
  const run = log.runs[0];
  assert.is(run.tool.driver.name, 'listinglint');
  assert.is(run.columnKind, 'utf16CodeUnits');
  for (const rule of run.tool.driver.rules) {
    assert.ok(rule.id && rule.name && rule.shortDescription.text && rule.fullDescription.text, rule.id);
    assert.ok(rule.help.text && rule.help.markdown && rule.helpUri, rule.id);
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
  }
  for (const result of run.results) {
    assert.is(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.ok(result.message.text.length > 0);
    const location = result.locations[0].physicalLocation;
    assert.not.match(location.artifactLocation.uri, /^(\/|[a-z]+:)/i, 'relative uri');
    assert.is(location.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.ok(location.region && location.region.startLine >= 1 && location.region.startColumn >= 1);
    assert.match(result.partialFingerprints?.['listinglint/v1'] ?? '', /^[0-9a-f]{32}$/);
  }
  assert.not.match(JSON.stringify(log), /security-severity/);
});

const run: RunEvidence = {
  startedAt: '2026-11-29T13:47:09.123Z',
  toolVersion: '0.1.0',
  git: { commit: '31c7e41b85f81d432cad199753bcf67456106a0a', dirty: true },
  watchlists: [{ path: 'watchlists/brands.yaml', hash: 'b'.repeat(64), marks: 16 }],
  presets: [],
  ocr: { enabled: false },
};

sarif('carries the run evidence in an invocation and in the run properties', () => {
  const log: SarifLog = JSON.parse(formatSarif({ ...sampleReport(), run }, {}));
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  assert.equal(log.runs[0].invocations, [{ executionSuccessful: true, startTimeUtc: '2026-11-29T13:47:09.123Z', properties: { run } }]);
  assert.equal(log.runs[0].properties, { run });
  assert.is(sampleLog().runs[0].invocations, undefined);
});

sarif('a merged report has one invocation per shard', () => {
  const later = { ...run, startedAt: '2026-11-29T13:48:00.000Z' };
  const log: SarifLog = JSON.parse(formatSarif({ ...sampleReport(), runs: [run, later] }, {}));
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  assert.equal(log.runs[0].invocations?.map((invocation) => invocation.startTimeUtc), ['2026-11-29T13:47:09.123Z', '2026-11-29T13:48:00.000Z']);
  assert.equal(log.runs[0].properties, { runs: [run, later] });
});

sarif('lists every enabled rule with its docs link and default level', () => {
  const rules = toSarifLog(sampleReport()).runs[0].tool.driver.rules;
  assert.equal(
    rules.map((rule) => [rule.id, rule.name, rule.defaultConfiguration.level]),
    [
      ['trademark/text', 'TrademarkText', 'error'],
      ['trademark/image', 'TrademarkImage', 'error'],
      ['listing/parse-error', 'ListingParseError', 'error'],
      ['listing/missing-marketplace', 'ListingMissingMarketplace', 'warning'],
    ],
  );
  assert.equal(rules[0].help, {
    text: 'Third-party trademark in listing text. See the rule page for what counts and how to fix it.\n\nRule `trademark/text`: https://github.com/listinglint/listinglint/blob/main/docs/rules/trademark/text.md',
    markdown: 'Third-party trademark in listing text. See the rule page for what counts and how to fix it.\n\nSee the [`trademark/text` documentation](https://github.com/listinglint/listinglint/blob/main/docs/rules/trademark/text.md) for examples and how to fix or allow it.',
  });
  assert.is(rules[0].helpUri, 'https://github.com/listinglint/listinglint/blob/main/docs/rules/trademark/text.md');
});

sarif('adds a rule for a finding whose rule the report does not list', () => {
  const report = sampleReport();
  report.rules = report.rules.filter((rule) => rule.id !== 'listing/parse-error');
  const run = toSarifLog(report).runs[0];
  assert.is(run.results[0].ruleId, 'listing/parse-error');
  assert.is(run.tool.driver.rules[run.results[0].ruleIndex].id, 'listing/parse-error');
  assert.ok(validate(JSON.parse(formatSarif(report, {}))), JSON.stringify(validate.errors));
});

sarif('writes a text finding with level, message, region and fingerprint', () => {
  assert.equal(resultAt(2), {
    ruleId: 'trademark/text',
    ruleIndex: 0,
    level: 'error',
    message: {
      text: '`N1ke` (mark `nike`) in `title` of SKU `SHOE-001`. Unexpected mark `NIKE` (Nike, Inc., USPTO 0978952, classes 18, 25; 25 overlaps) in `title`.',
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: 'listings/shoe/listing.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 5, startColumn: 9, endLine: 5, endColumn: 13 },
        },
      },
    ],
    partialFingerprints: { 'listinglint/v1': '0123456789abcdef0123456789abcdef' },
    properties: {
      markId: 'nike',
      field: 'title',
      sku: 'SHOE-001',
      matchedText: 'N1ke',
      strategy: 'leet',
      confidence: 0.9,
      use: 'brand',
      territory: 'US',
      registration: { office: 'USPTO', number: '0978952', classes: [18, 25] },
    },
  });
});

sarif('maps info to note', () => {
  assert.is(resultAt(1).level, 'note');
  assert.is(resultAt(3).level, 'warning');
});

sarif('says where in the first sentence when nothing was matched', () => {
  assert.is(resultAt(0).message.text, 'In `listings/broken.md`: Cannot parse the front matter: unexpected end of the stream.');
  assert.is(
    resultAt(1).message.text,
    'In SKU `CABLE-001` (`listings/cable.listing.json`): No `marketplace` and no default: every registration is treated as applying.',
  );
});

sarif('keeps a message that already names the match, the field and for images the image and confidence', () => {
  const report = sampleReport();
  const [text, , image] = report.results[3].findings;
  text.message = '`N1ke` reads as NIKE (leetspeak) (Nike, Inc.; USPTO 0978952, classes 18, 25) in `title`: brand use.';
  image.message = 'NIKE (Nike, Inc.) on image `main.jpg` (`images[0]`), read as "NIKE" with 91% OCR confidence: brand use.';
  const results = toSarifLog(report).runs[0].results;
  assert.is(results[2].message.text, text.message);
  assert.is(results[4].message.text, image.message);
});

sarif('writes an image finding at the image line with the image as related location and a box', () => {
  const result = resultAt(4);
  assert.is(
    result.message.text,
    '`NIKE` (mark `nike`) read on image `listings/shoe/main.jpg` (`images[0]` of SKU `SHOE-001`) with 91% OCR confidence. Mark `NIKE` (Nike, Inc., USPTO 0978952) printed on image `images[0]`.',
  );
  assert.equal(result.locations[0].physicalLocation.region, { startLine: 11, startColumn: 5, endLine: 11, endColumn: 13 });
  assert.equal(result.relatedLocations, [
    {
      id: 1,
      physicalLocation: { artifactLocation: { uri: 'listings/shoe/main.jpg', uriBaseId: '%SRCROOT%' } },
      message: { text: 'Image `listings/shoe/main.jpg`' },
    },
  ]);
  assert.equal(result.attachments, [
    {
      description: { text: 'Where `NIKE` was read on `listings/shoe/main.jpg`' },
      artifactLocation: { uri: 'listings/shoe/main.jpg', uriBaseId: '%SRCROOT%' },
      rectangles: [{ top: 20, left: 10, bottom: 80, right: 210, message: { text: 'NIKE' } }],
    },
  ]);
  assert.is(result.properties?.confidence, 0.91);
  assert.equal(result.properties?.image, {
    path: 'listings/shoe/main.jpg',
    bbox: { x: 10, y: 20, width: 200, height: 60 },
    confidence: 0.91,
  });
});

sarif('percent-encodes paths and roots the run at the working directory', () => {
  const report = sampleReport();
  report.cwd = '/home/my shop/#1';
  report.results[3].findings[0].file = 'listings/shoe 50%/listing.md';
  const run = toSarifLog(report).runs[0];
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///home/my%20shop/%231/');
  assert.is(run.results[2].locations[0].physicalLocation.artifactLocation.uri, 'listings/shoe%2050%25/listing.md');
  report.cwd = 'C:/work/shop';
  assert.is(toSarifLog(report).runs[0].originalUriBaseIds['%SRCROOT%'].uri, 'file:///C:/work/shop/');
  assert.ok(validate(JSON.parse(formatSarif(report, {}))), JSON.stringify(validate.errors));
});

sarif('keeps regions valid for positions the model could not place', () => {
  const report = sampleReport();
  Object.assign(report.results[0].findings[0], { line: 0, column: 0, endLine: 0, endColumn: 0 });
  const region = toSarifLog(report).runs[0].results[0].locations[0].physicalLocation.region;
  assert.equal(region, { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
});

sarif.run();

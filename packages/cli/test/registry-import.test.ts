import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createRequire } from 'node:module';
import { runCli } from './cli-io.js';

const test = suite('listinglint registry import');
// fflate is core's dependency (it reads the zips); the test borrows it to write one.
const { zipSync } = createRequire(fileURLToPath(new URL('../../core/package.json', import.meta.url)))('fflate') as typeof import('fflate');
const fixtures = fileURLToPath(new URL('./fixtures/triage/', import.meta.url));
const out = () => join(mkdtempSync(join(tmpdir(), 'listinglint-registry-')), 'watchlist.yaml');

const zephyra = `  - id: uspto-97111111
    mark: "ZEPHYRA"
    owner: "Zephyra Apparel, Inc."
    registrations:
      - office: USPTO
        number: "7011111"
        serial: "97111111"
        classes: [25]
        status: registered
        source: { file: "apc261102.xml", serial: "97111111", statusCode: "700", filingDate: "2021-11-05", registrationDate: "2023-04-18" }
`;
const nuvelle = `  - id: uspto-98444444
    mark: "NUVELLE"
    owner: "Nuvelle Beauty Limited"
    registrations:
      - office: USPTO
        serial: "98444444"
        classes: [3]
        status: pending
        source: { file: "apc261102.xml", serial: "98444444", statusCode: "686", filingDate: "2025-03-01" }
`;
const header = `# Imported by \`listinglint registry import\` from apc261102.xml.
# USPTO status codes mapped to statuses by the table in docs/triage.md; ids are uspto-<serial>.
marks:
`;

test('imports every word mark of the daily file: statuses mapped, cancelled classes dropped, the last owner kept, design-only marks skipped', async () => {
  const file = out();
  const { code, stderr } = await runCli(['registry', 'import', 'apc261102.xml', '-o', file], fixtures);
  assert.is(code, 0);
  assert.is(stderr, `listinglint: 5 marks of 6 case files written to ${file} (1 design-only mark without words skipped)\n`);
  assert.is(
    readFileSync(file, 'utf8'),
    `${header}${zephyra}  - id: uspto-97222222
    mark: "VOLTARO"
    owner: "Voltaro Electronics GmbH"
    registrations:
      - office: USPTO
        number: "7022222"
        serial: "97222222"
        classes: [9]
        status: registered
        source: { file: "apc261102.xml", serial: "97222222", statusCode: "800", filingDate: "2014-03-10", registrationDate: "2015-06-02" }
  - id: uspto-88333333
    mark: "KESTRELLA"
    owner: "Kestrella Corp."
    registrations:
      - office: USPTO
        number: "6033333"
        serial: "88333333"
        classes: [9, 25]
        status: cancelled
        source: { file: "apc261102.xml", serial: "88333333", statusCode: "710", filingDate: "2019-04-12", registrationDate: "2020-06-30" }
${nuvelle}  - id: uspto-90666666
    mark: "ORBIQ"
    owner: "Orbiq Labs Inc."
    registrations:
      - office: USPTO
        serial: "90666666"
        classes: [9]
        status: dead
        source: { file: "apc261102.xml", serial: "90666666", statusCode: "602", filingDate: "2023-01-15" }
`,
  );
});

test('--marks keeps the asked-for marks (case ignored) and names the ones not found; the output is a watchlist lint accepts', async () => {
  const file = out();
  const { code, stderr } = await runCli(['registry', 'import', 'apc261102.xml', '--marks', 'zephyra, Nuvelle,Nothere', '-o', file], fixtures);
  assert.is(code, 0);
  assert.is(stderr, `listinglint: 2 marks of 6 case files written to ${file}\nlistinglint: not found in the files: Nothere\n`);
  assert.is(readFileSync(file, 'utf8'), `${header}${zephyra}${nuvelle}`);
  // docs/watchlist.md shows the ZEPHYRA entry as this import writes it.
  const sample = readFileSync(fileURLToPath(new URL('../../../docs/watchlist.md', import.meta.url)), 'utf8').match(/```yaml\n(marks:\n  - id: uspto-[\s\S]*?)```/)?.[1];
  assert.is(sample, `marks:\n${zephyra}`);
  const listing = join(file, '..', 'hoodie.md');
  writeFileSync(listing, '---\nsku: H1\nmarketplace: amazon.com\ncategory: clothing\ntitle: "Zephyra hoodie"\n---\n');
  const lint = await runCli(['--watchlist', file, '--no-cache', '--no-ocr', '--format', 'json', listing], fixtures);
  const report = JSON.parse(lint.stdout) as { results: { findings: { markId: string; severity: string; evidence: { registration: { number: string } } }[] }[] };
  assert.equal(report.results[0].findings.map((f) => [f.markId, f.severity, f.evidence.registration.number]), [['uspto-97111111', 'error', '7011111']]);
});

test('--marks-file reads one mark a line; a zipped bulk file is read like the XML inside it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-registry-'));
  writeFileSync(join(dir, 'marks.txt'), '# marks we sell against\nZEPHYRA\n\n');
  writeFileSync(join(dir, 'apc261102.zip'), zipSync({ 'apc261102.xml': readFileSync(join(fixtures, 'apc261102.xml')) }));
  const { code, stderr } = await runCli(['registry', 'import', 'apc261102.zip', '--marks-file', 'marks.txt', '-o', 'out.yaml'], dir);
  assert.is(code, 0, stderr);
  assert.is(readFileSync(join(dir, 'out.yaml'), 'utf8'), `${header.replace('apc261102.xml.', 'apc261102.zip.')}${zephyra.replace('file: "apc261102.xml"', 'file: "apc261102.zip"')}`);
});

test('bad input: no -o, a missing file, a file that is not USPTO XML, broken XML → exit 2 naming the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-registry-'));
  writeFileSync(join(dir, 'other.xml'), '<?xml version="1.0"?><catalog><book/></catalog>');
  writeFileSync(join(dir, 'broken.xml'), '<trademark-applications-daily><case-file><serial-number>1</serial-number></trademark-applications-daily>');
  const noOutput = await runCli(['registry', 'import', 'other.xml'], dir);
  assert.is(noOutput.code, 2);
  assert.match(noOutput.stderr, '`registry import` needs -o FILE for the watchlist it writes');
  const missing = await runCli(['registry', 'import', 'gone.xml', '-o', 'w.yaml'], dir);
  assert.is(missing.stderr, 'listinglint: Registry file gone.xml does not exist\n');
  assert.is(missing.code, 2);
  const other = await runCli(['registry', 'import', 'other.xml', '-o', 'w.yaml'], dir);
  assert.is(other.stderr, 'listinglint: other.xml: not USPTO trademark XML (expected a `trademark-applications-daily` document with `case-file` elements)\n');
  assert.is(other.code, 2);
  const broken = await runCli(['registry', 'import', 'broken.xml', '-o', 'w.yaml'], dir);
  assert.is(broken.code, 2);
  assert.match(broken.stderr, /^listinglint: broken\.xml: not well-formed XML \(/);
  const unknown = await runCli(['registry', 'export'], dir);
  assert.is(unknown.code, 2);
});

test.run();

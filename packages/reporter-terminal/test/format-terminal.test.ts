import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding, Report } from '@listinglint/types';
import { formatTerminal, formatTerminalSummary } from '../src/format-terminal.js';
import { sampleReport, shoeSource } from '../../reporter-json/test/fixtures/sample-report.js';

const sources = new Map([['listings/shoe/listing.md', shoeSource]]);

const terminal = suite('formatTerminal');

terminal('prints the fixture report grouped by file, aligned, first lines within 100 columns, the rest below, frames for errors', () => {
  const expected = [
    'listings/broken.md',
    '  1:1  error  Cannot parse the front matter: unexpected end of the stream.  listing/parse-error',
    '',
    'listings/cable.listing.json',
    '  2:3  info  No `marketplace` and no default:  listing/missing-marketplace',
    '             every registration is treated as applying.',
    '',
    'listings/shoe/listing.md',
    '   5:9   error    Unexpected mark `NIKE`…                                         trademark/text',
    '                  …(Nike, Inc., USPTO 0978952, classes 18, 25; 25 overlaps) in `title`.',
    '                  5 | title: "N1ke Air running shoe"',
    '                    |         ^^^^',
    '   7:25  warning  Compatibility use of mark `NIKE` (Nike, Inc.) in `bullets[0]`:  trademark/text',
    '                  name the product it fits, never a logo.',
    '  11:5   error    Mark `NIKE` (Nike, Inc., USPTO 0978952) printed on image…       trademark/image',
    '                  …`images[0]`.',
    '                  image listings/shoe/main.jpg, box x=10 y=20 200×60 px, OCR confidence 91%',
    '                  11 |   - main.jpg',
    '                     |     ^^^^^^^^',
    '',
    '✖ 5 problems (3 errors, 1 warning, 1 info)',
    '  4 files, 3 listings, 1 image checked',
    '',
  ].join('\n');
  assert.fixture(formatTerminal(sampleReport(), { color: false, sources }), expected);
});

const mark = (over: Partial<Finding>): Finding => ({
  ruleId: 'trademark/text',
  severity: 'warning',
  message: `\`iPhone\` (Apple Inc.; USPTO 3669402, class 9) in \`${over.field ?? 'title'}\`: compatibility use (\`for\`), allowed only as the plain name of the product it fits; registered in US for class 9, which covers this listing (electronics)`,
  url: 'u',
  file: 'a.md',
  line: 6,
  column: 45,
  endLine: 6,
  endColumn: 51,
  sku: 'CABLE-1',
  markId: 'iphone',
  use: 'nominative',
  field: 'title',
  ...over,
});

terminal('the same mark, use and severity in one listing is one entry with its other places; the summary counts every occurrence', () => {
  const findings = [
    mark({}),
    mark({ line: 9, column: 5, field: 'bullets[1]' }),
    mark({ line: 12, column: 3, field: 'bullets[1]', severity: 'error' }),
    mark({ line: 15, column: 63, field: 'description' }),
    mark({ line: 16, column: 2, field: 'keywords', sku: 'CABLE-2' }),
  ];
  const report: Report = {
    ...sampleReport(),
    results: [{ filePath: 'a.md', errorCount: 1, warningCount: 4, infoCount: 0, findings }],
    summary: { files: 1, listings: 2, images: 0, errors: 1, warnings: 4, infos: 0 },
  };
  assert.fixture(
    formatTerminal(report, {}),
    [
      'a.md',
      '   6:45  warning  `iPhone` in `title`: compatibility use (`for`),       trademark/text',
      '                  allowed only as the plain name of the product it fits; Apple Inc.; USPTO 3669402,',
      '                  class 9; registered in US for class 9, which covers this listing (electronics)',
      '                  and 2 more places: bullets[1] 9:5, description 15:63',
      '  12:3   error    `iPhone` in `bullets[1]`: compatibility use (`for`),  trademark/text',
      '                  allowed only as the plain name of the product it fits; Apple Inc.; USPTO 3669402,',
      '                  class 9; registered in US for class 9, which covers this listing (electronics)',
      '  16:2   warning  `iPhone` in `keywords`: compatibility use (`for`),    trademark/text',
      '                  allowed only as the plain name of the product it fits; Apple Inc.; USPTO 3669402,',
      '                  class 9; registered in US for class 9, which covers this listing (electronics)',
      '',
      '✖ 5 problems (1 error, 4 warnings, 0 info)',
      '  1 file, 2 listings, 0 images checked',
      '',
    ].join('\n'),
  );
});

terminal('every line but code frames fits 100 columns, however long the message and deep the columns', () => {
  const long = mark({
    line: 12345,
    column: 678,
    ruleId: 'listing/missing-marketplace',
    markId: undefined,
    message: `A${' very'.repeat(60)} long message with \`${'x'.repeat(120)}\` in it; and a clause`,
  });
  const report: Report = { ...sampleReport(), results: [{ filePath: 'a.md', errorCount: 0, warningCount: 2, infoCount: 0, findings: [long, mark({})] }] };
  const lines = formatTerminal(report, {}).split('\n');
  assert.equal(lines.filter((line) => [...line].length > 100), []);
  assert.is(lines[1], `  12345:678  warning  A${' very'.repeat(9)}…  listing/missing-marketplace`);
  // Nothing is dropped: the words of the message are all there.
  assert.is(lines.join(' ').replace(/\s+/g, ' ').split('x'.repeat(74)).length, 2);
});

terminal('frames every finding with verbose', () => {
  const lines = formatTerminal(sampleReport(), { verbose: true, sources }).split('\n');
  const warning = lines.findIndex((line) => line.startsWith('   7:25  warning'));
  assert.equal(lines.slice(warning + 2, warning + 4), [
    '                  7 |   - "Laces that fit any Nike trainer"',
    '                    |                         ^^^^',
  ]);
  assert.is(lines.filter((line) => line.includes('^')).length, 3);
});

terminal('prints no frame without the source', () => {
  const output = formatTerminal(sampleReport(), {});
  assert.not.ok(output.includes(' | '));
  assert.ok(output.includes('image listings/shoe/main.jpg, box x=10 y=20 200×60 px, OCR confidence 91%'));
});

terminal('colours only when asked', () => {
  assert.not.match(formatTerminal(sampleReport(), { sources }), /\u001B\[/);
  const coloured = formatTerminal(sampleReport(), { color: true, sources });
  assert.ok(coloured.includes('\u001B[31merror  \u001B[39m'));
  assert.ok(coloured.includes('\u001B[33mwarning\u001B[39m'));
  assert.ok(coloured.includes('\u001B[36minfo\u001B[39m'));
  assert.is(coloured.replace(/\u001B\[[0-9;]*m/g, ''), formatTerminal(sampleReport(), { sources }));
});

terminal('prints only the summary when nothing was found', () => {
  const report = sampleReport();
  report.results = report.results.map((result) => ({ ...result, errorCount: 0, warningCount: 0, infoCount: 0, findings: [] }));
  report.summary = { files: 1, listings: 1, images: 0, errors: 0, warnings: 0, infos: 0 };
  assert.is(formatTerminal(report, {}), '✔ No problems\n  1 file, 1 listing, 0 images checked\n');
});

terminal.run();

const summary = suite('formatTerminalSummary');

summary('counts severities and what was checked', () => {
  assert.is(
    formatTerminalSummary(sampleReport(), {}),
    '✖ 5 problems (3 errors, 1 warning, 1 info)\n  4 files, 3 listings, 1 image checked\n',
  );
});

summary('leads with the worst severity', () => {
  const report = sampleReport();
  report.summary = { files: 2, listings: 2, images: 3, errors: 0, warnings: 0, infos: 2 };
  assert.is(formatTerminalSummary(report, {}), 'ℹ 2 problems (0 errors, 0 warnings, 2 info)\n  2 files, 2 listings, 3 images checked\n');
  report.summary.warnings = 1;
  assert.ok(formatTerminalSummary(report, {}).startsWith('⚠ 3 problems (0 errors, 1 warning, 2 info)\n'));
});

summary('says how many findings the baseline suppressed', () => {
  const report = sampleReport();
  report.summary.suppressed = 2;
  assert.ok(formatTerminalSummary(report, {}).endsWith('  4 files, 3 listings, 1 image checked\n  2 findings suppressed by the baseline\n'));
  report.summary.suppressed = 0;
  assert.not.ok(formatTerminalSummary(report, {}).includes('baseline'));
});

summary('with --quiet says what it left out; with --max-warnings says why warnings fail the run', () => {
  assert.is(
    formatTerminalSummary(sampleReport(), { quiet: true, maxWarnings: 0 }),
    '✖ 5 problems (3 errors, 1 warning, 1 info)\n  4 files, 3 listings, 1 image checked\n  1 warning and 1 info not shown (--quiet)\n  1 warning, more than --max-warnings 0\n',
  );
  assert.not.ok(formatTerminalSummary(sampleReport(), { maxWarnings: 1 }).includes('--max-warnings'));
});

summary.run();

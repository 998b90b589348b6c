import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatTerminal, formatTerminalSummary } from '../src/format-terminal.js';
import { sampleReport, shoeSource } from '../../reporter-json/test/fixtures/sample-report.js';

const sources = new Map([['listings/shoe/listing.md', shoeSource]]);

const terminal = suite('formatTerminal');

terminal('prints the fixture report grouped by file, aligned, with frames for errors', () => {
  const expected = [
    'listings/broken.md',
    '  1:1  error  Cannot parse the front matter: unexpected end of the stream.  listing/parse-error',
    '',
    'listings/cable.listing.json',
    '  2:3  info  No `marketplace` and no default: every registration is treated as applying.  listing/missing-marketplace',
    '',
    'listings/shoe/listing.md',
    '   5:9   error    Unexpected mark `NIKE` (Nike, Inc., USPTO 0978952, classes 18, 25; 25 overlaps) in `title`.             trademark/text',
    '                  5 | title: "N1ke Air running shoe"',
    '                    |         ^^^^',
    '   7:25  warning  Compatibility use of mark `NIKE` (Nike, Inc.) in `bullets[0]`: name the product it fits, never a logo.  trademark/text',
    '  11:5   error    Mark `NIKE` (Nike, Inc., USPTO 0978952) printed on image `images[0]`.                                   trademark/image',
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

terminal('frames every finding with verbose', () => {
  const lines = formatTerminal(sampleReport(), { verbose: true, sources }).split('\n');
  const warning = lines.findIndex((line) => line.startsWith('   7:25  warning'));
  assert.equal(lines.slice(warning + 1, warning + 3), [
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

summary.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding } from '@listinglint/types';
import { formatGithubSummary, MAX_SUMMARY_ROWS } from '../src/format-github-summary.js';
import { sampleReport } from '../../reporter-json/test/fixtures/sample-report.js';

const docs = 'https://github.com/listinglint/listinglint/blob/main/docs/rules/';

const markdown = suite('formatGithubSummary');

markdown('writes counts, a table of findings errors first and the annotation limit', () => {
  assert.fixture(
    formatGithubSummary(sampleReport()),
    [
      '## listinglint',
      '',
      '**5 problems** (3 errors, 1 warning, 1 info): 4 files, 3 listings, 1 image checked.',
      '',
      '| Severity | File | Line | Rule | Message |',
      '| --- | --- | --- | --- | --- |',
      `| ❌ error | \`listings/broken.md\` | 1:1 | [\`listing/parse-error\`](${docs}listing/parse-error.md) | Cannot parse the front matter: unexpected end of the stream. |`,
      `| ❌ error | \`listings/shoe/listing.md\` | 5:9 | [\`trademark/text\`](${docs}trademark/text.md) | Unexpected mark \`NIKE\` (Nike, Inc., USPTO 0978952, classes 18, 25; 25 overlaps) in \`title\`. |`,
      `| ❌ error | \`listings/shoe/listing.md\` | 11:5 | [\`trademark/image\`](${docs}trademark/image.md) | Mark \`NIKE\` (Nike, Inc., USPTO 0978952) printed on image \`images[0]\`. Read on listings/shoe/main.jpg at x=10 y=20 200×60 px, OCR confidence 91%. |`,
      `| ⚠️ warning | \`listings/shoe/listing.md\` | 7:25 | [\`trademark/text\`](${docs}trademark/text.md) | Compatibility use of mark \`NIKE\` (Nike, Inc.) in \`bullets[0]\`: name the product it fits, never a logo. |`,
      `| ℹ️ info | \`listings/cable.listing.json\` | 2:3 | [\`listing/missing-marketplace\`](${docs}listing/missing-marketplace.md) | No \`marketplace\` and no default: every registration is treated as applying. |`,
      '',
      '> [!NOTE]',
      '> GitHub shows at most 10 annotations of each type (error, warning, notice) per step on the diff; this summary lists every finding.',
      '',
    ].join('\n'),
  );
});

markdown('keeps a cell on one line and inside its column', () => {
  const report = sampleReport();
  report.results[0].findings[0].message = 'a | b\nc <script>';
  assert.ok(formatGithubSummary(report).includes('| a \\| b<br>c &lt;script> |'));
});

markdown('says so when nothing was found, and counts suppressed findings', () => {
  const report = sampleReport();
  report.results = [];
  report.summary = { files: 2, listings: 2, images: 0, errors: 0, warnings: 0, infos: 0, suppressed: 1 };
  assert.is(
    formatGithubSummary(report),
    '## listinglint\n\n✅ No problems: 2 files, 2 listings, 0 images checked.\n\n1 finding suppressed by the baseline.\n',
  );
});

markdown('lists at most MAX_SUMMARY_ROWS findings', () => {
  const report = sampleReport();
  const template = report.results[3].findings[1];
  const many: Finding[] = Array.from({ length: MAX_SUMMARY_ROWS + 3 }, (_, index) => ({ ...template, line: index + 1 }));
  report.results = [{ filePath: template.file, errorCount: 0, warningCount: many.length, infoCount: 0, findings: many }];
  report.summary = { files: 1, listings: 1, images: 0, errors: 0, warnings: many.length, infos: 0 };
  const output = formatGithubSummary(report);
  assert.is(output.split('\n').filter((line) => line.startsWith('| ⚠️')).length, MAX_SUMMARY_ROWS);
  assert.ok(output.includes('\n3 more findings not listed: run listinglint locally or upload SARIF to see them all.\n'));
});

markdown('says how many annotations GitHub leaves off the diff, counting a grouped mark once', () => {
  const report = sampleReport();
  const shoe = report.results[3];
  const [text] = shoe.findings;
  // 12 distinct error marks and 3 more places of the first: 12 annotations, 2 past the limit.
  const marks = Array.from({ length: 12 }, (_, i) => ({ ...text, line: 20 + i, markId: `mark-${i}` }));
  const places = Array.from({ length: 3 }, (_, i) => ({ ...text, line: 40 + i, markId: 'mark-0' }));
  report.results = [{ ...shoe, errorCount: 15, warningCount: 0, infoCount: 0, findings: [...marks, ...places] }];
  report.summary = { ...report.summary, errors: 15, warnings: 0, infos: 0 };
  const output = formatGithubSummary(report);
  assert.is(output.split('\n').filter((line) => line.startsWith('| ❌ error')).length, 15);
  assert.ok(output.endsWith('> Not shown on the diff: 2 errors (the same mark in one listing is one annotation).\n'), output);
  assert.not.ok(formatGithubSummary(sampleReport()).includes('Not shown'));
});

markdown.run();

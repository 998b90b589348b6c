import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatGithub } from '../src/format-github.js';
import { sampleReport } from '../../reporter-json/test/fixtures/sample-report.js';

const docs = 'https://github.com/listinglint/listinglint/blob/main/docs/rules/';

const github = suite('formatGithub');

github('writes one annotation per finding, errors first, with the required properties', () => {
  assert.fixture(
    formatGithub(sampleReport(), {}),
    [
      `::error file=listings/broken.md,line=1,col=1,endLine=1,endColumn=1,title=listing/parse-error (listinglint)::Cannot parse the front matter: unexpected end of the stream.%0A${docs}listing/parse-error.md`,
      `::error file=listings/shoe/listing.md,line=5,col=9,endLine=5,endColumn=13,title=trademark/text (listinglint)::Unexpected mark \`NIKE\` (Nike, Inc., USPTO 0978952, classes 18, 25; 25 overlaps) in \`title\`.%0A${docs}trademark/text.md`,
      `::error file=listings/shoe/listing.md,line=11,col=5,endLine=11,endColumn=13,title=trademark/image (listinglint)::Mark \`NIKE\` (Nike, Inc., USPTO 0978952) printed on image \`images[0]\`.%0ARead on listings/shoe/main.jpg at x=10 y=20 200×60 px, OCR confidence 91%25.%0A${docs}trademark/image.md`,
      `::warning file=listings/shoe/listing.md,line=7,col=25,endLine=7,endColumn=29,title=trademark/text (listinglint)::Compatibility use of mark \`NIKE\` (Nike, Inc.) in \`bullets[0]\`: name the product it fits, never a logo.%0A${docs}trademark/text.md`,
      `::notice file=listings/cable.listing.json,line=2,col=3,endLine=2,endColumn=18,title=listing/missing-marketplace (listinglint)::No \`marketplace\` and no default: every registration is treated as applying.%0A${docs}listing/missing-marketplace.md`,
      '',
    ].join('\n'),
  );
});

github('the same mark, use and severity in one listing is one annotation naming its other places', () => {
  const report = sampleReport();
  const shoe = report.results[3];
  const [text, , image] = shoe.findings;
  const again = { ...text, line: 9, column: 3, endLine: 9, endColumn: 7, field: 'description' };
  const otherListing = { ...text, line: 20, column: 3, endLine: 20, endColumn: 7, field: 'title', sku: 'OTHER' };
  shoe.findings = [text, again, image, otherListing];
  report.results = [shoe];
  const lines = formatGithub(report, {}).trimEnd().split('\n');
  assert.equal(lines.map((line) => /line=(\d+)/.exec(line)?.[1]), ['5', '11', '20']);
  assert.ok(lines[0].endsWith(`in \`title\`. (and 1 more place: description 9:3)%0A${docs}trademark/text.md`), lines[0]);
  assert.not.ok(lines[2].includes('more place'));
});

github('escapes %, CR, LF, : and , in messages and paths', () => {
  const report = sampleReport();
  const finding = report.results[0].findings[0];
  finding.file = 'listings/50% off, new:\r\nsale.md';
  finding.message = '100% `N1ke`, line one:\r\nline two';
  finding.ruleId = 'a:b,c';
  report.results = [report.results[0]];
  assert.is(
    formatGithub(report, {}),
    `::error file=listings/50%25 off%2C new%3A%0D%0Asale.md,line=1,col=1,endLine=1,endColumn=1,title=a%3Ab%2Cc (listinglint)::100%25 \`N1ke\`, line one:%0D%0Aline two%0A${docs}listing/parse-error.md\n`,
  );
});

github('leaves out columns when the finding spans lines', () => {
  const report = sampleReport();
  Object.assign(report.results[0].findings[0], { line: 2, column: 3, endLine: 4, endColumn: 1 });
  report.results = [report.results[0]];
  assert.ok(formatGithub(report, {}).startsWith('::error file=listings/broken.md,line=2,endLine=4,title='));
});

github('writes nothing when there are no findings', () => {
  const report = sampleReport();
  report.results = [];
  assert.is(formatGithub(report, {}), '');
});

github.run();

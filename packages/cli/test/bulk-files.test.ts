import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeXlsx } from '../../core/test/formats/bulk/make-xlsx.js';

// End to end: bulk listing files (issue #12) through the built CLI, with exact positions and places.

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const bin = path.join(repo, 'packages/cli/bin/listinglint.js');

function listinglint(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const watchlist = `marks:
  - id: nike
    mark: NIKE
    owner: "Nike, Inc."
    registrations:
      - { office: USPTO, number: "0978952", classes: [25], status: registered }
  - id: apple
    mark: Apple
    owner: Apple Inc.
    registrations:
      - { office: USPTO, number: "1078312", classes: [9], status: registered }
`;

function project(files: Record<string, string | Uint8Array>, config = ''): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'listinglint-bulk-'));
  writeFileSync(path.join(dir, 'marks.yaml'), watchlist);
  writeFileSync(path.join(dir, 'listinglint.config.yaml'), `watchlists: [marks.yaml]\ndefaults:\n  marketplace: amazon.com\n${config}`);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  markId?: string;
  sku?: string;
  field?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  place?: Record<string, unknown>;
}

function json(dir: string, args: string[] = []): { code: number | null; findings: Array<JsonFinding & { file: string }>; summary: Record<string, number> } {
  const { code, stdout, stderr } = listinglint(['--format', 'json', '--no-ocr', '--no-cache', ...args], dir);
  assert.is(stderr, '');
  const report = JSON.parse(stdout);
  const findings = report.results.flatMap((result: { filePath: string; findings: JsonFinding[] }) =>
    result.findings.map((finding) => ({ ...finding, file: result.filePath })),
  );
  return { code, findings, summary: report.summary };
}

const tsv = (rows: string[][]) => rows.map((row) => row.join('\t')).join('\r\n') + '\r\n';
const settings =
  'settings=attributeRow=3&contentLanguageTag=en_US&dataRow=4&feedType=113&headerLanguageTag=en_US&labelRow=2&primaryMarketplaceId=amzn1.mp.o.ATVPDKIKX0DER&templateIdentifier=1a2b';
const amazonRows = [
  ['TemplateType=fptcustom', 'Version=2025.0401', 'TemplateSignature=U0hJUlQ=', settings, '', ''],
  ['Product Type', 'Seller SKU', 'Item Name', 'Bullet Point', 'Bullet Point', 'Product Description'],
  ['feed_product_type', 'item_sku', 'item_name', 'bullet_point1', 'bullet_point2', 'product_description'],
  ['shirt', 'TEE-1', 'Voltix Tee', 'Soft cotton', 'Fits like Nike tees', 'A plain tee.'],
  ['shirt', 'TEE-2', 'Voltix Polo', 'Pique knit', 'Breathable', 'Not an Apple product, just a polo.'],
];

const shopifyCsv = [
  'Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Variant SKU,Variant Price,Status',
  'tee,Voltix Tee,"<p>Fits like <b>Nike</b> tees.</p>",Voltix,Apparel & Accessories > Clothing,Shirts,"tee, cotton",TRUE,TEE-1,12.00,active',
  'polo,Voltix Polo,"<p>Not an ""Apple"" product.</p>",Voltix,Apparel & Accessories > Clothing,Shirts,polo,TRUE,TEE-2,15.00,active',
  '',
].join('\n');

const e2e = suite('bulk listing files through the built CLI');

e2e('classic Amazon template: exact line/column of the matched text, place with record, header, label and SKU', () => {
  const dir = project({ 'listings/flat.txt': tsv(amazonRows) });
  const { code, findings, summary } = json(dir);
  assert.is(code, 1);
  assert.is(summary.listings, 2);
  const marks = findings.filter((finding) => finding.markId);
  assert.equal(
    marks.map(({ ruleId, markId, sku, field, line, column, endLine, endColumn, place }) => ({ ruleId, markId, sku, field, line, column, endLine, endColumn, place })),
    [
      // Line 4: `shirt\tTEE-1\tVoltix Tee\tSoft cotton\tFits like Nike tees`: Nike at column 46 (5+1+5+1+10+1+11+1 + `Fits like `).
      { ruleId: 'trademark/text', markId: 'nike', sku: 'TEE-1', field: 'bullets[1]', line: 4, column: 46, endLine: 4, endColumn: 50, place: { record: 1, header: 'bullet_point2', label: 'Bullet Point', sku: 'TEE-1' } },
      { ruleId: 'trademark/text', markId: 'apple', sku: 'TEE-2', field: 'description', line: 5, column: 54, endLine: 5, endColumn: 59, place: { record: 2, header: 'product_description', label: 'Product Description', sku: 'TEE-2' } },
    ],
  );
  const terminal = listinglint(['--no-ocr', '--no-cache'], dir).stdout;
  assert.match(terminal, /4:46 .*trademark\/text\n\s+row 1, bullet_point2 \(Bullet Point\) \(SKU TEE-1\)/);
});

e2e('Shopify CSV: positions inside the quoted HTML body, place with the header and SKU', () => {
  const dir = project({ 'shop/products.csv': shopifyCsv });
  const { findings } = json(dir);
  const marks = findings.filter((finding) => finding.markId);
  assert.equal(
    marks.map(({ markId, sku, field, line, column, endColumn, place }) => ({ markId, sku, field, line, column, endColumn, place })),
    [
      // `tee,Voltix Tee,"<p>Fits like <b>Nike</b>`: Nike at column 33.
      { markId: 'nike', sku: 'TEE-1', field: 'description', line: 2, column: 33, endColumn: 37, place: { record: 1, header: 'Body (HTML)', sku: 'TEE-1' } },
      // `polo,Voltix Polo,"<p>Not an ""Apple""`: Apple at column 31, after the `""` escape.
      { markId: 'apple', sku: 'TEE-2', field: 'description', line: 3, column: 31, endColumn: 36, place: { record: 2, header: 'Body (HTML)', sku: 'TEE-2' } },
    ],
  );
});

e2e('xlsx: no line or column, the place names the sheet and cell; SARIF has a file-level location with the cell in the message', () => {
  const dir = project({ 'book.xlsx': makeXlsx([{ name: 'Template', rows: amazonRows }]) });
  const { findings } = json(dir);
  const nike = findings.find((finding) => finding.markId === 'nike')!;
  assert.equal(nike.place, { record: 1, header: 'bullet_point2', label: 'Bullet Point', sku: 'TEE-1', sheet: 'Template', cell: 'E4' });
  assert.is(nike.line, undefined);
  const sarif = JSON.parse(listinglint(['--format', 'sarif', '--no-ocr', '--no-cache'], dir).stdout);
  const result = sarif.runs[0].results.find((r: { properties?: { markId?: string } }) => r.properties?.markId === 'nike');
  assert.is(result.locations[0].physicalLocation.region, undefined);
  assert.match(result.message.text, /^Sheet `Template`, cell E4, row 1 \(`bullet_point2`\): /);
});

e2e('a malformed row is a listing/parse-error naming its line and record; the other rows are still linted', () => {
  const text = tsv(amazonRows) + 'shirt\tTEE-3\t"Broken\tquote\n';
  const dir = project({ 'flat.txt': text });
  const { findings } = json(dir);
  const parse = findings.filter((finding) => finding.ruleId === 'listing/parse-error');
  assert.is(parse.length, 1);
  assert.is(parse[0].line, 6);
  assert.match(parse[0].message, /record 3/);
  assert.is((parse[0].place as { record: number }).record, 3);
  assert.equal(findings.filter((finding) => finding.markId).map((finding) => finding.sku), ['TEE-1', 'TEE-2']);
});

e2e('a .txt or .csv that is not a listing file is skipped by globs and reported when named', () => {
  const dir = project({ 'notes.txt': 'just some notes, nothing tabular\n', 'data.csv': 'a,b\n1,2\n' });
  assert.is(json(dir).findings.length, 0);
  const named = json(dir, ['notes.txt']).findings;
  assert.equal(named.map((finding) => finding.ruleId), ['listing/parse-error']);
});

// Windows-1252: `’` is 0x92; Latin-1 `é` is 0xE9. Neither is UTF-8.
const cp1252 = (text: string) => Buffer.from(text.replace(/’/g, '\u0092'), 'latin1');

e2e('a .txt or .csv that is not UTF-8 and not a listing file is skipped silently by globs; named, it gets the UTF-8 error as before', () => {
  const dir = project({
    'README.txt': Buffer.from('Caf\u00e9 notes, r\u00e9sum\u00e9 of the project\n', 'latin1'),
    'exports/report.csv': cp1252('date,amount,comment\n2026-01-02,12.50,customer’s refund\n'),
  });
  const globbed = json(dir);
  assert.is(globbed.code, 0);
  assert.equal(globbed.findings, []);
  assert.is(globbed.summary.files, 0);
  const named = json(dir, ['README.txt', 'exports/report.csv']);
  assert.is(named.code, 1);
  assert.equal(
    named.findings.map(({ file, ruleId, line, column, message }) => ({ file, ruleId, line, column, message })),
    [
      { file: 'README.txt', ruleId: 'listing/parse-error', line: 1, column: 4, message: 'The file is not valid UTF-8 (first bad byte at offset 3): save it as UTF-8 and run listinglint again' },
      // `date,amount,comment\n` is 20 bytes, `2026-01-02,12.50,customer` 25: the 0x92 is offset 45, line 2 column 26.
      { file: 'exports/report.csv', ruleId: 'listing/parse-error', line: 2, column: 26, message: 'The file is not valid UTF-8 (first bad byte at offset 45): save it as UTF-8 and run listinglint again' },
    ],
  );
});

e2e('a bulk listing file that is not UTF-8 is reported by globs, naming the encoding it looks like and what to do', () => {
  const rows = amazonRows.map((row) => [...row]);
  rows[3][3] = 'Soft cotton’s feel';
  const shopifyUtf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(shopifyCsv, 'utf16le')]);
  const dir = project({
    'flat.txt': cp1252(tsv(rows)),
    'shop.csv': shopifyUtf16,
    'woo.csv': Buffer.from('SKU,Name,Type,Description\nW-1,Caf\u00e9 mug,simple,A mug\n', 'latin1'),
  });
  const { code, findings } = json(dir);
  assert.is(code, 1);
  const save = ', so none of its rows were linted: save it as UTF-8 (Excel: Save As "CSV UTF-8"; a text editor: encoding UTF-8) and run listinglint again';
  assert.equal(
    findings.map(({ file, ruleId, severity, line, column, message }) => ({ file, ruleId, severity, line, column, message })),
    [
      {
        file: 'flat.txt',
        ruleId: 'listing/parse-error',
        severity: 'error',
        // Line 4 `shirt\tTEE-1\tVoltix Tee\tSoft cotton` is 5+1+5+1+10+1+11 = 34 characters: the 0x92 is column 35.
        line: 4,
        column: 35,
        message: `This bulk listing file is not UTF-8 (first bad byte 0x92 at offset ${cp1252(tsv(amazonRows.slice(0, 3))).length + 34}); it looks like a Windows code page such as Windows-1252 (bytes 0x80–0x9F: curly quotes, dashes, €), what Excel on Windows writes${save}`,
      },
      {
        file: 'shop.csv',
        ruleId: 'listing/parse-error',
        severity: 'error',
        line: 1,
        column: 1,
        message: `This bulk listing file is not UTF-8 (first bad byte 0xFF at offset 0); it is UTF-16 (it starts with a UTF-16 byte order mark), what Excel writes as "Unicode Text"${save}`,
      },
      {
        file: 'woo.csv',
        ruleId: 'listing/parse-error',
        severity: 'error',
        // `W-1,Caf`: the 0xE9 is column 8 of line 2, offset 26 + 7.
        line: 2,
        column: 8,
        message: `This bulk listing file is not UTF-8 (first bad byte 0xE9 at offset 33); it looks like Latin-1 (ISO-8859-1) or a Windows code page${save}`,
      },
    ],
  );
  // Named on the command line, the same bulk message.
  const named = json(dir, ['flat.txt']).findings;
  assert.equal(named.map((finding) => finding.message), [findings[0].message]);
});

e2e('a bulk file with no marketplace and no default: one listing/missing-marketplace per file; per row with a marketplace column; per listing in Markdown and JSON', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'listinglint-bulk-'));
  writeFileSync(path.join(dir, 'marks.yaml'), watchlist);
  writeFileSync(path.join(dir, 'listinglint.config.yaml'), 'watchlists: [marks.yaml]\nformats:\n  - files: "mapped.csv"\n    columns: { sku: Item ID, title: Name, marketplace: Market }\n');
  const report = ['item-name\titem-description\tlisting-id\tseller-sku\tprice', 'Voltix Tee\tSoft tee\t1\tTEE-1\t12', 'Voltix Polo\tPique\t2\tTEE-2\t15', 'Voltix Cap\tCotton\t3\tCAP-1\t9', ''].join('\n');
  writeFileSync(path.join(dir, 'report.txt'), report);
  writeFileSync(path.join(dir, 'mapped.csv'), 'Item ID,Name,Market\nM-1,Mug,amazon.de\nM-2,Cup,\nM-3,Bowl,\n');
  writeFileSync(path.join(dir, 'a.md'), '---\ntitle: Voltix Tee\nsku: MD-1\n---\n');
  writeFileSync(path.join(dir, 'b.listing.json'), JSON.stringify([{ sku: 'J-1', title: 'Voltix Tee' }, { sku: 'J-2', title: 'Voltix Polo' }], null, 2));
  const { findings } = json(dir);
  const missing = findings.filter((finding) => finding.ruleId === 'listing/missing-marketplace');
  assert.equal(
    missing.map(({ file, sku, line, column, place }) => ({ file, sku, line, column, place })),
    [
      { file: 'a.md', sku: 'MD-1', line: 3, column: 1, place: undefined },
      { file: 'b.listing.json', sku: 'J-1', line: 3, column: 5, place: undefined },
      { file: 'b.listing.json', sku: 'J-2', line: 7, column: 5, place: undefined },
      // Rows 2 and 3 of the mapped file have an empty Market cell: per row.
      { file: 'mapped.csv', sku: 'M-2', line: 3, column: 1, place: { record: 2, header: 'Item ID', sku: 'M-2' } },
      { file: 'mapped.csv', sku: 'M-3', line: 4, column: 1, place: { record: 3, header: 'Item ID', sku: 'M-3' } },
      // Findings point at the `sku` value. Three rows, one finding: on the first listing's SKU cell (`Voltix Tee\tSoft tee\t1\t` is 22 characters).
      { file: 'report.txt', sku: 'TEE-1', line: 2, column: 23, place: { record: 1, header: 'seller-sku', sku: 'TEE-1' } },
    ],
  );
  assert.is(
    missing[5].message,
    'This file names no marketplace (no marketplace id in it, no marketplace column) and the config sets no `defaults.marketplace`: trademarks in all its rows are judged as if every registration applied; set `defaults.marketplace` (e.g. `amazon.com`), or map a marketplace column in `formats`',
  );
  assert.match(missing[0].message, /^Listing has no `marketplace`/);
  assert.match(missing[3].message, /^Listing has no `marketplace`/);
});

// The same listings as Markdown and as each bulk format must give the same findings (issue #12, point 3).
e2e('cross-format equality: Markdown, Amazon .txt, Amazon .xlsx and Shopify .csv give the same (sku, mark, severity, rule)', () => {
  const markdown = {
    'md/tee.md': '---\nsku: TEE-1\ncategory: shirt\ntitle: Voltix Tee\n---\nFits like Nike tees.\n',
    'md/polo.md': '---\nsku: TEE-2\ncategory: shirt\ntitle: Voltix Polo\n---\nNot an "Apple" product.\n',
  };
  const rows = [
    ...amazonRows.slice(0, 3),
    ['shirt', 'TEE-1', 'Voltix Tee', '', '', 'Fits like Nike tees.'],
    ['shirt', 'TEE-2', 'Voltix Polo', '', '', 'Not an "Apple" product.'],
  ];
  const sources: Record<string, Record<string, string | Uint8Array>> = {
    markdown,
    amazonText: { 'flat.txt': tsv(rows.map((row) => row.map((cell) => (cell.includes('"') ? `"${cell.replace(/"/g, '""')}"` : cell)))) },
    amazonWorkbook: { 'flat.xlsx': makeXlsx([{ name: 'Template', rows }]) },
    shopify: { 'products.csv': shopifyCsv },
  };
  const config = 'categories:\n  shirt: [25]\n';
  const key = (finding: JsonFinding) => `${finding.sku} ${finding.markId} ${finding.severity} ${finding.ruleId}`;
  const results = Object.fromEntries(
    Object.entries(sources).map(([name, files]) => [name, json(project(files, config)).findings.filter((finding) => finding.markId).map(key).sort()]),
  );
  assert.ok(results.markdown.length >= 2, JSON.stringify(results.markdown));
  for (const name of Object.keys(sources)) assert.equal(results[name], results.markdown, name);
});

e2e('a listinglint-ignore column suppresses per row', () => {
  const rows = [
    ['TemplateType=fptcustom', 'Version=2025.0401'],
    ['Product Type', 'Seller SKU', 'Item Name', 'listinglint-ignore'],
    ['feed_product_type', 'item_sku', 'item_name', 'listinglint-ignore'],
    ['shirt', 'T-1', 'Nike fan tee', 'nike -- authorised reseller'],
    ['shirt', 'T-2', 'Nike fan tee', ''],
  ];
  const { findings } = json(project({ 'flat.txt': tsv(rows) }));
  assert.equal(findings.map((finding) => [finding.sku, finding.markId, finding.line, finding.column]), [['T-2', 'nike', 5, 11]]);
});

e2e('config `formats`: your own CSV mapped by `columns`, with a `;` delimiter', () => {
  const csv = 'Item ID;Product Title;Feature 1;Feature 2\nK-1;Voltix Kettle;Steel;Looks like an Apple kettle\n';
  const config = 'formats:\n  - files: "exports/*.csv"\n    delimiter: ";"\n    columns:\n      sku: Item ID\n      title: Product Title\n      bullets: [Feature 1, Feature 2]\n';
  const dir = project({ 'exports/items.csv': csv }, config);
  const apple = json(dir).findings.find((finding) => finding.markId === 'apple')!;
  // `K-1;Voltix Kettle;Steel;Looks like an Apple`: Apple at column 39.
  assert.equal([apple.sku, apple.field, apple.line, apple.column, apple.place], ['K-1', 'bullets[1]', 2, 39, { record: 1, header: 'Feature 2', sku: 'K-1' }]);
  // Without the mapping the file is no known bulk file: skipped.
  assert.is(json(project({ 'exports/items.csv': csv })).findings.length, 0);
});

e2e('config `formats` and `images.roots` errors name the file, line and key', () => {
  const bad = (config: string) => {
    const { code, stderr } = listinglint(['--no-ocr', '--no-cache'], project({}, config));
    assert.is(code, 2);
    return stderr;
  };
  assert.match(bad('formats:\n  - files: "*.csv"\n'), /listinglint\.config\.yaml:5.*formats\[0\].*either `format`.*or `columns`/);
  assert.match(bad('formats:\n  - files: "*.csv"\n    format: amazon\n'), /formats\[0\]\.format.*expected one of: amazon-template/);
  assert.match(bad('formats:\n  - files: "*.csv"\n    columns:\n      name: Title\n'), /formats\[0\]\.columns/);
  assert.match(bad('images:\n  roots: [pictures]\n'), /images\.roots\[0\].*folder not found: pictures/);
});

e2e.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../../src/source/line-index.js';
import { readBulkFile } from '../../../src/formats/bulk/read.js';
import { makeXlsx } from './make-xlsx.js';

const context = (text: string) => ({ file: 'f.csv', absolutePath: '/repo/f.csv', root: '/repo', cwd: '/repo', lines: new LineIndex(text) });

const read = suite('reading a whole bulk file into listings');

read('a lone-CR Shopify file: listings, places, a bad row as a problem with its line', () => {
  const text = 'Handle,Title,Body (HTML),Variant SKU\rcap,Cap like Puma,,C-1\rbad,"never closed,X\rmug,Mug,,M-1\r';
  const result = readBulkFile({ text }, context(text));
  if (result.kind !== 'listings') throw new Error(JSON.stringify(result));
  assert.equal(result.listings.map((listing) => [listing.sku, listing.location.line, listing.location.column]), [
    ['C-1', 2, 20],
    ['M-1', 4, 10],
  ]);
  const title = result.listings[0].fields.find((field) => field.path === 'title')!;
  assert.equal(title.locate(9, 13), { line: 2, column: 14, endLine: 2, endColumn: 18 });
  assert.equal(result.places[0].get('title'), { record: 1, header: 'Title', sku: 'C-1' });
  assert.equal(result.places[0].get(''), { record: 1, header: 'Variant SKU', sku: 'C-1' });
  assert.equal(result.problems, [
    {
      message: 'record 2: a quoted cell is never closed: the quote opens a cell that runs to the end of the file',
      location: { line: 3, column: 5, endLine: 3, endColumn: 5 },
      place: { record: 2 },
    },
  ]);
  assert.is(result.format, 'shopify');
});

read('a workbook: no text positions, the cell in places; a broken file is an error', () => {
  const bytes = makeXlsx([{ name: 'Template', rows: [['TemplateType=fptcustom'], ['SKU', 'Name'], ['item_sku', 'item_name'], ['X-1', 'Lamp like Dyson']] }]);
  const result = readBulkFile({ text: '', bytes }, context(''));
  if (result.kind !== 'listings') throw new Error(JSON.stringify(result));
  const title = result.listings[0].fields[0];
  assert.equal([title.path, title.value, title.locate(10, 15)], ['title', 'Lamp like Dyson', { line: 1, column: 1, endLine: 1, endColumn: 1 }]);
  assert.equal(result.places[0].get('title'), { record: 1, header: 'item_name', label: 'Name', sku: 'X-1', sheet: 'Template', cell: 'B4' });
  assert.is(result.sheet, 'Template');
  assert.equal(readBulkFile({ text: '', bytes: new Uint8Array([1, 2, 3]) }, context('')), {
    kind: 'error',
    message: 'the file is not an .xlsx/.xlsm workbook (no zip header)',
    location: { line: 1, column: 1, endLine: 1, endColumn: 1 },
  });
});

read('a file that is no listing file, and a config mapping naming a missing header', () => {
  assert.equal(readBulkFile({ text: 'a,b\n1,2\n' }, context('a,b\n1,2\n')), { kind: 'not-listing' });
  const text = 'x,y\n1,2\n';
  assert.equal(readBulkFile({ text }, context(text), { columns: { title: 'Name' } }), {
    kind: 'error',
    message: 'the header row has no column "Name" named by the config\'s formats entry',
    location: { line: 1, column: 1, endLine: 1, endColumn: 1 },
  });
});

read.run();

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { delimitedFormat, workbookFormat } from '../../src/formats/bulk-file.js';
import { formatsFor, readListingFile } from '../../src/formats/index.js';

const adapter = suite('bulk-file adapters');

const csv = 'Handle,Title,Body (HTML),Variant SKU,Image Src\nmug,Mug,Plain mug.,MUG-1,https://cdn.test/files/mug%20front.jpg?v=3\nmug,,,,https://cdn.test/files/absent.jpg\n';

adapter('registered: .txt/.tsv/.csv are delimited, .xlsx/.xlsm are binary workbooks', () => {
  assert.equal(formatsFor('a/Flat.File.txt').map((format) => format.name), ['delimited']);
  assert.equal(formatsFor('export.CSV').map((format) => format.name), ['delimited']);
  assert.equal(formatsFor('book.xlsm').map((format) => format.name), ['workbook']);
  assert.is(workbookFormat.binary, true);
  assert.is(delimitedFormat.binary, undefined);
});

adapter('images.roots: a URL file name found in a root becomes a local image; a missing one stays a URL', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'listinglint-roots-'));
  mkdirSync(path.join(root, 'pictures'));
  writeFileSync(path.join(root, 'pictures', 'mug front.jpg'), 'x');
  const info = { file: 'shop.csv', absolutePath: path.join(root, 'shop.csv'), root, cwd: root };
  const { result } = readListingFile(csv, delimitedFormat, info, true, undefined, { formats: [], imageRoots: [path.join(root, 'pictures')] });
  assert.is(result.kind, 'listings');
  const images = result.kind === 'listings' ? result.listings[0].images : [];
  assert.equal(images.map((image) => [image.path, image.place?.header]), [['pictures/mug front.jpg', 'Image Src'], [undefined, 'Image Src']]);
});

adapter('a text file that is no listing file is not-listing, so globs skip it', () => {
  const info = { file: 'notes.txt', absolutePath: '/p/notes.txt', root: '/p', cwd: '/p' };
  assert.is(readListingFile('shopping list\neggs\n', delimitedFormat, info).result.kind, 'not-listing');
});

adapter.run();

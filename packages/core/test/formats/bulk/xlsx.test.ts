import { strToU8, zipSync } from 'fflate';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cellRef, parseCellRef, Workbook, XlsxError } from '../../../src/formats/bulk/xlsx.js';
import { makeXlsx } from './make-xlsx.js';

const xlsx = suite('the .xlsx reader');

const rowsOf = (workbook: Workbook, index: number) =>
  [...workbook.rows(workbook.sheets[index])].map((row) => [row.row, row.cells.map((cell) => [cell.ref, cell.value])]);

xlsx('cell references both ways', () => {
  assert.equal(['A1', 'C4', 'Z9', 'AA10', 'AZ1', 'BA2', 'XFD3'].map((ref) => parseCellRef(ref)), [
    { row: 1, column: 0 },
    { row: 4, column: 2 },
    { row: 9, column: 25 },
    { row: 10, column: 26 },
    { row: 1, column: 51 },
    { row: 2, column: 52 },
    { row: 3, column: 16383 },
  ]);
  assert.equal([cellRef(1, 0), cellRef(4, 2), cellRef(10, 26), cellRef(2, 52), cellRef(3, 16383)], ['A1', 'C4', 'AA10', 'BA2', 'XFD3']);
  assert.is(parseCellRef('4C'), undefined);
});

xlsx('shared strings, numbers, empty cells left out, sheet names in workbook order', () => {
  const workbook = new Workbook(
    makeXlsx([
      { name: 'Instructions', rows: [['Read me']] },
      { name: 'Template', rows: [['TemplateType=fptcustom', 'Version=2021.1'], [], ['item_sku', '', 'item_name'], ['A-1', '', 'Mug & <Cup> "12"', '12.5']] },
    ]),
  );
  assert.equal(workbook.sheets.map((sheet) => [sheet.name, sheet.part]), [
    ['Instructions', 'xl/worksheets/sheet1.xml'],
    ['Template', 'xl/worksheets/sheet2.xml'],
  ]);
  assert.equal(rowsOf(workbook, 1), [
    [1, [['A1', 'TemplateType=fptcustom'], ['B1', 'Version=2021.1']]],
    [2, []],
    [3, [['A3', 'item_sku'], ['C3', 'item_name']]],
    [4, [['A4', 'A-1'], ['C4', 'Mug & <Cup> "12"'], ['D4', '12.5']]],
  ]);
  assert.is(workbook.listingSheet()?.name, 'Template');
});

xlsx('inline strings, cells without references, CR written as _x000D_', () => {
  const workbook = new Workbook(makeXlsx([{ name: 'Products', rows: [['Title', 'Body'], ['Mug', 'line one\r\nline two']] }], { inline: true, omitRefs: true }));
  assert.equal(rowsOf(workbook, 0), [
    [1, [['A1', 'Title'], ['B1', 'Body']]],
    [2, [['A2', 'Mug'], ['B2', 'line one\r\nline two']]],
  ]);
  assert.is(workbook.listingSheet()?.name, 'Products');
  const shared = new Workbook(makeXlsx([{ name: 'S', rows: [['a\r\nb']] }]));
  assert.equal(rowsOf(shared, 0), [[1, [['A1', 'a\r\nb']]]]);
});

xlsx('rich-text runs are joined and phonetic runs left out', () => {
  const files = {
    'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>'),
    'xl/sharedStrings.xml': strToU8('<sst><si><r><t>Ni</t></r><r><rPr><b/></rPr><t>ke</t></r><rPh><t>ナイキ</t></rPh></si></sst>'),
    'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="str"><f>A1</f><v>x</v></c></row></sheetData></worksheet>'),
  };
  const workbook = new Workbook(zipSync(files));
  assert.equal(rowsOf(workbook, 0), [[2, [['B2', 'Nike'], ['C2', 'TRUE'], ['D2', 'x']]]]);
});

xlsx('files that are not workbooks are refused with what to do', () => {
  const message = (bytes: Uint8Array) => {
    try {
      new Workbook(bytes);
      return 'read';
    } catch (error) {
      assert.instance(error, XlsxError);
      return (error as Error).message;
    }
  };
  assert.is(message(strToU8('sku,title\n')), 'the file is not an .xlsx/.xlsm workbook (no zip header)');
  assert.is(
    message(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    'the file is an encrypted (password-protected) workbook or a legacy .xls: save it as .xlsx without a password',
  );
  assert.is(message(zipSync({ 'word/document.xml': strToU8('<w/>') })), 'the zip has no xl/workbook.xml: it is not an .xlsx/.xlsm workbook');
  assert.match(message(zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets') })), /^the workbook's XML is malformed/);
});

xlsx.run();

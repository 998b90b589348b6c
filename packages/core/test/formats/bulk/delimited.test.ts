import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cellText, readDelimited, sniffDelimiter, type DelimitedOptions } from '../../../src/formats/bulk/delimited.js';

const read = (text: string, options: DelimitedOptions = { delimiter: ',' }) => [...readDelimited(text, options)];
const values = (text: string, options?: DelimitedOptions) => read(text, options).map((record) => record.cells.map((cell) => cell.value));

const tokenizer = suite('the delimited-text tokenizer');

tokenizer('plain records, a ragged last row without a line break', () => {
  assert.equal(values('a,b,c\nd,e\nf'), [['a', 'b', 'c'], ['d', 'e'], ['f']]);
});

tokenizer('quotes, doubled quotes, delimiters and every line break inside quotes', () => {
  const text = 'id,text\r\n1,"say ""hi"", ok"\r\n2,"one\ntwo\r\nthree\rfour"\r\n3,""\r\n';
  assert.equal(values(text), [['id', 'text'], ['1', 'say "hi", ok'], ['2', 'one\ntwo\r\nthree\rfour'], ['3', '']]);
  assert.equal(
    read(text).map((record) => [record.number, record.line, record.start, record.end]),
    [
      [1, 1, 0, 7],
      [2, 2, 9, 27],
      [3, 3, 29, 52],
      [4, 7, 54, 58],
    ],
  );
});

tokenizer('CR, LF and CRLF each end a record; blank lines are records', () => {
  assert.equal(
    read('a\rb\n\nc\r\nd').map((record) => [record.number, record.line, record.cells[0].value]),
    [
      [1, 1, 'a'],
      [2, 2, 'b'],
      [3, 3, ''],
      [4, 4, 'c'],
      [5, 5, 'd'],
    ],
  );
});

tokenizer('tabs, a BOM, and a quote inside an unquoted cell kept as written', () => {
  const text = '\uFEFFsku\tname\nA-1\tA 12" pot\t\n';
  assert.equal(values(text, { delimiter: '\t' }), [
    ['sku', 'name'],
    ['A-1', 'A 12" pot', ''],
  ]);
  assert.is(read(text, { delimiter: '\t' })[0].cells[0].start, 1);
});

tokenizer('without quoting, a leading quote is text (Amazon reports)', () => {
  assert.equal(values('"Best" mug\tB\n', { delimiter: '\t', quoting: false }), [['"Best" mug', 'B']]);
});

tokenizer('cell text maps every unit back to the file, a "" to both quotes', () => {
  const text = 'x,"a ""Nike"" b\nc"';
  const cell = read(text)[0].cells[1];
  const mapped = cellText(text, cell);
  assert.is(mapped.value, 'a "Nike" b\nc');
  assert.equal(mapped.sourceRange(0), [3, 4]);
  assert.equal(mapped.sourceRange(2), [5, 7]);
  assert.equal(mapped.sourceRange(3), [7, 8]);
  assert.equal(mapped.sourceRange(7), [11, 13]);
  assert.equal(mapped.sourceRange(10), [15, 16]);
  assert.equal(mapped.sourceRange(11), [16, 17]);
});

tokenizer('an unclosed quote is reported at the quote, and the next lines are still read', () => {
  const text = 'a,b\n1,"broken\n2,ok\n3,fine\n';
  const records = read(text);
  assert.equal(
    records.map((record) => [record.number, record.line, record.problem?.kind, record.problem?.offset]),
    [
      [1, 1, undefined, undefined],
      [2, 2, 'unclosed-quote', 6],
      [3, 3, undefined, undefined],
      [4, 4, undefined, undefined],
    ],
  );
  assert.equal(records.slice(2).map((record) => record.cells.map((cell) => cell.value)), [
    ['2', 'ok'],
    ['3', 'fine'],
  ]);
});

tokenizer('text after a closing quote is kept and reported', () => {
  const [record] = read('"ab"c,d\n');
  assert.equal(record.cells.map((cell) => cell.value), ['abc', 'd']);
  assert.equal(record.problem?.kind, 'text-after-quote');
  assert.is(record.problem?.offset, 4);
  assert.is(cellText('"ab"c,d\n', record.cells[0]).value, 'abc');
});

tokenizer('sniffs the delimiter of the first lines, outside quotes', () => {
  assert.is(sniffDelimiter('TemplateType=fptcustom\tVersion=2021.1\tsettings=a'), '\t');
  assert.is(sniffDelimiter('TemplateType=fptcustom\nSKU\tName\nitem_sku\titem_name\n'), '\t');
  assert.is(sniffDelimiter('"a;b;c;d",c,d\n1,2,3'), ',');
  assert.is(sniffDelimiter('*Action(SiteID=Germany);CustomLabel;*Title\n'), ';');
});

const oracle = suite('values agree with csv-parse on any well-formed file (fast-check)');

const unit = fc.constantFrom('a', 'B', ' ', '"', ',', '\t', ';', '\r', '\n', '\r\n', 'é', '😀', 'x');
const cellArbitrary = fc.record({ text: fc.array(unit, { maxLength: 6 }).map((units) => units.join('')), forceQuote: fc.boolean() });

oracle('comma, tab and semicolon files; LF, CRLF and CR records; BOM; trailing break or not', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(cellArbitrary, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
      fc.constantFrom(',', '\t', ';'),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
      fc.boolean(),
      (rows, delimiter, newline, bom, trailing) => {
        const encode = ({ text, forceQuote }: { text: string; forceQuote: boolean }) => {
          const needs = forceQuote || text.startsWith('"') || /[",\t;\r\n]/.test(text);
          return needs ? `"${text.replace(/"/g, '""')}"` : text;
        };
        const body = rows.map((row) => row.map(encode).join(delimiter)).join(newline) + (trailing ? newline : '');
        const text = (bom ? '\uFEFF' : '') + body;
        const expected: string[][] = parse(text, {
          delimiter,
          record_delimiter: newline,
          bom: true,
          relax_column_count: true,
          relax_quotes: true,
        });
        const records = read(text, { delimiter });
        assert.equal(records.map((record) => record.cells.map((cell) => cell.value)), expected);
        for (const record of records) {
          assert.is(record.problem, undefined);
          // The line of a record is one more than the line breaks before it.
          const before = text.slice(0, record.start).match(/\r\n|\r|\n/g)?.length ?? 0;
          assert.is(record.line, before + 1);
          for (const cell of record.cells) {
            const mapped = cellText(text, cell);
            assert.is(mapped.value, cell.value);
            for (let i = 0; i < mapped.value.length; i++) {
              const [from, to] = mapped.sourceRange(i);
              assert.is(text.slice(from, to), mapped.value[i] === '"' && cell.quoted ? '""' : mapped.value[i]);
            }
          }
        }
      },
    ),
    { numRuns: 500 },
  );
});

tokenizer.run();
oracle.run();

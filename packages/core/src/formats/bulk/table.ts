import { cellText, readDelimited, type DelimitedCell, type DelimitedProblem } from './delimited.js';
import { LineIndex } from '../../source/line-index.js';
import { MappedText } from '../../source/mapped-text.js';
import { cellRef, type Workbook, type XlsxSheet } from './xlsx.js';

/**
 * Rows of a bulk file, whatever holds them: records of a delimited text file or rows of one
 * spreadsheet sheet. The column mapping reads only this, so every format works in both.
 */

/** One non-empty or empty cell, by 0-based column. */
export interface TableCell {
  column: number;
  value: string;
  /** Text files: the cell's raw range (quotes included). */
  start?: number;
  end?: number;
}

/** One row: a CSV/TSV record or a sheet row. */
export interface TableRow {
  /** 1-based row number in the file (record number in a text file, row number in a sheet). */
  row: number;
  /** Text files: the 1-based line the record starts on. */
  line?: number;
  /** Text files: offset of the record's first character. */
  offset?: number;
  /** Text files: how many cells the record has, empty ones included. */
  width?: number;
  cells: TableCell[];
  /** Whether `cells[i]` is column i (text files); sheet rows leave empty cells out. */
  dense?: boolean;
  problem?: DelimitedProblem;
}

/** Where rows come from, and how a cell's text maps back into the file. */
export interface Table {
  kind: 'text' | 'sheet';
  /** Sheets: the sheet's name. */
  sheet?: string;
  rows(): Iterable<TableRow>;
  /** The cell's value as a mapped text (text files: file offsets; sheets: offset 0, the cell is in `place`). */
  text(row: TableRow, cell: TableCell): MappedText;
  /** The cell's reference (`C4`) in a sheet. */
  ref(row: TableRow, column: number): string | undefined;
}

/** A table over delimited text (the text's BOM, if any, is expected to be removed already, as for every listing file). */
export function textTable(text: string, options: { delimiter: string; quoting?: boolean }): Table {
  return {
    kind: 'text',
    *rows() {
      for (const record of readDelimited(text, options)) {
        // A delimited cell is a table cell already (dense: cell i is column i).
        const row: TableRow = { row: record.number, line: record.line, offset: record.start, width: record.cells.length, cells: record.cells, dense: true };
        if (record.problem) row.problem = record.problem;
        yield row;
      }
    },
    text: (_row, cell) => cellText(text, cell as DelimitedCell),
    ref: () => undefined,
  };
}

/** A table over one sheet of a workbook. */
export function sheetTable(workbook: Workbook, sheet: XlsxSheet): Table {
  return {
    kind: 'sheet',
    sheet: sheet.name,
    *rows() {
      let expected = 1;
      for (const row of workbook.rows(sheet)) {
        // Rows a sheet leaves out are empty rows: they still count, as row numbers do.
        for (; expected < row.row; expected++) yield { row: expected, cells: [] };
        expected = row.row + 1;
        yield { row: row.row, cells: row.cells.map((cell) => ({ column: cell.column, value: cell.value })) };
      }
    },
    text(_row, cell) {
      const mapped = new MappedText();
      mapped.put(cell.value, 0, 0);
      return mapped;
    },
    ref: (row, column) => cellRef(row.row, column),
  };
}

/**
 * The line index of a delimited text file. Old spreadsheet programs end lines with a lone CR,
 * which editors show as a line break but `LineIndex` (LF only) does not: such a file is indexed
 * over a copy with each lone CR read as LF (same length, so every offset stays the same).
 */
export function textLines(text: string): LineIndex {
  return new LineIndex(/\r(?!\n)/.test(text) ? text.replace(/\r(?!\n)/g, '\n') : text);
}

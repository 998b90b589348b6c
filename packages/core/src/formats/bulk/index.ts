import { sniffDelimiter } from './delimited.js';
import type { BulkFormat, ColumnsMapping } from './layouts.js';
import { openBulk, type BulkOpenOptions, type BulkOpenResult } from './listings.js';
import { sheetTable, textTable } from './table.js';
import { Workbook, XlsxError } from './xlsx.js';

export { readDelimited, cellText, sniffDelimiter, type DelimitedCell, type DelimitedRecord, type DelimitedProblem } from './delimited.js';
export { Workbook, XlsxError, cellRef, parseCellRef, type XlsxCell, type XlsxRow, type XlsxSheet } from './xlsx.js';
export { textTable, sheetTable, textLines, type Table, type TableRow, type TableCell } from './table.js';
export { detectLayout, parseAttribute, amazonMarketplaceIds, bulkFormats, type BulkFormat, type Column, type ColumnRole, type ColumnsMapping, type Layout } from './layouts.js';
export { openBulk, buildBulkListing, type BulkItem, type BulkListing, type BulkOpenResult, type BulkPlace, type BulkProblem } from './listings.js';
export { bulkCategoryClasses, amazonProductTypes, shopifyTopCategories } from './categories.js';
export { htmlText } from './html-text.js';

/** How to read one bulk file: what a config `formats` entry says about it. */
export interface BulkReadOptions {
  /** `,`, `\t` or `;`; sniffed from the first line when absent. */
  delimiter?: string;
  format?: BulkFormat;
  columns?: ColumnsMapping;
  /**
   * Text files: the watchlist's raw prefilter, asked once per listing on its rows' raw text. A
   * listing it rules out is built without its text fields (nothing in them can match) and
   * carries `mayMatch: false`; the others carry `mayMatch: true`.
   */
  rowMayMatch?: (raw: string) => boolean;
}

/**
 * Reads a delimited text file (its BOM already removed, as for every listing file). A file
 * whose layout says it is written without quoting (Amazon reports) is read again that way.
 */
export function readBulkText(text: string, options: BulkReadOptions = {}): BulkOpenResult {
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const { rowMayMatch, ...rest } = options;
  const rawMayMatch = rowMayMatch ? (start: number, end: number) => rowMayMatch(text.slice(start, end)) : undefined;
  const openOptions: BulkOpenOptions = rawMayMatch ? { ...rest, rawMayMatch } : rest;
  const opened = openBulk(textTable(text, { delimiter }), openOptions);
  if (opened.kind !== 'bulk' || opened.layout.quoting) return opened;
  return openBulk(textTable(text, { delimiter, quoting: false }), rawMayMatch ? { layout: opened.layout, rawMayMatch } : { layout: opened.layout });
}

/** Reads the listing sheet of an .xlsx/.xlsm workbook; a file that is no workbook is an error naming what to do. */
export function readBulkWorkbook(bytes: Uint8Array, options: BulkReadOptions = {}): BulkOpenResult & { sheet?: string } {
  let workbook: Workbook;
  try {
    workbook = new Workbook(bytes);
  } catch (error) {
    if (error instanceof XlsxError) return { kind: 'error', message: error.message, row: 0 };
    throw error;
  }
  const sheet = workbook.listingSheet();
  if (!sheet) return { kind: 'error', message: 'the workbook has no sheet', row: 0 };
  const { rowMayMatch: _text, ...rest } = options;
  return { ...openBulk(sheetTable(workbook, sheet), rest), sheet: sheet.name };
}

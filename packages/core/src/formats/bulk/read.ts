import { buildListing, type ListingFileContext } from '../../listing/build-listing.js';
import type { Listing, Location } from '../../types.js';
import { readBulkText, readBulkWorkbook, type BulkReadOptions } from './index.js';
import type { Layout } from './layouts.js';
import type { BulkOpenResult, BulkPlace } from './listings.js';
import { textLines } from './table.js';
import { XlsxError } from './xlsx.js';

/**
 * Everything a bulk-file adapter does, without the registry: reads a text or workbook file into
 * `Listing`s built by the same `buildListing` as Markdown and JSON, the place of each field, and
 * one problem per row that could not be read. A spreadsheet's fields have no text position:
 * their locations are 1:1 and `places` holds the sheet and cell.
 */

/** A row that could not be read: a `listing/parse-error` at `location`, naming the record. */
export interface BulkRowProblem {
  message: string;
  location: Location;
  place: { record: number; sheet?: string };
}

export type BulkFileResult =
  | {
      kind: 'listings';
      format: Layout['format'];
      /** The marketplace named by the file itself, if any. */
      marketplace?: string;
      listings: Listing[];
      /** By listing index: the place of each field path, and the listing's own place under `''`. */
      places: Map<string, BulkPlace>[];
      problems: BulkRowProblem[];
      /** Spreadsheets: the sheet read. */
      sheet?: string;
    }
  | { kind: 'not-listing' }
  | { kind: 'error'; message: string; location: Location };

const start: Location = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** One listing read from a bulk file with the places of its fields, or a row that could not be read. */
export type BulkFileItem =
  | {
      kind: 'listing';
      listing: Listing;
      places: Map<string, BulkPlace>;
      /** Set when `rowMayMatch` was asked: false means the listing's text cannot match and its text fields were not built. */
      mayMatch?: boolean;
    }
  | { kind: 'problem'; problem: BulkRowProblem };

/** A bulk file opened: its rows are read one by one as `items` is iterated (each listing can be linted and dropped). */
export type BulkFileStream =
  | { kind: 'rows'; format: Layout['format']; marketplace?: string; sheet?: string; items: Iterable<BulkFileItem> }
  | { kind: 'not-listing' }
  | { kind: 'error'; message: string; location: Location };

/** Reads one bulk file: `bytes` for a workbook, else `text` (UTF-8, BOM removed). */
export function readBulkFile(input: { text: string; bytes?: Uint8Array }, context: ListingFileContext, options: BulkReadOptions = {}): BulkFileResult {
  const opened = openBulkFile(input, context, options);
  if (opened.kind !== 'rows') return opened;
  const listings: Listing[] = [];
  const places: Map<string, BulkPlace>[] = [];
  const problems: BulkRowProblem[] = [];
  for (const item of opened.items) {
    if (item.kind === 'problem') problems.push(item.problem);
    else {
      listings.push(item.listing);
      places.push(item.places);
    }
  }
  const result: BulkFileResult = { kind: 'listings', format: opened.format, listings, places, problems };
  if (opened.marketplace) result.marketplace = opened.marketplace;
  if (opened.sheet !== undefined) result.sheet = opened.sheet;
  return result;
}

/** Opens one bulk file; its listings are built as `items` is iterated, never all at once. */
export function openBulkFile(input: { text: string; bytes?: Uint8Array }, context: ListingFileContext, options: BulkReadOptions = {}): BulkFileStream {
  const workbook = input.bytes !== undefined;
  const lines = workbook ? context.lines : textLines(input.text);
  const located = (offset: number | undefined, line: number | undefined): Location =>
    offset !== undefined ? lines.location(offset, offset) : line !== undefined ? { line, column: 1, endLine: line, endColumn: 1 } : start;
  let opened: BulkOpenResult & { sheet?: string };
  try {
    opened = workbook ? readBulkWorkbook(input.bytes!, options) : readBulkText(input.text, options);
  } catch (error) {
    if (error instanceof XlsxError) return { kind: 'error', message: error.message, location: start };
    throw error;
  }
  if (opened.kind === 'not-listing') return opened;
  if (opened.kind === 'error') return { kind: 'error', message: opened.message, location: located(opened.offset, opened.line) };
  const bulk = opened;
  const buildContext: ListingFileContext = { ...context, lines };
  const fileMarketplace = !bulk.layout.columns.some((column) => column.role.kind === 'marketplace');
  function* items(): Generator<BulkFileItem> {
    try {
      for (const item of bulk.items) {
        if (item.kind === 'problem') {
          const { problem } = item;
          const place: BulkRowProblem['place'] = { record: problem.record };
          if (bulk.sheet !== undefined) place.sheet = bulk.sheet;
          yield { kind: 'problem', problem: { message: `record ${problem.record}: ${problem.message}`, location: located(problem.offset, problem.line), place } };
          continue;
        }
        const read = item.listing;
        const listing = buildListing(read.node, read.index, buildContext);
        if (fileMarketplace) listing.fileMarketplace = true;
        if (workbook) {
          // A cell has no line: every location is the file's start; the cell is in `places`.
          listing.location = start;
          for (const field of [...listing.fields, ...(listing.brand ? [listing.brand] : [])]) field.locate = () => start;
          for (const image of listing.images) image.location = start;
          for (const key of Object.keys(listing.keyLocations)) listing.keyLocations[key] = start;
          for (const ignore of listing.ignores) ignore.location = start;
        }
        const fieldPlaces = read.places;
        fieldPlaces.set('', read.place);
        yield read.mayMatch === undefined ? { kind: 'listing', listing, places: fieldPlaces } : { kind: 'listing', listing, places: fieldPlaces, mayMatch: read.mayMatch };
      }
    } catch (error) {
      // A sheet whose XML breaks half-way: what was read stands, the rest is one problem.
      if (!(error instanceof XlsxError)) throw error;
      yield { kind: 'problem', problem: { message: error.message, location: start, place: { record: 0, ...(bulk.sheet ? { sheet: bulk.sheet } : {}) } } };
    }
  }
  const result: BulkFileStream = { kind: 'rows', format: bulk.layout.format, items: items() };
  if (bulk.layout.marketplace) result.marketplace = bulk.layout.marketplace;
  if (bulk.sheet !== undefined) result.sheet = bulk.sheet;
  return result;
}

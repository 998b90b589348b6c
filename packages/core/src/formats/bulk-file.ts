import type { ListingFileContext } from '../listing/build-listing.js';
import type { Listing, Place } from '../types.js';
import type { BulkPlace } from './bulk/listings.js';
import { readBulkFile } from './bulk/read.js';
import type { FormatAdapter, FormatInput, ListingFileResult } from './format.js';

/**
 * The bulk listing files of issue #12: delimited text (Amazon inventory templates and reports,
 * Shopify, WooCommerce, eBay File Exchange and Etsy CSVs) and Excel workbooks (.xlsx/.xlsm).
 * Both are sniffed by content: a `.txt` or `.csv` that is no listing file is `not-listing`, so a
 * glob skips it silently. Each field, image and listing carries its `place` (record, header,
 * label, SKU; sheet and cell in workbooks); a row that cannot be read is a per-row problem.
 */
function readBulk(input: FormatInput, context: ListingFileContext): ListingFileResult {
  const result = readBulkFile(input, context);
  if (result.kind !== 'listings') return result;
  result.listings.forEach((listing, i) => placeListing(listing, result.places[i]));
  const problems = result.problems.map((problem) => ({
    message: problem.message,
    location: problem.location,
    record: problem.place.record,
    ...(problem.place.sheet !== undefined ? { sheet: problem.place.sheet } : {}),
  }));
  return problems.length > 0 ? { kind: 'listings', listings: result.listings, problems } : { kind: 'listings', listings: result.listings };
}

/** Copies the places the reader found onto the listing's fields, images and the listing itself. */
function placeListing(listing: Listing, places: Map<string, BulkPlace>): void {
  const own = places.get('sku') ?? places.get('');
  if (own) listing.place = asPlace(own);
  for (const field of listing.fields) {
    const place = places.get(field.path);
    if (place) field.place = asPlace(place);
  }
  const brand = places.get('brand');
  if (listing.brand && brand) listing.brand.place = asPlace(brand);
  for (const image of listing.images) {
    const place = places.get(image.field);
    if (place) image.place = asPlace(place);
  }
}

function asPlace(place: BulkPlace): Place {
  const out: Place = { record: place.record, header: place.header };
  if (place.label !== undefined) out.label = place.label;
  if (place.sku !== undefined) out.sku = place.sku;
  if (place.sheet !== undefined) out.sheet = place.sheet;
  if (place.cell !== undefined) out.cell = place.cell;
  return out;
}

/** Tab-, comma- or semicolon-delimited bulk files: `.txt`, `.tsv`, `.csv`. */
export const delimitedFormat: FormatAdapter = {
  name: 'delimited',
  syntax: 'delimited text',
  include: ['**/*.{txt,tsv,csv}'],
  claims: (fileName) => /\.(txt|tsv|csv)$/i.test(fileName),
  read: (input, context) => readBulk(input, context),
};

/** Excel workbooks (`.xlsx`, `.xlsm`): read from their bytes; findings name the sheet and cell. */
export const workbookFormat: FormatAdapter = {
  name: 'workbook',
  syntax: 'workbook',
  include: ['**/*.{xlsx,xlsm}'],
  binary: true,
  claims: (fileName) => /\.(xlsx|xlsm)$/i.test(fileName),
  read: (input, context) => readBulk(input, context),
};

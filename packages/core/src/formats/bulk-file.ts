import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileMatches } from '../source/file-glob.js';
import type { ListingFileContext } from '../listing/build-listing.js';
import type { Listing, Place } from '../types.js';
import type { BulkReadOptions } from './bulk/index.js';
import type { BulkFormat, ColumnsMapping } from './bulk/layouts.js';
import type { BulkPlace } from './bulk/listings.js';
import { readBulkText } from './bulk/index.js';
import { openBulkFile } from './bulk/read.js';
import { MiB, type FormatAdapter, type FormatInput, type FormatReadOptions, type ListingFileResult, type ReadInputs, type RowProblem } from './format.js';

/**
 * The bulk listing files of issue #12: delimited text (Amazon inventory templates and reports,
 * Shopify, WooCommerce, eBay File Exchange and Etsy CSVs) and Excel workbooks (.xlsx/.xlsm).
 * Both are sniffed by content: a `.txt` or `.csv` that is no listing file is `not-listing`, so a
 * glob skips it silently. Each field, image and listing carries its `place` (record, header,
 * label, SKU; sheet and cell in workbooks); a row that cannot be read is a per-row problem.
 */
function readBulk(input: FormatInput, context: ListingFileContext, options: FormatReadOptions): ListingFileResult {
  const mapping = mappingFor(context, options.inputs);
  if (options.rowMayMatch && options.stream && input.bytes === undefined) mapping.rowMayMatch = options.rowMayMatch;
  const opened = openBulkFile(input, context, mapping);
  if (opened.kind !== 'rows') return opened;
  const roots = options.inputs?.imageRoots ?? [];
  const stream = (function* (): Generator<{ listing: Listing; mayMatch?: boolean } | { problem: RowProblem }> {
    for (const item of opened.items) {
      if (item.kind === 'problem') {
        const { problem } = item;
        yield {
          problem: {
            message: problem.message,
            location: problem.location,
            record: problem.place.record,
            ...(problem.place.sheet !== undefined ? { sheet: problem.place.sheet } : {}),
          },
        };
        continue;
      }
      placeListing(item.listing, item.places);
      if (roots.length > 0) resolveImageUrls(item.listing, roots, context);
      yield item.mayMatch === undefined ? { listing: item.listing } : { listing: item.listing, mayMatch: item.mayMatch };
    }
  })();
  if (options.stream) return { kind: 'listings', listings: [], stream };
  const listings: Listing[] = [];
  const problems: RowProblem[] = [];
  for (const item of stream) {
    if ('listing' in item) listings.push(item.listing);
    else problems.push(item.problem);
  }
  return problems.length > 0 ? { kind: 'listings', listings, problems } : { kind: 'listings', listings };
}

/** The first config `formats` entry whose `files` match the file (relative to the project root). */
function mappingFor(context: ListingFileContext, inputs: ReadInputs | undefined): BulkReadOptions {
  if (!inputs || inputs.formats.length === 0) return {};
  const relative = path.relative(context.root, context.absolutePath).split(path.sep).join('/');
  const entry = inputs.formats.find((mapping) => mapping.files.some((pattern) => fileMatches(pattern, relative)));
  if (!entry) return {};
  const options: BulkReadOptions = {};
  if (entry.delimiter !== undefined) options.delimiter = entry.delimiter;
  if (entry.format !== undefined) options.format = entry.format as BulkFormat;
  if (entry.columns !== undefined) options.columns = entry.columns as ColumnsMapping;
  return options;
}

/**
 * `images.roots`: an image URL's file name (`…/I/81abc.jpg` → `81abc.jpg`) looked up in each
 * root folder in turn; found inside the project, it is OCR'd like a local image. Never fetched.
 */
function resolveImageUrls(listing: Listing, roots: readonly string[], context: ListingFileContext): void {
  for (const image of listing.images) {
    if (image.path !== undefined || !/^https?:\/\//i.test(image.written)) continue;
    let name: string;
    try {
      name = decodeURIComponent(new URL(image.written).pathname.split('/').pop() ?? '');
    } catch {
      continue;
    }
    if (name === '' || name.includes('/') || name.includes('\\')) continue;
    for (const root of roots) {
      const candidate = path.join(root, name);
      const relative = path.relative(context.root, candidate);
      if (relative.startsWith('..') || path.isAbsolute(relative) || !existsSync(candidate)) continue;
      image.absolutePath = candidate;
      // Image paths are shown relative to the working directory, as for Markdown listings.
      image.path = path.relative(context.cwd, candidate).split(path.sep).join('/');
      break;
    }
  }
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

/** Whether leniently decoded text has the header of a bulk listing file (only its first rows are read). */
function recognisesText(text: string, context: ListingFileContext, inputs: ReadInputs | undefined): boolean {
  return readBulkText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, mappingFor(context, inputs)).kind !== 'not-listing';
}

/** Tab-, comma- or semicolon-delimited bulk files: `.txt`, `.tsv`, `.csv`. */
export const delimitedFormat: FormatAdapter = {
  name: 'delimited',
  syntax: 'delimited text',
  // A JavaScript string holds at most about 512 million characters.
  maxBytes: 256 * MiB,
  include: ['**/*.{txt,tsv,csv}'],
  claims: (fileName) => /\.(txt|tsv|csv)$/i.test(fileName),
  recognises: recognisesText,
  rowPrefilter: true,
  read: readBulk,
};

/** Excel workbooks (`.xlsx`, `.xlsm`): read from their bytes; findings name the sheet and cell. */
export const workbookFormat: FormatAdapter = {
  name: 'workbook',
  syntax: 'workbook',
  maxBytes: 100 * MiB,
  include: ['**/*.{xlsx,xlsm}'],
  binary: true,
  claims: (fileName) => /\.(xlsx|xlsm)$/i.test(fileName),
  read: readBulk,
};

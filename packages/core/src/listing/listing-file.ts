import type { Listing, Location } from '../types.js';
import type { ListingFileContext } from './build-listing.js';
import { LineIndex } from './line-index.js';
import { readJsonListing } from './json.js';
import { readMarkdownListing } from './markdown.js';

/** What reading one file gave: its listings, nothing (not a listing), or a parse error. */
export type ListingFileResult =
  | { kind: 'listings'; listings: Listing[] }
  | { kind: 'not-listing' }
  | { kind: 'error'; message: string; location: Location };

/** The listing formats, by file name. */
export type ListingFormat = 'markdown' | 'json';

/** The format of a listing file, or undefined when the name is not a listing file's. */
export function listingFormat(fileName: string): ListingFormat | undefined {
  if (/\.listing\.json$/i.test(fileName)) return 'json';
  if (/\.(?:md|markdown)$/i.test(fileName)) return 'markdown';
  return undefined;
}

/** Where a file is and how it is shown; the line index is made from the text. */
export type ListingFileInfo = Omit<ListingFileContext, 'lines'>;

/**
 * Reads a listing file's text (a leading BOM is dropped; positions count from after it).
 * With `prose: false` a Markdown body is not parsed.
 */
export function readListingFile(
  text: string,
  format: ListingFormat,
  info: ListingFileInfo,
  prose = true,
): { result: ListingFileResult; source: string; lines: LineIndex } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(source);
  const context = { ...info, lines };
  const result = format === 'json' ? readJsonListing(source, context) : readMarkdownListing(source, context, prose);
  return { result, source, lines };
}

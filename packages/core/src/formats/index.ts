import type { ListingFileContext } from '../listing/build-listing.js';
import { stripBom } from '../source/bom.js';
import { LineIndex } from '../source/line-index.js';
import type { FormatAdapter, FormatInput, FormatReadOptions, ListingFileInfo, ListingFileResult, ReadInputs } from './format.js';
import { delimitedFormat, workbookFormat } from './bulk-file.js';
import { jsonFormat } from './json.js';
import { markdownFormat } from './markdown.js';

export type { FormatAdapter, FormatInput, FormatReadOptions, ListingFileInfo, ListingFileResult, PrefilterParts, RowProblem, FormatMapping, ReadInputs } from './format.js';

/** Every input format, in the order they are tried on a file that several claim. Adding a format is one line here. */
export const formats: readonly FormatAdapter[] = [markdownFormat, jsonFormat, delimitedFormat, workbookFormat];

/** A format's name: `markdown`, `json`, … */
export type ListingFormat = string;

/** The formats that claim a file by its name, in registry order (empty: not a listing file). */
export function formatsFor(fileName: string): FormatAdapter[] {
  return formats.filter((format) => format.claims(fileName));
}

/** The name of the first format that claims a file, or undefined when none does. */
export function listingFormat(fileName: string): ListingFormat | undefined {
  return formatsFor(fileName)[0]?.name;
}

/** A format by name. */
export function formatNamed(name: ListingFormat): FormatAdapter {
  const format = formats.find((candidate) => candidate.name === name);
  if (format === undefined) throw new Error(`Unknown listing format \`${name}\``);
  return format;
}

/** The default `include` globs: every format's. */
export function defaultInclude(): string[] {
  return formats.flatMap((format) => format.include);
}

/** Loads every format's parser on this thread (remark for Markdown bodies). */
export async function prepareFormats(): Promise<void> {
  await Promise.all(formats.map((format) => format.prepare?.()));
}

/**
 * Reads a listing file's text (a leading BOM is dropped; positions count from after it).
 * With `prose: false` parts that only text rules need (a Markdown body) are not parsed; with
 * `stream`, a bulk file's listings come one by one from `result.stream`.
 */
export function readListingFile(
  text: string,
  format: ListingFormat | FormatAdapter,
  info: ListingFileInfo,
  prose = true,
  bytes?: Uint8Array,
  inputs?: ReadInputs,
  stream = false,
  rowMayMatch?: (raw: string) => boolean,
): { result: ListingFileResult; source: string; lines: LineIndex } {
  const adapter = typeof format === 'string' ? formatNamed(format) : format;
  const source = stripBom(text);
  const lines = new LineIndex(source);
  const context: ListingFileContext = { ...info, lines };
  const input: FormatInput = bytes ? { text: source, bytes } : { text: source };
  const options: FormatReadOptions = inputs ? { prose, inputs } : { prose };
  if (stream) options.stream = true;
  if (rowMayMatch) options.rowMayMatch = rowMayMatch;
  return { result: adapter.read(input, context, options), source, lines };
}

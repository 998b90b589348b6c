import { buildListing, listingMarkerKeys, type ListingFileContext } from '../listing/build-listing.js';
import { bodyLimitProblem, loadMarkdownParser, markdownProse, plainProse } from './markdown-body.js';
import { ListingSyntaxError } from '../source/source-tree.js';
import { parseYamlSource } from '../source/yaml-source.js';
import { MiB, type FormatAdapter, type ListingFileResult } from './format.js';
import { parseDirectives } from './parse-directives.js';
import { scannedProse } from './markdown-scan.js';

const openingFence = /^---[ \t]*\r?\n/;
const closingFence = /^(?:---|\.\.\.)[ \t]*$/m;

/** Where the front matter of a Markdown file stands, or undefined when it has none. */
export function frontMatterRange(source: string): { start: number; end: number; bodyStart: number } | undefined {
  const opening = openingFence.exec(source);
  if (!opening) return undefined;
  const start = opening[0].length;
  closingFence.lastIndex = 0;
  const rest = source.slice(start);
  const closing = closingFence.exec(rest);
  if (!closing) return undefined;
  const end = start + closing.index;
  const lineEnd = source.indexOf('\n', end);
  return { start, end, bodyStart: lineEnd === -1 ? source.length : lineEnd + 1 };
}

/**
 * Reads a Markdown listing: YAML front matter plus the body. With `prose: false` the body
 * is not parsed (only the listing's images are wanted).
 */
export function readMarkdownListing(source: string, context: ListingFileContext, prose: boolean): ListingFileResult {
  const range = frontMatterRange(source);
  if (!range) return unreadableFrontMatter(source, context);
  const yamlText = source.slice(range.start, range.end);
  let tree;
  try {
    tree = parseYamlSource(yamlText, range.start);
  } catch (error) {
    // A broken front matter is a listing problem only if it looks like a listing.
    const looksLikeListing = new RegExp(`^(?:${listingMarkerKeys.join('|')})\\s*:`, 'm').test(yamlText);
    if (error instanceof ListingSyntaxError && looksLikeListing) {
      return { kind: 'error', message: error.message, location: context.lines.location(error.offset, error.offset) };
    }
    if (error instanceof ListingSyntaxError) return { kind: 'not-listing' };
    throw error;
  }
  if (!tree || tree.kind !== 'map' || !tree.entries.some((entry) => listingMarkerKeys.includes(entry.key))) {
    return { kind: 'not-listing' };
  }
  // A body beyond the parser's limits is refused before anything parses it (whether or not
  // the prose is wanted, so the outcome never depends on the watchlist).
  const tooDeep = bodyLimitProblem(source, range.bodyStart);
  if (tooDeep) {
    return { kind: 'error', message: tooDeep.message, location: context.lines.location(tooDeep.offset, tooDeep.offset), syntax: 'Markdown body' };
  }
  const listing = buildListing(tree, 0, context);
  if (prose) {
    const body = plainProse(source, range.bodyStart) ?? scannedProse(source, range.bodyStart) ?? markdownProse(source);
    const name = listing.fields.some((field) => field.path === 'description') ? 'body' : 'description';
    if (body.value.trim() !== '') listing.fields.push(body.toField(name, context.lines));
  }
  return { kind: 'listings', listings: [listing] };
}

const markerLine = new RegExp(`^(?:${listingMarkerKeys.join('|')})\\s*:`, 'm');

/**
 * A file that opens front matter but whose front matter cannot be found: never closed, or
 * written with CR-only line breaks. Reported when it looks like a listing; else not a listing.
 */
function unreadableFrontMatter(source: string, context: ListingFileContext): ListingFileResult {
  if (!source.startsWith('---')) return { kind: 'not-listing' };
  const at = context.lines.location(0, 3);
  if (/^---[ \t]*\r(?!\n)/.test(source) && markerLine.test(source.replace(/\r/g, '\n'))) {
    return { kind: 'error', message: 'The file breaks lines with CR alone (old Mac line endings): save it with LF or CRLF line endings', location: at };
  }
  if (/^---[ \t]*\r?\n/.test(source) && markerLine.test(source)) {
    return { kind: 'error', message: 'The front matter is never closed: add a line `---` after its last key', location: at };
  }
  return { kind: 'not-listing' };
}

/** Markdown with YAML front matter: the front matter holds the keys, the body is the description. */
export const markdownFormat: FormatAdapter = {
  name: 'markdown',
  syntax: 'front matter',
  maxBytes: 32 * MiB,
  include: ['**/*.md'],
  claims: (fileName) => /\.(?:md|markdown)$/i.test(fileName),
  prepare: loadMarkdownParser,
  read: (input, context, options) => readMarkdownListing(input.text, context, options.prose),
  // Every directive comment starts with `listinglint-`; most files have none, and scanning for them costs.
  directives: (text) => (text.includes('listinglint-') ? parseDirectives(text, 'markdown') : []),
  prefilterParts(text) {
    const range = frontMatterRange(text);
    return range ? { head: text.slice(0, range.bodyStart), body: text.slice(range.bodyStart) } : { head: text };
  },
};

import { buildListing, type ListingFileContext } from '../listing/build-listing.js';
import { parseJsonSource } from '../source/json-source.js';
import { ListingSyntaxError } from '../source/source-tree.js';
import { MiB, type FormatAdapter, type ListingFileResult } from './format.js';

/** Reads a `*.listing.json` file: one listing object, or an array of them. */
export function readJsonListing(source: string, context: ListingFileContext): ListingFileResult {
  let tree;
  try {
    tree = parseJsonSource(source);
  } catch (error) {
    if (!(error instanceof ListingSyntaxError)) throw error;
    return { kind: 'error', message: error.message, location: context.lines.location(error.offset, error.offset) };
  }
  const objects = tree.kind === 'seq' ? tree.items : [tree];
  const bad = objects.find((node) => node.kind !== 'map');
  if (bad) {
    return {
      kind: 'error',
      message: 'A listing file holds one listing object or an array of listing objects',
      location: context.lines.location(bad.start, bad.start),
    };
  }
  return {
    kind: 'listings',
    listings: objects.map((node, index) => buildListing(node as typeof node & { kind: 'map' }, index, context)),
  };
}

/** `*.listing.json`: one listing object or an array of them; JSON has no comments, so no directives. */
export const jsonFormat: FormatAdapter = {
  name: 'json',
  syntax: 'JSON',
  maxBytes: 64 * MiB,
  include: ['**/*.listing.json'],
  claims: (fileName) => /\.listing\.json$/i.test(fileName),
  read: (input, context) => readJsonListing(input.text, context),
};

import { buildListing, type ListingFileContext } from './build-listing.js';
import { parseJsonSource } from './json-source.js';
import { ListingSyntaxError } from './source-tree.js';
import type { ListingFileResult } from './listing-file.js';

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

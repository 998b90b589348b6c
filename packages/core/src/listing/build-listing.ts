import path from 'node:path';
import type { Field, ImageRef, Listing, ListingIgnore, Location } from '../types.js';
import type { LineIndex } from '../source/line-index.js';
import type { SourceNode } from '../source/source-tree.js';

/** Keys that carry data about the listing rather than text to scan. */
export const reservedKeys = new Set(['sku', 'asin', 'marketplace', 'category', 'classes', 'images', 'language', 'listinglint']);

/** Keys whose presence makes a front matter a listing. */
export const listingMarkerKeys = ['title', 'bullets', 'sku'];

/** Where a listing file lives and how its paths are shown. */
export interface ListingFileContext {
  /** Path shown in findings (relative to the working directory, forward slashes). */
  file: string;
  /** Absolute path of the listing file. */
  absolutePath: string;
  /** Absolute project root: images outside it are refused. */
  root: string;
  /** Absolute working directory: image paths are shown relative to it. */
  cwd: string;
  lines: LineIndex;
}

/** Turns one listing object of a source tree into a `Listing`; extra text (the Markdown body) is added by the caller. */
export function buildListing(node: SourceNode & { kind: 'map' }, index: number, context: ListingFileContext): Listing {
  const { lines } = context;
  const locate = (start: number, end: number): Location => lines.location(start, end);
  const fields: Field[] = [];
  const images: ImageRef[] = [];
  const ignores: ListingIgnore[] = [];
  const keyLocations: Record<string, Location> = {};
  const listing: Listing = {
    file: context.file,
    index,
    fields,
    images,
    location: locate(node.start, node.start),
    keyLocations,
    ignores,
    directives: [],
  };

  const invalid = (key: string, expected: string) => {
    listing.invalidKeys = { ...listing.invalidKeys, [key]: expected };
  };

  const collectText = (value: SourceNode, fieldPath: string) => {
    if (value.kind === 'string') fields.push(value.text.toField(fieldPath, lines));
    else if (value.kind === 'seq') value.items.forEach((item, i) => collectText(item, `${fieldPath}[${i}]`));
    else if (value.kind === 'map') for (const entry of value.entries) collectText(entry.value, `${fieldPath}.${entry.key}`);
  };

  for (const { key, keyStart, value } of node.entries) {
    keyLocations[key] = locate(value.start, value.end);
    switch (key) {
      case 'sku':
      case 'asin':
      case 'marketplace':
      case 'category':
      case 'language': {
        const text = scalarText(value);
        if (text !== undefined) listing[key] = text;
        else if (value.kind === 'map' || value.kind === 'seq') invalid(key, 'one text value');
        if (key === 'sku') listing.location = locate(keyStart, value.end);
        break;
      }
      case 'classes': {
        const items = value.kind === 'seq' ? value.items : [value];
        listing.classes = items.flatMap((item) => {
          const number = Number(scalarText(item));
          return Number.isInteger(number) && number >= 1 && number <= 45 ? [number] : [];
        });
        if (listing.classes.length < items.length) invalid('classes', 'Nice class numbers from 1 to 45, e.g. `classes: [9]`');
        break;
      }
      case 'images': {
        if (value.kind === 'map') invalid('images', 'a list of image paths, e.g. `images: [main.jpg]`');
        const items = value.kind === 'seq' ? value.items : [value];
        items.forEach((item, i) => {
          const written = scalarText(item);
          if (written === undefined) return;
          images.push(resolveImage(written, `images[${i}]`, locate(item.start, item.end), context));
        });
        break;
      }
      case 'listinglint':
        ignores.push(...readIgnores(value, locate));
        break;
      case 'brand':
        if (value.kind === 'string') listing.brand = value.text.toField('brand', lines);
        break;
      default:
        collectText(value, key);
    }
  }
  return listing;
}

function scalarText(node: SourceNode): string | undefined {
  if (node.kind === 'string') return node.text.value;
  if (node.kind === 'scalar' && node.value !== null) return String(node.value);
  return undefined;
}

function resolveImage(written: string, field: string, location: Location, context: ListingFileContext): ImageRef {
  const escapes = (target: string) => {
    const relative = path.relative(context.root, target);
    return relative.startsWith('..') || path.isAbsolute(relative);
  };
  if (path.isAbsolute(written) || /^[a-z][a-z0-9+.-]*:/i.test(written)) {
    return { field, written, path: undefined, absolutePath: undefined, location };
  }
  const absolutePath = path.resolve(path.dirname(context.absolutePath), written);
  if (escapes(absolutePath)) return { field, written, path: undefined, absolutePath: undefined, location };
  const shown = path.relative(context.cwd, absolutePath).split(path.sep).join('/');
  return { field, written, path: shown, absolutePath, location };
}

function readIgnores(node: SourceNode, locate: (start: number, end: number) => Location): ListingIgnore[] {
  if (node.kind !== 'map') return [];
  const ignore = node.entries.find((entry) => entry.key === 'ignore')?.value;
  if (!ignore || ignore.kind !== 'seq') return [];
  return ignore.items.flatMap((item) => {
    if (item.kind !== 'map') return [];
    const get = (key: string) => {
      const value = item.entries.find((entry) => entry.key === key)?.value;
      return value ? scalarText(value) : undefined;
    };
    return [{ rule: get('rule'), mark: get('mark'), reason: get('reason'), location: locate(item.start, item.end) }];
  });
}

import { MappedText } from '../../source/mapped-text.js';
import type { SourceEntry, SourceNode } from '../../source/source-tree.js';
import { htmlText, looksLikeHtml } from './html-text.js';
import { detectLayout, headRowLimit, type BulkFormat, type Column, type ColumnsMapping, type Layout } from './layouts.js';
import { sliceMapped, splitMapped } from './mapped-slice.js';
import type { Table, TableCell, TableRow } from './table.js';
import type { Place } from '../../types.js';

/**
 * Rows of a bulk file → one `SourceNode` map per listing (what `buildListing` reads for
 * Markdown and JSON too), with the place of every field: the 1-based data record, the
 * column's header and label, the SKU, and in a sheet the sheet and cell.
 */

/** Where a field stands in a bulk file: the report's `place` (design.md "JSON report"). */
export type BulkPlace = Place;

/** One listing read from a bulk file. */
export interface BulkListing {
  /** 0-based index of the listing in the file. */
  index: number;
  /** The listing as a source tree, keys as in a Markdown front matter. */
  node: SourceNode & { kind: 'map' };
  sku?: string;
  /** The listing's own place: its SKU cell, else its first row's first column. */
  place: BulkPlace;
  /** Places by field path (`title`, `bullets[0]`, `keywords[2]`, `images[1]`, `SEO Title`) and reserved key (`sku`, `category`, `marketplace`). */
  places: Map<string, BulkPlace>;
  /** The listing's first row: its number in the file, and in a text file its line. */
  row: number;
  line?: number;
  /** Set when the rows' raw text was prefiltered: false means built without text fields (none could match). */
  mayMatch?: boolean;
}

/** A row that could not be read; the other rows are still linted. */
export interface BulkProblem {
  row: number;
  /** 1-based data record (0 or less for a header row). */
  record: number;
  line?: number;
  /** Text files: offset of the fault. */
  offset?: number;
  message: string;
}

export type BulkItem = { kind: 'listing'; listing: BulkListing } | { kind: 'problem'; problem: BulkProblem };

export type BulkOpenResult =
  | { kind: 'bulk'; layout: Layout; items: Iterable<BulkItem> }
  | { kind: 'not-listing' }
  | { kind: 'error'; message: string; row: number; line?: number; offset?: number };

export interface BulkOpenOptions {
  /** Force a built-in format (config `formats: [{files, format}]`). */
  format?: BulkFormat;
  /** A config column mapping (config `formats: [{files, columns}]`). */
  columns?: ColumnsMapping;
  /** A layout already detected (a text file re-read without quoting). */
  layout?: Layout;
  /** Text files: whether a listing's raw text (offsets of its rows) may hold a mark; see `BulkReadOptions.rowMayMatch`. */
  rawMayMatch?: (start: number, end: number) => boolean;
}

/** Detects the layout from the first rows, then reads listings row by row. */
export function openBulk(table: Table, options: BulkOpenOptions = {}): BulkOpenResult {
  const iterator = table.rows()[Symbol.iterator]();
  const head: TableRow[] = [];
  while (head.length < headRowLimit) {
    const next = iterator.next();
    if (next.done) break;
    head.push(next.value);
  }
  const layout = options.layout ?? detectLayout(head, options);
  if (layout === undefined) return { kind: 'not-listing' };
  if ('error' in layout) return { kind: 'error', message: layout.error, row: 1, line: head[0]?.line, offset: head[0]?.offset };
  function* rows(): Generator<TableRow> {
    yield* head;
    for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
  }
  return { kind: 'bulk', layout, items: readListings(table, layout, rows(), options.rawMayMatch) };
}

function* readListings(table: Table, layout: Layout, rows: Iterable<TableRow>, rawMayMatch?: (start: number, end: number) => boolean): Generator<BulkItem> {
  let headerWidth: number | undefined;
  let group: TableRow[] = [];
  let groupKey: string | undefined;
  let index = 0;
  const flush = function* (): Generator<BulkItem> {
    if (group.length > 0) {
      // The raw text of its rows' field cells, one prefilter call a row: a listing that cannot match is built lean.
      const mayMatch = rawMayMatch ? group.some((row) => rowMayMatch(row, layout, rawMayMatch)) : undefined;
      const listing = buildBulkListing(table, layout, group, index++, mayMatch === false);
      if (mayMatch !== undefined) listing.mayMatch = mayMatch;
      yield { kind: 'listing', listing };
    }
    group = [];
    groupKey = undefined;
  };
  for (const row of rows) {
    if (row.row === layout.headerRow) headerWidth = row.width;
    if (row.row < layout.dataRow) continue;
    const record = row.row - layout.dataRow + 1;
    if (row.problem) {
      yield { kind: 'problem', problem: { row: row.row, record, line: row.line, offset: row.problem.offset, message: row.problem.message } };
      continue;
    }
    if (row.cells.every((cell) => cell.value.trim() === '')) continue;
    if (table.kind === 'text' && headerWidth !== undefined && row.width !== undefined && row.width !== headerWidth) {
      const extraIsEmpty = row.width > headerWidth && row.cells.slice(headerWidth).every((cell) => cell.value === '');
      if (!extraIsEmpty) {
        const delimiter = layout.format === 'amazon-template' || layout.format === 'amazon-listings-report' ? 'tab' : 'delimiter';
        yield {
          kind: 'problem',
          problem: {
            row: row.row,
            record,
            line: row.line,
            offset: row.offset,
            message: `the row has ${row.width} cells where the header row has ${headerWidth}: a ${delimiter} is missing or extra, or a cell holding one is not quoted`,
          },
        };
        continue;
      }
    }
    if (layout.groupBy === undefined) {
      group = [row];
      yield* flush();
      continue;
    }
    const key = row.cells.find((cell) => cell.column === layout.groupBy)?.value.trim() ?? '';
    // A row with the same handle, or none (an image row), continues the product.
    if (group.length > 0 && (key === groupKey || key === '')) {
      group.push(row);
      continue;
    }
    yield* flush();
    group = [row];
    groupKey = key;
  }
  yield* flush();
}

/** Roles whose cells become the listing's scanned fields (the others are reserved keys). */
const fieldRoles = new Set(['title', 'brand', 'bullet', 'description', 'keywords', 'text']);
const fieldSpans = new WeakMap<Layout, { first: number; last: number } | null>();

/**
 * Whether a text row's field cells may hold a mark: the raw range from its first field column's
 * cell to its last one's (SKU, price and other reserved cells around them left out), asked once.
 */
function rowMayMatch(row: TableRow, layout: Layout, rawMayMatch: (start: number, end: number) => boolean): boolean {
  let span = fieldSpans.get(layout);
  if (span === undefined) {
    const indexes = activeColumns(layout)
      .filter((column) => fieldRoles.has(column.role.kind))
      .map((column) => column.index);
    span = indexes.length === 0 ? null : { first: Math.min(...indexes), last: Math.max(...indexes) };
    fieldSpans.set(layout, span);
  }
  if (!row.dense) return true;
  if (span === null || row.cells.length <= span.first) return false;
  const first = row.cells[span.first];
  const last = row.cells[Math.min(span.last, row.cells.length - 1)];
  if (first.start === undefined || last.end === undefined) return true;
  return rawMayMatch(first.start, last.end);
}

interface Entry {
  column: Column;
  order: number;
  row: TableRow;
  text: MappedText;
  start: number;
  end: number;
  place: BulkPlace;
}

const active = new WeakMap<Layout, Column[]>();
/** The columns worth reading: not the skipped ones. */
function activeColumns(layout: Layout): Column[] {
  let columns = active.get(layout);
  if (!columns) {
    columns = layout.columns.filter((column) => column.role.kind !== 'skip');
    active.set(layout, columns);
  }
  return columns;
}

const stringNode = (text: MappedText, start: number, end: number): SourceNode => ({ kind: 'string', text, start, end });

/** Whether a text in a column nobody mapped is worth scanning: it has letters and is not a bare URL. */
const isProse = (value: string) => /\p{L}/u.test(value) && !/^\s*(?:https?|ftp):\/\/\S*\s*$/i.test(value);

/** Roles whose cells are only scanned text: a listing built `lean` leaves them out. */
const scannedOnly = new Set(['bullet', 'description', 'keywords', 'text']);

/**
 * One listing from its rows (several for a Shopify product). `lean`: the listing's text cannot
 * hold a mark, so the cells only text rules read (bullets, description, keywords, other prose)
 * are left out; what other rules read (SKU, marketplace, category, images, ignores, title and
 * brand for image findings) and every place is built as usual.
 */
export function buildBulkListing(table: Table, layout: Layout, rows: TableRow[], index: number, lean = false): BulkListing {
  const byRole = new Map<string, Entry[]>();
  const add = (key: string, entry: Entry) => {
    const list = byRole.get(key);
    if (list) list.push(entry);
    else byRole.set(key, [entry]);
  };
  const columns = activeColumns(layout);
  for (const row of rows) {
    const cells = row.dense ? undefined : new Map<number, TableCell>(row.cells.map((cell) => [cell.column, cell]));
    for (const column of columns) {
      const cell = cells ? cells.get(column.index) : row.cells[column.index];
      if (!cell || cell.value.length === 0 || cell.value.trim() === '') continue;
      if (lean && scannedOnly.has(column.role.kind)) continue;
      const place: BulkPlace = { record: row.row - layout.dataRow + 1, header: column.header };
      if (column.label) place.label = column.label;
      if (table.sheet !== undefined) {
        place.sheet = table.sheet;
        place.cell = table.ref(row, column.index);
      }
      const { role } = column;
      let text = table.text(row, cell);
      if ((role.kind === 'description' || role.kind === 'text') && role.html && looksLikeHtml(text.value)) text = htmlText(text);
      const entry: Entry = { column, order: 'order' in role ? role.order : 'priority' in role ? role.priority : 0, row, text, start: cell.start ?? 0, end: cell.end ?? 0, place };
      if (role.kind === 'text') {
        if (isProse(cell.value)) add(`text:${column.header}`, entry);
      } else add(role.kind, entry);
    }
  }
  const byOrder = (list: Entry[] | undefined) => (list ?? []).slice().sort((a, b) => a.order - b.order);
  const entries: SourceEntry[] = [];
  const places = new Map<string, BulkPlace>();
  const put = (key: string, value: SourceNode, place?: BulkPlace) => {
    entries.push({ key, keyStart: value.start, keyEnd: value.start, value });
    if (place) places.set(key, place);
  };
  const single = (key: string, entry: Entry | undefined) => {
    if (entry) put(key, stringNode(entry.text, entry.start, entry.end), entry.place);
  };
  const sequence = (key: string, items: { node: SourceNode; place: BulkPlace }[]) => {
    if (items.length === 0) return;
    items.forEach((item, i) => places.set(`${key}[${i}]`, item.place));
    entries.push({
      key,
      keyStart: items[0].node.start,
      keyEnd: items[0].node.start,
      value: { kind: 'seq', items: items.map((item) => item.node), start: items[0].node.start, end: items[items.length - 1].node.end },
    });
  };
  const pieces = (entry: Entry, split: string | undefined) =>
    split
      ? splitMapped(entry.text, split).map((piece) => ({ node: pieceNode(piece.text, entry), place: entry.place }))
      : [{ node: stringNode(entry.text, entry.start, entry.end), place: entry.place }];

  const skuEntry = byRole.get('sku')?.[0] ?? byRole.get('handle')?.[0];
  const sku = skuEntry?.text.value.trim();
  single('sku', skuEntry);
  single('asin', byRole.get('asin')?.[0]);
  if (layout.marketplace) {
    const text = new MappedText();
    text.put(layout.marketplace, 0, 0);
    put('marketplace', stringNode(text, 0, 0));
  } else single('marketplace', byRole.get('marketplace')?.[0]);
  single('category', byOrder(byRole.get('category'))[0]);
  single('title', byRole.get('title')?.[0]);
  single('brand', byRole.get('brand')?.[0]);
  sequence('bullets', byOrder(byRole.get('bullet')).map((entry) => ({ node: stringNode(entry.text, entry.start, entry.end), place: entry.place })));
  single('description', byRole.get('description')?.[0]);
  const keywordEntries = byOrder(byRole.get('keywords'));
  const splitKeywords = keywordEntries.some((entry) => entry.column.role.kind === 'keywords' && entry.column.role.split);
  if (keywordEntries.length === 1 && !splitKeywords) single('keywords', keywordEntries[0]);
  else sequence('keywords', keywordEntries.flatMap((entry) => pieces(entry, entry.column.role.kind === 'keywords' ? entry.column.role.split : undefined)));
  sequence('images', byOrder(byRole.get('image')).flatMap((entry) => pieces(entry, entry.column.role.kind === 'image' ? entry.column.role.split : undefined)));
  for (const [key, list] of byRole) {
    if (!key.startsWith('text:')) continue;
    const header = key.slice('text:'.length);
    if (list.length === 1) single(header, list[0]);
    else sequence(header, list.map((entry) => ({ node: stringNode(entry.text, entry.start, entry.end), place: entry.place })));
  }
  const ignore = byRole.get('ignore')?.[0];
  if (ignore) put('listinglint', ignoreNode(ignore), ignore.place);

  if (sku !== undefined) for (const place of places.values()) place.sku = sku;
  const first = rows[0];
  const place: BulkPlace = skuEntry ? skuEntry.place : { record: first.row - layout.dataRow + 1, header: layout.columns[0]?.header ?? '' };
  if (!skuEntry && table.sheet !== undefined) {
    place.sheet = table.sheet;
    place.cell = table.ref(first, layout.columns[0]?.index ?? 0);
  }
  const listing: BulkListing = {
    index,
    node: { kind: 'map', entries, start: first.offset ?? 0, end: first.offset ?? 0 },
    place,
    places,
    row: first.row,
  };
  if (sku !== undefined) listing.sku = sku;
  if (first.line !== undefined) listing.line = first.line;
  return listing;
}

function pieceNode(text: MappedText, entry: Entry): SourceNode {
  if (entry.end === 0 || text.value.length === 0) return stringNode(text, entry.start, entry.end);
  return stringNode(text, text.sourceRange(0)[0], text.sourceRange(text.value.length - 1)[1]);
}

/**
 * A `listinglint-ignore` cell: mark ids (or rule ids, which hold a `/`) separated by `;`, then
 * optionally `--` and the reason: `nike; trademark/text -- authorised reseller, ref 2024-17`.
 */
function ignoreNode(entry: Entry): SourceNode {
  const { text } = entry;
  const dash = text.value.indexOf('--');
  const idsEnd = dash === -1 ? text.value.length : dash;
  const reason = dash === -1 ? undefined : trimmed(text, dash + 2, text.value.length);
  const ids = splitMapped(sliceMapped(text, 0, idsEnd), ';');
  const items: SourceNode[] = ids.map(({ text: id }) => {
    const node = stringNode(id, entry.start, entry.end);
    const fields: SourceEntry[] = [{ key: id.value.includes('/') ? 'rule' : 'mark', keyStart: entry.start, keyEnd: entry.start, value: node }];
    if (reason) fields.push({ key: 'reason', keyStart: entry.start, keyEnd: entry.start, value: stringNode(reason, entry.start, entry.end) });
    return { kind: 'map', entries: fields, start: entry.start, end: entry.end };
  });
  return {
    kind: 'map',
    entries: [{ key: 'ignore', keyStart: entry.start, keyEnd: entry.start, value: { kind: 'seq', items, start: entry.start, end: entry.end } }],
    start: entry.start,
    end: entry.end,
  };
}

function trimmed(text: MappedText, from: number, to: number): MappedText | undefined {
  while (from < to && /\s/.test(text.value[from])) from++;
  while (to > from && /\s/.test(text.value[to - 1])) to--;
  return to > from ? sliceMapped(text, from, to) : undefined;
}

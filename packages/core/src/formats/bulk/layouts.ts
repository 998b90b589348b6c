import type { TableRow } from './table.js';

/**
 * Which bulk format a file is, where its header, label and data rows are, and what each
 * column holds. Detected from the first rows' content (formats-research.md §1), never from
 * the file name alone.
 */

export type BulkFormat = 'amazon-template' | 'amazon-listings-report' | 'shopify' | 'woocommerce' | 'ebay' | 'etsy' | 'custom';

export const bulkFormats: readonly BulkFormat[] = ['amazon-template', 'amazon-listings-report', 'shopify', 'woocommerce', 'ebay', 'etsy'];

/** What a column holds. `order` sorts several columns of one field (bullet_point1..5, IMAGE1..10). */
export type ColumnRole =
  | { kind: 'sku' }
  | { kind: 'asin' }
  | { kind: 'handle' }
  | { kind: 'title' }
  | { kind: 'brand' }
  | { kind: 'description'; html?: boolean }
  | { kind: 'bullet'; order: number }
  | { kind: 'keywords'; order: number; split?: string }
  | { kind: 'image'; order: number; split?: string }
  | { kind: 'category'; priority: number }
  | { kind: 'marketplace' }
  | { kind: 'ignore' }
  | { kind: 'text'; html?: boolean }
  | { kind: 'skip' };

export interface Column {
  /** 0-based column index. */
  index: number;
  /** The attribute or header text, in full. */
  header: string;
  /** The localised label (Amazon templates' label row). */
  label?: string;
  role: ColumnRole;
}

export interface Layout {
  format: BulkFormat;
  /** 1-based rows: the header (attribute) row, the label row, the first data row. */
  headerRow: number;
  labelRow?: number;
  dataRow: number;
  /** The marketplace the file itself names (template settings, attribute names, eBay SiteID). */
  marketplace?: string;
  columns: Column[];
  /** Rows with the same value in this column, one after another, are one listing (Shopify handles). */
  groupBy?: number;
  /** Whether `"` quotes cells in the text form (Amazon reports are written without quoting). */
  quoting: boolean;
}

/** A config `formats` entry's column mapping: field → header, or headers. */
export interface ColumnsMapping {
  sku?: string;
  /** Amazon's product id: `listinglint triage` finds listings by it. */
  asin?: string;
  title?: string;
  brand?: string;
  description?: string;
  bullets?: string | string[];
  keywords?: string | string[];
  images?: string | string[];
  marketplace?: string;
  category?: string;
}

/** Amazon marketplace ids → marketplaces. */
export const amazonMarketplaceIds: Readonly<Record<string, string>> = {
  ATVPDKIKX0DER: 'amazon.com',
  A2EUQ1WTGCTBG2: 'amazon.ca',
  A1AM78C64UM0Y8: 'amazon.com.mx',
  A2Q3Y263D00KWC: 'amazon.com.br',
  A1F83G8C2ARO7P: 'amazon.co.uk',
  A1PA6795UKMFR9: 'amazon.de',
  A13V1IB3VIYZZH: 'amazon.fr',
  APJ6JRA9NG5V4: 'amazon.it',
  A1RKKUPIHCS9HS: 'amazon.es',
  A1805IZSGTT6HS: 'amazon.nl',
  A2NODRKZP88ZB9: 'amazon.se',
  A1C3SOZRARQ6R3: 'amazon.pl',
  AMEN7PMS3EDWL: 'amazon.com.be',
  A28R8C7NBKEWEA: 'amazon.ie',
  A33AVAJ2PDY3EV: 'amazon.com.tr',
  A2VIGQ35RCS4UG: 'amazon.ae',
  A17E79C6D8DWNP: 'amazon.sa',
  ARBP9OOSHTCHU: 'amazon.eg',
  A21TJRUUN4KGV: 'amazon.in',
  A1VC38T7YXB528: 'amazon.co.jp',
  A39IBJ37TRP1C6: 'amazon.com.au',
  A19VAU5U5O7RUS: 'amazon.sg',
  AE08WJ6YKNBMC: 'amazon.co.za',
};

/** eBay `SiteID=` values → marketplaces. */
export const ebaySites: Readonly<Record<string, string>> = {
  us: 'ebay.com', '0': 'ebay.com', uk: 'ebay.co.uk', '3': 'ebay.co.uk', germany: 'ebay.de', de: 'ebay.de', '77': 'ebay.de',
  australia: 'ebay.com.au', au: 'ebay.com.au', '15': 'ebay.com.au', canada: 'ebay.ca', ca: 'ebay.ca', '2': 'ebay.ca',
  france: 'ebay.fr', fr: 'ebay.fr', '71': 'ebay.fr', italy: 'ebay.it', it: 'ebay.it', '101': 'ebay.it', spain: 'ebay.es',
  es: 'ebay.es', '186': 'ebay.es', austria: 'ebay.at', at: 'ebay.at', '16': 'ebay.at', ireland: 'ebay.ie', ie: 'ebay.ie',
  '205': 'ebay.ie', netherlands: 'ebay.nl', nl: 'ebay.nl', '146': 'ebay.nl', belgium_dutch: 'ebay.be', belgium_french: 'ebay.be',
  switzerland: 'ebay.ch', ch: 'ebay.ch', '193': 'ebay.ch', poland: 'ebay.pl', pl: 'ebay.pl', '212': 'ebay.pl',
};

/** Rows read before giving up on finding a header. */
export const headRowLimit = 12;

/** The column of `listinglint-ignore`, in any format. */
export const ignoreHeader = 'listinglint-ignore';

const cellsOf = (row: TableRow | undefined) => new Map((row?.cells ?? []).map((cell) => [cell.column, cell.value]));
const valuesOf = (row: TableRow | undefined) => new Set((row?.cells ?? []).map((cell) => cell.value.trim()));

/** A header that holds codes, numbers or switches rather than text: never scanned. */
const codeHeader =
  /(?:^|[\s_*:-])(?:id|ids|sku|skus|asin\d*|upc|ean|gtin|isbn|mpn|barcode|price|prices|cost|quantity|qty|date|currency|grams|weight|status|published|position|policy|tracker|taxable|url|urls|src|handle)(?:[\s_:-]|$|\d)/i;

/** What the first rows say the file is; undefined when it is no bulk listing file listinglint knows. */
export function detectLayout(head: TableRow[], options: { format?: BulkFormat; columns?: ColumnsMapping } = {}): Layout | { error: string } | undefined {
  if (options.columns) return customLayout(head, options.columns);
  const first = valuesOf(head[0]);
  const firstCell = head[0]?.cells.find((cell) => cell.column === 0)?.value ?? '';
  const detected: BulkFormat | undefined =
    options.format ??
    (firstCell.startsWith('TemplateType=') || head.slice(0, 8).some((row) => valuesOf(row).has('item_sku') || valuesOf(row).has('contribution_sku#1.value'))
      ? 'amazon-template'
      : first.has('seller-sku') && first.has('item-name')
        ? 'amazon-listings-report'
        : (first.has('Handle') || first.has('URL handle')) && first.has('Title') && (first.has('Body (HTML)') || first.has('Description'))
          ? 'shopify'
          : first.has('SKU') && first.has('Name') && (first.has('Short description') || first.has('Description')) && first.has('Type')
            ? 'woocommerce'
            : /^(?:#?INFO|Info)$/i.test(firstCell) || /^\*?Action\(/i.test(firstCell)
              ? 'ebay'
              : first.has('TITLE') && first.has('DESCRIPTION') && first.has('TAGS')
                ? 'etsy'
                : undefined);
  switch (detected) {
    case undefined:
      return undefined;
    case 'amazon-template':
      return amazonTemplate(head);
    case 'amazon-listings-report':
      return simpleLayout('amazon-listings-report', head[0], 1, amazonReportRole, false);
    case 'shopify': {
      const layout = simpleLayout('shopify', head[0], 1, shopifyRole, true);
      layout.groupBy = layout.columns.find((column) => column.role.kind === 'handle')?.index;
      return layout;
    }
    case 'woocommerce':
      return simpleLayout('woocommerce', head[0], 1, wooRole, true);
    case 'ebay':
      return ebayLayout(head);
    case 'etsy':
      return { ...simpleLayout('etsy', head[0], 1, etsyRole, true), marketplace: 'etsy.com' };
    case 'custom':
      return { error: 'a formats entry names `format: custom` without `columns`' };
  }
}

function columnsOf(row: TableRow | undefined, role: (header: string) => ColumnRole, labels?: TableRow): Column[] {
  const labelOf = cellsOf(labels);
  return (row?.cells ?? [])
    .filter((cell) => cell.value.trim() !== '')
    .map((cell) => {
      const header = cell.value.trim();
      const label = labelOf.get(cell.column)?.trim();
      const column: Column = { index: cell.column, header, role: header === ignoreHeader ? { kind: 'ignore' } : role(header) };
      if (label) column.label = label;
      return column;
    });
}

function simpleLayout(format: BulkFormat, header: TableRow | undefined, headerRow: number, role: (header: string) => ColumnRole, quoting: boolean): Layout {
  return { format, headerRow, dataRow: headerRow + 1, columns: columnsOf(header, role), quoting };
}

const textOrSkip = (header: string): ColumnRole => (codeHeader.test(header) ? { kind: 'skip' } : { kind: 'text' });

// ---- Amazon inventory templates -------------------------------------------------------------

function amazonTemplate(head: TableRow[]): Layout | { error: string } {
  const metadata = head[0]?.cells ?? [];
  const settingsCell = metadata.find((cell) => cell.value.startsWith('settings='))?.value;
  const settings = settingsCell ? new URLSearchParams(settingsCell.slice('settings='.length)) : undefined;
  const rowSetting = (name: string) => {
    const value = Number(settings?.get(name));
    return Number.isInteger(value) && value >= 1 ? value : undefined;
  };
  // Without settings: the row holding `item_sku` (or its JSON-style name) is the attribute row.
  const found = head.find((row) => valuesOf(row).has('item_sku') || valuesOf(row).has('contribution_sku#1.value'))?.row;
  const headerRow = rowSetting('attributeRow') ?? found ?? 3;
  // Row 1 holds the template's metadata; the row above the attribute names, if not row 1, holds the labels.
  const labelRow = rowSetting('labelRow') ?? (headerRow >= 3 ? headerRow - 1 : undefined);
  const dataRow = rowSetting('dataRow') ?? headerRow + 1;
  const header = head.find((row) => row.row === headerRow);
  if (!header || header.cells.length === 0) {
    return { error: `the Amazon template has no attribute names in row ${headerRow}: keep the template's top rows as Amazon wrote them` };
  }
  const labels = labelRow === undefined ? undefined : head.find((row) => row.row === labelRow);
  const columns = columnsOf(header, amazonRole, labels);
  const primary = settings?.get('primaryMarketplaceId')?.replace(/^amzn1\.mp\.o\./, '');
  let marketplace = primary ? amazonMarketplaceIds[primary] : undefined;
  for (const column of columns) {
    if (marketplace) break;
    const id = /\[marketplace_id=([A-Z0-9]+)\]/.exec(column.header)?.[1];
    if (id) marketplace = amazonMarketplaceIds[id];
  }
  const layout: Layout = { format: 'amazon-template', headerRow, dataRow, columns, quoting: true };
  if (labelRow !== undefined) layout.labelRow = labelRow;
  if (marketplace) layout.marketplace = marketplace;
  return layout;
}

/** `item_name[marketplace_id=…][language_tag=…]#1.value` → base `item_name`, instance 1, property `value`. */
export function parseAttribute(header: string): { base: string; instance?: number; property?: string; marketplaceId?: string } {
  const match = /^([^[#]+)((?:\[[^\]]*\])*)(?:#(\d+))?(?:\.(.+))?$/.exec(header);
  if (!match) return { base: header };
  const result: { base: string; instance?: number; property?: string; marketplaceId?: string } = { base: match[1] };
  if (match[3]) result.instance = Number(match[3]);
  if (match[4]) result.property = match[4];
  const id = /\[marketplace_id=([^\]]+)\]/.exec(match[2])?.[1];
  if (id) result.marketplaceId = id;
  return result;
}

const amazonCodes =
  /^(?:::record_action|update_delete|parent_child|parent_sku|relationship_type|variation_theme|external_product_id|external_product_id_type|swatch_image_url|feed_product_type_code|condition_type|fulfillment_center_id|recommended_browse_nodes\d*|item_package_quantity|purchasable_offer|fulfillment_availability|externally_assigned_product_identifier|merchant_suggested_asin|parentage_level|child_parent_sku_relationship|list_price|supplier_declared_dg_hz_regulation\d*|batteries_required|country_of_origin|.*_unit_of_measure|.*_dimensions|item_weight|number_of_items|unit_count(?:_type)?)$/;

export function amazonRole(header: string): ColumnRole {
  // Classic attribute names.
  const classic = /^(?:bullet_point(\d)|other_image_url(\d)|generic_keywords(\d*))$/.exec(header);
  if (classic?.[1]) return { kind: 'bullet', order: Number(classic[1]) };
  if (classic?.[2]) return { kind: 'image', order: Number(classic[2]) };
  if (classic && classic[3] !== undefined) return { kind: 'keywords', order: Number(classic[3] || 1) };
  switch (header) {
    case 'item_sku':
      return { kind: 'sku' };
    case 'item_name':
      return { kind: 'title' };
    case 'brand_name':
      return { kind: 'brand' };
    case 'product_description':
      return { kind: 'description' };
    case 'main_image_url':
      return { kind: 'image', order: 0 };
    case 'feed_product_type':
      return { kind: 'category', priority: 0 };
    case 'item_type':
    case 'item_type_keyword':
      return { kind: 'category', priority: 1 };
  }
  // JSON-style attribute paths (2024+ templates).
  const { base, instance = 1, property } = parseAttribute(header);
  if (base !== header || property !== undefined) {
    const valueLike = property === undefined || property === 'value';
    if (base === 'contribution_sku' && valueLike) return { kind: 'sku' };
    if (base === 'item_name' && valueLike) return { kind: 'title' };
    if (base === 'brand' && valueLike) return { kind: 'brand' };
    if (base === 'bullet_point' && valueLike) return { kind: 'bullet', order: instance };
    if (base === 'product_description' && valueLike) return { kind: 'description' };
    if (base === 'generic_keyword' && valueLike) return { kind: 'keywords', order: instance };
    if (base === 'product_type' && valueLike) return { kind: 'category', priority: 0 };
    if (base === 'item_type_keyword' && valueLike) return { kind: 'category', priority: 1 };
    if (base === 'main_product_image_locator' && property === 'media_location') return { kind: 'image', order: 0 };
    const other = /^other_product_image_locator_(\d)$/.exec(base);
    if (other && property === 'media_location') return { kind: 'image', order: Number(other[1]) };
    if (amazonCodes.test(base)) return { kind: 'skip' };
  }
  return amazonCodes.test(header) ? { kind: 'skip' } : textOrSkip(header);
}

// ---- Amazon All Listings Report ------------------------------------------------------------

function amazonReportRole(header: string): ColumnRole {
  switch (header) {
    case 'seller-sku':
      return { kind: 'sku' };
    case 'asin1':
      return { kind: 'asin' };
    case 'item-name':
      return { kind: 'title' };
    case 'item-description':
      return { kind: 'description' };
    case 'image-url':
      return { kind: 'image', order: 0 };
    case 'item-note':
      return { kind: 'text' };
    default:
      // Every other column of the report is an id, a number, a date or a switch.
      return { kind: 'skip' };
  }
}

// ---- Shopify -------------------------------------------------------------------------------

const shopifyCodes =
  /^(?:published(?: on online store)?|option\d+ (?:name|linked to)|variant (?:grams|inventory.*|fulfillment service|price|compare at price|requires shipping|taxable|barcode|image|weight unit|tax code)|image position|gift card|cost per item|status|weight.*|inventory.*|price.*|compare-at price.*|charge tax|tax code|unit price.*|continue selling.*|requires shipping|fulfillment service|barcode|google shopping \/ (?:gender|age group|mpn|condition|custom product|adwords.*|google product category|size.*|custom label.*)|included \/ .*|status)$/i;

function shopifyRole(header: string): ColumnRole {
  switch (header) {
    case 'Handle':
    case 'URL handle':
      return { kind: 'handle' };
    case 'Title':
      return { kind: 'title' };
    case 'Body (HTML)':
    case 'Description':
      return { kind: 'description', html: true };
    case 'Vendor':
      return { kind: 'brand' };
    case 'Tags':
      return { kind: 'keywords', order: 1, split: ',' };
    case 'Image Src':
    case 'Product image URL':
      return { kind: 'image', order: 0 };
    case 'Variant SKU':
    case 'SKU':
      return { kind: 'sku' };
    case 'Product Category':
    case 'Product category':
      return { kind: 'category', priority: 0 };
  }
  return shopifyCodes.test(header) ? { kind: 'skip' } : textOrSkip(header);
}

// ---- WooCommerce ---------------------------------------------------------------------------

const wooCodes =
  /^(?:id|type|published|is featured\?|visibility in catalog|date sale price (?:starts|ends)|tax status|tax class|in stock\?|stock|low stock amount|backorders allowed\?|sold individually\?|weight.*|length.*|width.*|height.*|allow customer reviews\?|sale price|regular price|shipping class|download.*|external url|position|parent|grouped products|upsells|cross-sells|attribute \d+ (?:name|visible|global|default))$/i;

function wooRole(header: string): ColumnRole {
  switch (header) {
    case 'SKU':
      return { kind: 'sku' };
    case 'Name':
      return { kind: 'title' };
    case 'Description':
      return { kind: 'description', html: true };
    case 'Short description':
      return { kind: 'text', html: true };
    case 'Tags':
      return { kind: 'keywords', order: 1, split: ',' };
    case 'Images':
      return { kind: 'image', order: 0, split: ',' };
    case 'Categories':
      return { kind: 'category', priority: 0 };
    case 'Brands':
      return { kind: 'brand' };
  }
  return wooCodes.test(header) ? { kind: 'skip' } : textOrSkip(header);
}

// ---- eBay File Exchange --------------------------------------------------------------------

const ebayCodes =
  /^(?:\*?action\(.*|\*?category\d*|storecategory\d*|\*?conditionid|\*?format|\*?duration|\*?startprice|buyitnowprice|\*?quantity|\*?location|postalcode|paypal.*|dispatchtimemax|shipping.*|returns.*|refundoption|shippingcostpaidbyoption|gallerytype|relationship|relationshipdetails|product:.*|immediatepayrequired|bestofferenabled|scheduletime|itemid)$/i;

function ebayRole(header: string): ColumnRole {
  const name = header.replace(/^\*/, '');
  switch (name.toLowerCase()) {
    case 'customlabel':
      return { kind: 'sku' };
    case 'title':
      return { kind: 'title' };
    case 'description':
      return { kind: 'description', html: true };
    case 'picurl':
      return { kind: 'image', order: 0, split: '|' };
    case 'c:brand':
      return { kind: 'brand' };
  }
  return ebayCodes.test(header) ? { kind: 'skip' } : textOrSkip(header);
}

function ebayLayout(head: TableRow[]): Layout | { error: string } {
  const header = head.find((row) => /^\*?Action\(/i.test(row.cells.find((cell) => cell.column === 0)?.value ?? ''));
  if (!header) return { error: 'the eBay File Exchange file has no `*Action(…)` header row in its first rows' };
  const action = header.cells[0].value;
  const site = /SiteID=([^|)]+)/i.exec(action)?.[1]?.trim().toLowerCase();
  const layout: Layout = { ...simpleLayout('ebay', header, header.row, ebayRole, true) };
  const marketplace = site ? ebaySites[site] : undefined;
  if (marketplace) layout.marketplace = marketplace;
  return layout;
}

// ---- Etsy ----------------------------------------------------------------------------------

function etsyRole(header: string): ColumnRole {
  const image = /^IMAGE(\d+)$/.exec(header);
  if (image) return { kind: 'image', order: Number(image[1]) };
  switch (header) {
    case 'TITLE':
      return { kind: 'title' };
    case 'DESCRIPTION':
      return { kind: 'description' };
    case 'TAGS':
      return { kind: 'keywords', order: 1, split: ',' };
    case 'SKU':
      return { kind: 'sku' };
    case 'MATERIALS':
      return { kind: 'text' };
  }
  return /^(?:PRICE|CURRENCY_CODE|QUANTITY|VARIATION \d+ (?:TYPE|NAME))$/.test(header) ? { kind: 'skip' } : textOrSkip(header);
}

// ---- A config `formats` mapping ------------------------------------------------------------

function customLayout(head: TableRow[], mapping: ColumnsMapping): Layout | { error: string } {
  const roles = new Map<string, ColumnRole>();
  const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  const single: [keyof ColumnsMapping, ColumnRole][] = [
    ['sku', { kind: 'sku' }],
    ['asin', { kind: 'asin' }],
    ['title', { kind: 'title' }],
    ['brand', { kind: 'brand' }],
    ['description', { kind: 'description' }],
    ['marketplace', { kind: 'marketplace' }],
    ['category', { kind: 'category', priority: 0 }],
  ];
  for (const [key, role] of single) for (const header of list(mapping[key])) roles.set(header, role);
  list(mapping.bullets).forEach((header, i) => roles.set(header, { kind: 'bullet', order: i + 1 }));
  list(mapping.keywords).forEach((header, i) => roles.set(header, { kind: 'keywords', order: i + 1 }));
  list(mapping.images).forEach((header, i) => roles.set(header, { kind: 'image', order: i }));
  const named = [...roles.keys()];
  const header = head.find((row) => {
    const values = valuesOf(row);
    return named.every((name) => values.has(name));
  });
  if (!header) {
    const values = valuesOf(head[0]);
    const missing = named.filter((name) => !values.has(name));
    return { error: `the header row has no column ${missing.map((name) => `"${name}"`).join(', ')} named by the config's formats entry` };
  }
  return simpleLayout('custom', header, header.row, (name) => roles.get(name) ?? textOrSkip(name), true);
}

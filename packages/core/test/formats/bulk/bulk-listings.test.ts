import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../../src/source/line-index.js';
import {
  bulkCategoryClasses,
  parseAttribute,
  readBulkText,
  readBulkWorkbook,
  textLines,
  type BulkItem,
  type BulkOpenResult,
  type BulkReadOptions,
} from '../../../src/formats/bulk/index.js';
import { buildListing } from '../../../src/listing/build-listing.js';
import type { Listing } from '../../../src/types.js';
import { makeXlsx } from './make-xlsx.js';

const info = { file: 'f.txt', absolutePath: '/repo/f.txt', root: '/repo', cwd: '/repo' };

function open(text: string, options?: BulkReadOptions) {
  const result = readBulkText(text, options);
  if (result.kind !== 'bulk') throw new Error(`not read: ${JSON.stringify(result)}`);
  const items = [...result.items];
  const lines = new LineIndex(text);
  const listings = items.flatMap((item) => (item.kind === 'listing' ? [item.listing] : []));
  const built = listings.map((bulk) => buildListing(bulk.node, bulk.index, { ...info, lines }));
  const problems = items.flatMap((item) => (item.kind === 'problem' ? [item.problem] : []));
  return { layout: result.layout, listings, built, problems };
}

/** Every field's path and value, images as written, and the listing's reserved keys. */
function summary(listing: Listing) {
  return {
    sku: listing.sku,
    marketplace: listing.marketplace,
    category: listing.category,
    brand: listing.brand?.value,
    fields: listing.fields.map((field) => [field.path, field.value]),
    images: listing.images.map((image) => image.written),
  };
}

/** Line/column range of the first `word` in field `path`. */
function locate(listing: Listing, path: string, word: string) {
  const field = path === 'brand' ? listing.brand : listing.fields.find((f) => f.path === path);
  if (!field) throw new Error(`no field ${path}: ${listing.fields.map((f) => f.path).join(', ')}`);
  const at = field.value.indexOf(word);
  if (at === -1) throw new Error(`${word} not in ${JSON.stringify(field.value)}`);
  const { line, column, endLine, endColumn } = field.locate(at, at + word.length);
  return [line, column, endLine, endColumn];
}

/** The range of the `occurrence`-th `needle` on 1-based `line` of `text`, found by searching the text itself. */
function at(text: string, line: number, needle: string, occurrence = 1, length = needle.length) {
  const lineText = text.split(/\r\n|\r|\n/)[line - 1];
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = lineText.indexOf(needle, index + 1);
  if (index === -1) throw new Error(`${needle} not on line ${line}`);
  return [line, index + 1, line, index + 1 + length];
}

const tsv = (rows: string[][]) => rows.map((row) => row.join('\t')).join('\r\n') + '\r\n';

// ---- Amazon classic template (formats-research.md §1.1) ------------------------------------

const classicSettings =
  'settings=attributeRow=3&contentLanguageTag=en_US&dataRow=4&feedType=113&headerLanguageTag=en_US&labelRow=2&primaryMarketplaceId=amzn1.mp.o.A1PA6795UKMFR9&templateIdentifier=0d2f&timestamp=2025-04-01';
const classic = tsv([
  ['TemplateType=fptcustom', 'Version=2025.0401', 'TemplateSignature=U0hJUlQ=', classicSettings, 'The top 3 rows are for Amazon.com use only. Do not modify or delete the top 3 rows.', '', '', '', '', '', '', '', ''],
  ['Produkttyp', 'Verkäufer-SKU', 'Markenname', 'Produktname', 'Aufzählungspunkt', 'Aufzählungspunkt', 'Produktbeschreibung', 'Suchbegriffe', 'URL Hauptbild', 'URL Bild 1', 'Preis', 'Farbe', 'listinglint-ignore'],
  ['feed_product_type', 'item_sku', 'brand_name', 'item_name', 'bullet_point1', 'bullet_point2', 'product_description', 'generic_keywords', 'main_image_url', 'other_image_url1', 'standard_price', 'color_name', 'listinglint-ignore'],
  ['shirt', 'TEE-1', 'Voltix', 'Voltix Tee for Nike fans', 'Soft cotton', '"Fits like ""Adidas"" tees"', 'A tee.', 'tee shirt nike', 'https://m.media-amazon.com/images/I/81abc.jpg', 'https://m.media-amazon.com/images/I/81def.jpg', '12.99', 'Navy blue', ''],
  ['', '', '', '', '', '', '', '', '', '', '', '', ''],
  ['shirt', 'TEE-2', 'Voltix', 'Plain tee', '', '', '', '', '', '', '9.99', '', 'nike; trademark/text -- authorised reseller'],
]);

const amazon = suite('Amazon classic inventory template');

amazon('layout from the settings= cell: rows, marketplace, labels', () => {
  const { layout } = open(classic);
  assert.equal(
    [layout.format, layout.headerRow, layout.labelRow, layout.dataRow, layout.marketplace, layout.quoting],
    ['amazon-template', 3, 2, 4, 'amazon.de', true],
  );
  assert.equal(
    layout.columns.map((column) => [column.header, column.label, column.role.kind]),
    [
      ['feed_product_type', 'Produkttyp', 'category'],
      ['item_sku', 'Verkäufer-SKU', 'sku'],
      ['brand_name', 'Markenname', 'brand'],
      ['item_name', 'Produktname', 'title'],
      ['bullet_point1', 'Aufzählungspunkt', 'bullet'],
      ['bullet_point2', 'Aufzählungspunkt', 'bullet'],
      ['product_description', 'Produktbeschreibung', 'description'],
      ['generic_keywords', 'Suchbegriffe', 'keywords'],
      ['main_image_url', 'URL Hauptbild', 'image'],
      ['other_image_url1', 'URL Bild 1', 'image'],
      ['standard_price', 'Preis', 'skip'],
      ['color_name', 'Farbe', 'text'],
      ['listinglint-ignore', 'listinglint-ignore', 'ignore'],
    ],
  );
});

amazon('rows become listings; blank rows are skipped but keep their record number', () => {
  const { built, listings } = open(classic);
  assert.equal(summary(built[0]), {
    sku: 'TEE-1',
    marketplace: 'amazon.de',
    category: 'shirt',
    brand: 'Voltix',
    fields: [
      ['title', 'Voltix Tee for Nike fans'],
      ['bullets[0]', 'Soft cotton'],
      ['bullets[1]', 'Fits like "Adidas" tees'],
      ['description', 'A tee.'],
      ['keywords', 'tee shirt nike'],
      ['color_name', 'Navy blue'],
    ],
    images: ['https://m.media-amazon.com/images/I/81abc.jpg', 'https://m.media-amazon.com/images/I/81def.jpg'],
  });
  assert.equal(
    listings.map((listing) => [listing.index, listing.sku, listing.row, listing.line, listing.place]),
    [
      [0, 'TEE-1', 4, 4, { record: 1, header: 'item_sku', label: 'Verkäufer-SKU', sku: 'TEE-1' }],
      [1, 'TEE-2', 6, 6, { record: 3, header: 'item_sku', label: 'Verkäufer-SKU', sku: 'TEE-2' }],
    ],
  );
  assert.equal(listings[0].places.get('bullets[1]'), { record: 1, header: 'bullet_point2', label: 'Aufzählungspunkt', sku: 'TEE-1' });
  assert.equal(listings[0].places.get('images[1]'), { record: 1, header: 'other_image_url1', label: 'URL Bild 1', sku: 'TEE-1' });
});

amazon('exact positions, a "" escape inside the span stays as written', () => {
  const { built } = open(classic);
  assert.equal(locate(built[0], 'title', 'Nike'), at(classic, 4, 'Nike'));
  assert.equal(locate(built[0], 'bullets[1]', '"Adidas"'), at(classic, 4, '""Adidas""'));
  assert.equal(locate(built[0], 'bullets[1]', 'Adidas'), at(classic, 4, 'Adidas'));
  assert.equal(locate(built[0], 'keywords', 'nike'), at(classic, 4, 'nike'));
  assert.equal([built[0].location.line, built[0].location.column], at(classic, 4, 'TEE-1').slice(0, 2));
  assert.equal(built[0].images.map((image) => [image.field, image.location.line, image.location.column]), [
    ['images[0]', ...at(classic, 4, 'https://').slice(0, 2)],
    ['images[1]', ...at(classic, 4, 'https://', 2).slice(0, 2)],
  ]);
});

amazon('the listinglint-ignore column: marks and rules separated by ;, the reason after --', () => {
  const { built } = open(classic);
  assert.equal(
    built[1].ignores.map(({ rule, mark, reason, location }) => [rule, mark, reason, location.line, location.column]),
    [
      [undefined, 'nike', 'authorised reseller', ...at(classic, 6, 'nike;').slice(0, 2)],
      ['trademark/text', undefined, 'authorised reseller', ...at(classic, 6, 'nike;').slice(0, 2)],
    ],
  );
});

amazon('rowMayMatch: asked once a row on the raw span of its field cells; a row ruled out is built lean', () => {
  const asked: string[] = [];
  const { built, listings } = open(classic, {
    rowMayMatch: (raw) => {
      asked.push(raw);
      return raw.includes('Adidas');
    },
  });
  assert.equal(asked.length, 2);
  assert.ok(asked[0].startsWith('Voltix\t') && asked[0].includes('""Adidas""') && asked[0].endsWith('Navy blue'));
  assert.ok(asked.every((raw) => !raw.includes('TEE-') && !raw.startsWith('shirt')));
  assert.equal(listings.map((listing) => listing.mayMatch), [true, false]);
  assert.equal(summary(built[0]), summary(open(classic).built[0]));
  // Lean: the reserved keys, title, brand, places and ignores stay; no bullets, description, keywords or other prose.
  assert.equal(summary(built[1]), { ...summary(open(classic).built[1]), fields: [['title', 'Plain tee']] });
  assert.equal(built[1].ignores.length, 2);
  assert.equal(listings[1].place, { record: 3, header: 'item_sku', label: 'Verkäufer-SKU', sku: 'TEE-2' });
  const none = open(classic, { rowMayMatch: () => false });
  assert.equal(summary(none.built[0]), { ...summary(open(classic).built[0]), fields: [['title', 'Voltix Tee for Nike fans']] });
  assert.equal(none.listings[0].places.get('images[1]'), { record: 1, header: 'other_image_url1', label: 'URL Bild 1', sku: 'TEE-1' });
});

amazon('without settings: label row 2, attribute row 3, data from 4; a quoted multi-line cell', () => {
  const text = 'TemplateType=fptcustom\tVersion=2019.0322\nSeller SKU\tProduct Name\nitem_sku\titem_name\nA-1\t"Two\nlines Sony"\nA-2\tMug\n';
  const { layout, built, listings } = open(text);
  assert.equal([layout.headerRow, layout.labelRow, layout.dataRow, layout.marketplace], [3, 2, 4, undefined]);
  assert.equal(built.map((listing) => [listing.sku, listing.fields.map((f) => f.value)]), [
    ['A-1', ['Two\nlines Sony']],
    ['A-2', ['Mug']],
  ]);
  assert.equal(locate(built[0], 'title', 'Sony'), at(text, 5, 'Sony'));
  assert.equal([listings[1].row, listings[1].line, listings[1].place.record], [5, 6, 2]);
});

amazon('a row with a missing tab and an unclosed quote are problems; the other rows are read', () => {
  const text = 'TemplateType=fptcustom\nSeller SKU\tProduct Name\titem\nitem_sku\titem_name\tbrand_name\nA-1\tGood\tX\nA-2\tShort\nA-3\t"Broken\tX\nA-4\tFine\tY\n';
  const { built, problems } = open(text);
  assert.equal(built.map((listing) => listing.sku), ['A-1', 'A-4']);
  assert.equal(problems, [
    { row: 5, record: 2, line: 5, offset: text.indexOf('A-2\tShort'), message: 'the row has 2 cells where the header row has 3: a tab is missing or extra, or a cell holding one is not quoted' },
    { row: 6, record: 3, line: 6, offset: text.indexOf('"Broken'), message: 'a quoted cell is never closed: the quote opens a cell that runs to the end of the file' },
  ]);
});

// ---- Amazon JSON-style attribute row (formats-research.md §1.2) ----------------------------

const us = '[marketplace_id=ATVPDKIKX0DER][language_tag=en_US]';
const jsonStyle = tsv([
  ['TemplateType=fptcustom', 'Version=2024.1106', 'settings=attributeRow=5&dataRow=7&labelRow=4&primaryMarketplaceId=amzn1.mp.o.ATVPDKIKX0DER'],
  ['Images', 'Basic'],
  [''],
  ['SKU', 'Product Type', 'Record Action', 'Item Name', 'Brand Name', 'Bullet Point', 'Bullet Point', 'Generic Keyword', 'Main Image URL', 'Other Image URL', 'Description'],
  [
    'contribution_sku#1.value',
    'product_type#1.value',
    '::record_action',
    `item_name${us}#1.value`,
    `brand${us}#1.value`,
    `bullet_point${us}#1.value`,
    `bullet_point${us}#2.value`,
    `generic_keyword${us}#1.value`,
    'main_product_image_locator[marketplace_id=ATVPDKIKX0DER]#1.media_location',
    'other_product_image_locator_1[marketplace_id=ATVPDKIKX0DER]#1.media_location',
    `product_description${us}#1.value`,
  ],
  ['ABC-1', 'HEADPHONES', 'full_update', 'Example', '', '', '', '', '', '', ''],
  ['ABC-2', 'HEADPHONES', 'full_update', 'Beats-style headphones', 'Voltix', 'Deep bass', 'Fits Apple AirPods cases', 'headphones bose', 'https://x.test/a.jpg', 'https://x.test/b.jpg', 'Over-ear.'],
]);

const amazonJson = suite('Amazon JSON-style template (2024+)');

amazonJson('attribute names parsed: base, instance, property, marketplace id', () => {
  assert.equal(parseAttribute(`bullet_point${us}#2.value`), { base: 'bullet_point', instance: 2, property: 'value', marketplaceId: 'ATVPDKIKX0DER' });
  assert.equal(parseAttribute('other_product_image_locator_1[marketplace_id=A1PA6795UKMFR9]#1.media_location'), {
    base: 'other_product_image_locator_1',
    instance: 1,
    property: 'media_location',
    marketplaceId: 'A1PA6795UKMFR9',
  });
  assert.equal(parseAttribute('item_sku'), { base: 'item_sku' });
});

amazonJson('rows from settings (label 4, attribute 5, data 7), the same fields as a classic template', () => {
  const { layout, built, listings } = open(jsonStyle);
  assert.equal([layout.headerRow, layout.labelRow, layout.dataRow, layout.marketplace], [5, 4, 7, 'amazon.com']);
  assert.equal(built.length, 1);
  assert.equal(summary(built[0]), {
    sku: 'ABC-2',
    marketplace: 'amazon.com',
    category: 'HEADPHONES',
    brand: 'Voltix',
    fields: [
      ['title', 'Beats-style headphones'],
      ['bullets[0]', 'Deep bass'],
      ['bullets[1]', 'Fits Apple AirPods cases'],
      ['description', 'Over-ear.'],
      ['keywords', 'headphones bose'],
    ],
    images: ['https://x.test/a.jpg', 'https://x.test/b.jpg'],
  });
  assert.equal(listings[0].places.get('bullets[1]'), { record: 1, header: `bullet_point${us}#2.value`, label: 'Bullet Point', sku: 'ABC-2' });
  assert.equal(locate(built[0], 'bullets[1]', 'Apple'), at(jsonStyle, 7, 'Apple'));
});

amazonJson('without a settings cell, the marketplace comes from the attribute names', () => {
  const text = tsv([['TemplateType=fptcustom'], ['SKU', 'Name'], ['contribution_sku#1.value', `item_name[marketplace_id=A1F83G8C2ARO7P][language_tag=en_GB]#1.value`], ['K-1', 'Kettle']]);
  const { layout, built } = open(text);
  assert.equal([layout.headerRow, layout.labelRow, layout.dataRow, layout.marketplace], [3, 2, 4, 'amazon.co.uk']);
  assert.equal(summary(built[0]).fields, [['title', 'Kettle']]);
});

// ---- Amazon All Listings Report ------------------------------------------------------------

const report = suite('Amazon All Listings Report');

report('tab-delimited without quoting: a leading quote is text', () => {
  const text = tsv([
    ['item-name', 'item-description', 'listing-id', 'seller-sku', 'price', 'quantity', 'open-date', 'image-url', 'item-is-marketplace', 'asin1', 'status'],
    ['"Pro" Lego-compatible bricks', 'Bricks.', '0101X', 'BR-1', '19.99', '5', '2024-01-02 10:00:00 PST', 'https://x.test/br.jpg', 'y', 'B0TEST', 'Active'],
  ]);
  const { layout, built } = open(text);
  assert.equal([layout.format, layout.quoting, layout.marketplace], ['amazon-listings-report', false, undefined]);
  assert.equal(summary(built[0]), {
    sku: 'BR-1',
    marketplace: undefined,
    category: undefined,
    brand: undefined,
    fields: [
      ['title', '"Pro" Lego-compatible bricks'],
      ['description', 'Bricks.'],
    ],
    images: ['https://x.test/br.jpg'],
  });
  assert.equal(locate(built[0], 'title', 'Lego'), at(text, 2, 'Lego'));
});

// ---- Shopify -------------------------------------------------------------------------------

const shopifyClassic = [
  'Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,Variant Price,Image Src,Image Position,Image Alt Text,Gift Card,SEO Title,SEO Description,Status',
  'trail-shoe,Trail Shoe,"<p>Grip like <b>Vibram</b> &amp; more.</p><p>Say ""Gore-Tex""</p>",Voltix,Apparel & Accessories > Shoes,Shoes,"running, trail,  Salomon style",TRUE,Size,42,TS-42,89.00,https://cdn.test/ts1.jpg,1,Side view,FALSE,Trail Shoe | Voltix,Better than Hoka,active',
  'trail-shoe,,,,,,,,,43,TS-43,89.00,https://cdn.test/ts2.jpg,2,Sole,,,,',
  'mug,Mug,Plain mug.,Voltix,Home & Garden,,,TRUE,,,,9.00,,,,FALSE,,,active',
  '',
].join('\n');

const shopify = suite('Shopify product CSV');

shopify('rows grouped by handle; SKU = first Variant SKU else handle; Tags split on commas; Body read as text', () => {
  const { layout, built, listings } = open(shopifyClassic);
  assert.equal([layout.format, layout.groupBy, layout.marketplace], ['shopify', 0, undefined]);
  assert.equal(built.map(summary), [
    {
      sku: 'TS-42',
      marketplace: undefined,
      category: 'Apparel & Accessories > Shoes',
      brand: 'Voltix',
      fields: [
        ['title', 'Trail Shoe'],
        ['description', '\nGrip like Vibram & more.\n\nSay "Gore-Tex"\n'],
        ['keywords[0]', 'running'],
        ['keywords[1]', 'trail'],
        ['keywords[2]', 'Salomon style'],
        ['Type', 'Shoes'],
        ['Option1 Value', 'Size'],
        ['Image Alt Text[0]', 'Side view'],
        ['Image Alt Text[1]', 'Sole'],
        ['SEO Title', 'Trail Shoe | Voltix'],
        ['SEO Description', 'Better than Hoka'],
      ].filter(([path]) => path !== 'Option1 Value'),
      images: ['https://cdn.test/ts1.jpg', 'https://cdn.test/ts2.jpg'],
    },
    { sku: 'mug', marketplace: undefined, category: 'Home & Garden', brand: 'Voltix', fields: [['title', 'Mug'], ['description', 'Plain mug.']], images: [] },
  ]);
  assert.equal(listings.map((listing) => [listing.sku, listing.row, listing.place.record, listing.place.header]), [
    ['TS-42', 2, 1, 'Variant SKU'],
    ['mug', 4, 3, 'Handle'],
  ]);
  assert.equal(listings[0].places.get('images[1]'), { record: 2, header: 'Image Src', sku: 'TS-42' });
  assert.equal(listings[0].places.get('keywords[2]'), { record: 1, header: 'Tags', sku: 'TS-42' });
});

shopify('positions inside HTML and split tags are exact; an entity or "" inside a span stays as written', () => {
  const { built } = open(shopifyClassic);
  const line2 = shopifyClassic.split('\n')[1];
  const column = (text: string) => line2.indexOf(text) + 1;
  assert.equal(locate(built[0], 'description', 'Vibram'), [2, column('Vibram'), 2, column('Vibram') + 6]);
  assert.equal(locate(built[0], 'description', 'Vibram & more'), [2, column('Vibram'), 2, column('Vibram</b> &amp; more') + 21]);
  assert.equal(locate(built[0], 'description', '"Gore-Tex"'), [2, column('""Gore-Tex""'), 2, column('""Gore-Tex""') + 12]);
  assert.equal(locate(built[0], 'keywords[2]', 'Salomon'), [2, column('Salomon'), 2, column('Salomon') + 7]);
  assert.equal(locate(built[0], 'SEO Description', 'Hoka'), [2, column('Hoka'), 2, column('Hoka') + 4]);
});

shopify('current headers: URL handle, Description, SKU', () => {
  const text = 'URL handle,Title,Description,Vendor,SKU,Product image URL,Tags\nlamp,Desk Lamp,Like IKEA lamps,Voltix,L-1,https://cdn.test/l.jpg,"desk,lamp"\n';
  const { built } = open(text);
  assert.equal(summary(built[0]), {
    sku: 'L-1',
    marketplace: undefined,
    category: undefined,
    brand: 'Voltix',
    fields: [
      ['title', 'Desk Lamp'],
      ['description', 'Like IKEA lamps'],
      ['keywords[0]', 'desk'],
      ['keywords[1]', 'lamp'],
    ],
    images: ['https://cdn.test/l.jpg'],
  });
});

// ---- WooCommerce, eBay, Etsy, config mapping -----------------------------------------------

const others = suite('WooCommerce, eBay File Exchange, Etsy and a config mapping');

others('WooCommerce: Images is a comma list in one cell, Short description is HTML text', () => {
  const text =
    'ID,Type,SKU,Name,Published,"Is featured?","Visibility in catalog","Short description",Description,Categories,Tags,Images,"Regular price"\n' +
    '12,simple,W-1,Woo Cap,1,0,visible,"<p>Like <em>Nike</em></p>","Cap &amp; visor",Clothing > Hats,"cap, hat","https://x.test/1.jpg, https://x.test/2.jpg",15\n';
  const { layout, built } = open(text);
  assert.equal(layout.format, 'woocommerce');
  assert.equal(summary(built[0]), {
    sku: 'W-1',
    marketplace: undefined,
    category: 'Clothing > Hats',
    brand: undefined,
    fields: [
      ['title', 'Woo Cap'],
      ['description', 'Cap & visor'],
      ['keywords[0]', 'cap'],
      ['keywords[1]', 'hat'],
      ['Short description', '\nLike Nike\n'],
    ],
    images: ['https://x.test/1.jpg', 'https://x.test/2.jpg'],
  });
  assert.equal(locate(built[0], 'Short description', 'Nike'), at(text, 2, 'Nike'));
});

others('eBay File Exchange: Info line, *Action header with SiteID, PicURL split on |, ;-delimited DE file', () => {
  const text =
    'Info;Version=1.0.0;Template=fx_category_template_EBAY_DE\n' +
    '*Action(SiteID=Germany|Country=DE|Currency=EUR|Version=1193|CC=UTF-8);CustomLabel;*Category;*Title;Subtitle;*Description;*ConditionID;PicURL;C:Brand;C:Farbe;*StartPrice\n' +
    'Add;E-1;11450;Jacke wie Moncler;Warm;"<p>Daunen</p>";1000;https://x.test/1.jpg|https://x.test/2.jpg;Voltix;Schwarz;99\n';
  const { layout, built, listings } = open(text);
  assert.equal([layout.format, layout.headerRow, layout.dataRow, layout.marketplace], ['ebay', 2, 3, 'ebay.de']);
  assert.equal(summary(built[0]), {
    sku: 'E-1',
    marketplace: 'ebay.de',
    category: undefined,
    brand: 'Voltix',
    fields: [
      ['title', 'Jacke wie Moncler'],
      ['description', '\nDaunen\n'],
      ['Subtitle', 'Warm'],
      ['C:Farbe', 'Schwarz'],
    ],
    images: ['https://x.test/1.jpg', 'https://x.test/2.jpg'],
  });
  assert.equal(listings[0].places.get('title'), { record: 1, header: '*Title', sku: 'E-1' });
  assert.equal(locate(built[0], 'title', 'Moncler'), at(text, 3, 'Moncler'));
});

others('Etsy: TAGS comma list, IMAGE1..n, marketplace etsy.com', () => {
  const text = 'TITLE,DESCRIPTION,PRICE,CURRENCY_CODE,QUANTITY,TAGS,MATERIALS,IMAGE1,IMAGE2,VARIATION 1 TYPE,SKU\nDisney mug,Handmade.,20,USD,3,"mug,gift",ceramic,https://x.test/1.jpg,,,ET-1\n';
  const { layout, built } = open(text);
  assert.equal([layout.format, layout.marketplace], ['etsy', 'etsy.com']);
  assert.equal(summary(built[0]), {
    sku: 'ET-1',
    marketplace: 'etsy.com',
    category: undefined,
    brand: undefined,
    fields: [
      ['title', 'Disney mug'],
      ['description', 'Handmade.'],
      ['keywords[0]', 'mug'],
      ['keywords[1]', 'gift'],
      ['MATERIALS', 'ceramic'],
    ],
    images: ['https://x.test/1.jpg'],
  });
});

others('a config mapping: columns by header, lists for bullets and images, a marketplace column', () => {
  const text = 'Item ID;Product Title;Feature 1;Feature 2;Long Description;Search Words;Brand;Market;Category;Image 1;Notes\n7;Cable for iPhone;Fast;Braided;Works with Apple;usb c;Voltix;amazon.co.uk;electronics;cable.jpg;12345\n';
  const columns = {
    sku: 'Item ID',
    title: 'Product Title',
    bullets: ['Feature 1', 'Feature 2'],
    description: 'Long Description',
    keywords: 'Search Words',
    brand: 'Brand',
    marketplace: 'Market',
    category: 'Category',
    images: ['Image 1'],
  };
  const { layout, built } = open(text, { delimiter: ';', columns });
  assert.is(layout.format, 'custom');
  assert.equal(summary(built[0]), {
    sku: '7',
    marketplace: 'amazon.co.uk',
    category: 'electronics',
    brand: 'Voltix',
    fields: [
      ['title', 'Cable for iPhone'],
      ['bullets[0]', 'Fast'],
      ['bullets[1]', 'Braided'],
      ['description', 'Works with Apple'],
      ['keywords', 'usb c'],
    ],
    images: ['cable.jpg'],
  });
  const missing = readBulkText(text, { delimiter: ';', columns: { title: 'Name', sku: 'Item ID' } });
  assert.equal(missing, { kind: 'error', message: 'the header row has no column "Name" named by the config\'s formats entry', row: 1, line: 1, offset: 0 });
});

others('files that are no bulk listing file are not listings', () => {
  assert.equal(readBulkText('date,amount\n2024-01-01,3\n'), { kind: 'not-listing' });
  assert.equal(readBulkText('just some notes\n'), { kind: 'not-listing' });
});

// ---- .xlsx ---------------------------------------------------------------------------------

const xlsx = suite('.xlsx/.xlsm templates');

xlsx('the TemplateType= sheet, with sheet and cell in every place', () => {
  const bytes = makeXlsx([
    { name: 'Instructions', rows: [['How to fill in this template']] },
    {
      name: 'Template',
      rows: [
        ['TemplateType=fptcustom', 'Version=2025.0401', classicSettings],
        ['Seller SKU', 'Product Name', 'Bullet Point'],
        ['item_sku', 'item_name', 'bullet_point1'],
        ['X-1', 'Lamp like Dyson', 'Bright'],
      ],
    },
  ]);
  const result: BulkOpenResult & { sheet?: string } = readBulkWorkbook(bytes);
  if (result.kind !== 'bulk') throw new Error(JSON.stringify(result));
  const items: BulkItem[] = [...result.items];
  assert.is(result.sheet, 'Template');
  const listing = items[0].kind === 'listing' ? items[0].listing : undefined;
  assert.equal(listing?.places.get('title'), { record: 1, header: 'item_name', label: 'Product Name', sku: 'X-1', sheet: 'Template', cell: 'B4' });
  assert.equal(listing?.places.get('bullets[0]'), { record: 1, header: 'bullet_point1', label: 'Bullet Point', sku: 'X-1', sheet: 'Template', cell: 'C4' });
  assert.equal(listing?.place, { record: 1, header: 'item_sku', label: 'Seller SKU', sku: 'X-1', sheet: 'Template', cell: 'A4' });
  const built = buildListing(listing!.node, 0, { ...info, lines: new LineIndex('') });
  assert.equal(summary(built), { sku: 'X-1', marketplace: 'amazon.de', category: undefined, brand: undefined, fields: [['title', 'Lamp like Dyson'], ['bullets[0]', 'Bright']], images: [] });
});

xlsx('a Shopify export saved as .xlsx (first sheet), and a file that is no workbook', () => {
  const bytes = makeXlsx([{ name: 'products_export', rows: [['Handle', 'Title', 'Body (HTML)', 'Variant SKU'], ['cap', 'Cap', '<b>Puma</b> cap', 'C-1']] }]);
  const result = readBulkWorkbook(bytes);
  if (result.kind !== 'bulk') throw new Error(JSON.stringify(result));
  const [item] = [...result.items];
  const listing = item.kind === 'listing' ? item.listing : undefined;
  assert.equal(listing?.places.get('description'), { record: 1, header: 'Body (HTML)', sku: 'C-1', sheet: 'products_export', cell: 'C2' });
  assert.equal(readBulkWorkbook(new TextEncoder().encode('sku,title\n')), { kind: 'error', message: 'the file is not an .xlsx/.xlsm workbook (no zip header)', row: 0 });
});

// ---- Categories ----------------------------------------------------------------------------

const categories = suite('bulk categories → Nice classes');

categories('Amazon product types in both spellings, Shopify top-level categories, unknown values', () => {
  assert.equal(
    ['shirt', 'SHIRT', 'CELLULAR_PHONE_CASE', 'cellularphonecase', 'HEADPHONES', 'Apparel & Accessories > Clothing > Shirts', 'Home & Garden', 'Luggage & Bags', 'quantum-flux', ''].map(
      (value) => bulkCategoryClasses(value),
    ),
    [[25], [25], [9], [9], [9], [25], [21], [18], undefined, undefined],
  );
});

amazon.run();
amazonJson.run();
report.run();
shopify.run();
others.run();
xlsx.run();
categories.run();

// ---- Positions, for any cell content (fast-check) ------------------------------------------

const anyCell = suite('a word anywhere in any cell is located on exactly its text in the file');

anyCell('quoted or not, with "" escapes, line breaks of every kind before it, and lone-CR files', () => {
  const filler = fc.array(fc.constantFrom('a', ' ', '"', ',', '\n', '\r\n', '\r', 'é', '😀'), { maxLength: 8 }).map((units) => units.join(''));
  fc.assert(
    fc.property(filler, filler, fc.constantFrom('\n', '\r\n', '\r'), fc.integer({ min: 0, max: 2 }), (before, after, newline, column) => {
      const value = `${before} Nike ${after}`;
      const quoted = `"${value.replace(/"/g, '""')}"`;
      const cells = ['S-1', 'plain', 'plain'];
      cells[column] = column === 0 ? 'S-1' : quoted;
      const text = ['item_sku,item_name,bullet_point1', cells.join(','), ''].join(newline);
      const result = readBulkText(text, { format: 'amazon-template', delimiter: ',' });
      if (result.kind !== 'bulk') throw new Error(JSON.stringify(result));
      const [item] = [...result.items];
      if (item.kind !== 'listing') throw new Error(JSON.stringify(item));
      const listing = buildListing(item.listing.node, 0, { ...info, lines: textLines(text) });
      if (column === 0) return;
      const field = listing.fields.find((f) => f.path === (column === 1 ? 'title' : 'bullets[0]'))!;
      assert.is(field.value, value);
      const at = value.indexOf(' Nike ') + 1;
      const location = field.locate(at, at + 4);
      // Find the same span by counting line breaks in the file itself.
      const offset = text.indexOf(quoted) + 1 + value.slice(0, at).replace(/"/g, '""').length;
      const head = text.slice(0, offset);
      const breaks = head.match(/\r\n|\r|\n/g) ?? [];
      const lineStart = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r')) + 1;
      assert.equal(location, { line: breaks.length + 1, column: offset - lineStart + 1, endLine: breaks.length + 1, endColumn: offset - lineStart + 5 });
      assert.is(text.slice(offset, offset + 4), 'Nike');
    }),
    { numRuns: 300 },
  );
});

anyCell.run();

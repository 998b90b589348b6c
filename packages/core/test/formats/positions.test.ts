import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readListingFile, type ListingFormat } from '../../src/formats/index.js';
import { loadMarkdownParser } from '../../src/formats/markdown-body.js';
import type { Listing } from '../../src/types.js';

await loadMarkdownParser();

const info = { file: 'l.md', absolutePath: '/repo/l.md', root: '/repo', cwd: '/repo' };

function read(text: string, format: ListingFormat = 'markdown'): Listing[] {
  const { result } = readListingFile(text, format, info);
  if (result.kind !== 'listings') throw new Error(`not read: ${JSON.stringify(result)}`);
  return result.listings;
}

/** Location of the first occurrence of `word` in the value of field `path`. */
function locate(listing: Listing, path: string, word: string) {
  const field = path === 'brand' ? listing.brand : listing.fields.find((f) => f.path === path);
  if (!field) throw new Error(`no field ${path}: ${listing.fields.map((f) => f.path).join(', ')}`);
  const at = field.value.indexOf(word);
  if (at === -1) throw new Error(`${word} not in ${JSON.stringify(field.value)}`);
  const { line, column, endLine, endColumn } = field.locate(at, at + word.length);
  return [line, column, endLine, endColumn];
}

const positions = suite('field positions');
const fm = (yaml: string, body = '') => `---\n${yaml}---\n${body}`;

const cases: [string, string, ListingFormat, string, string, number[]][] = [
  ['plain scalar', fm('sku: A\ntitle: Shoes for NIKE fans\n'), 'markdown', 'title', 'NIKE', [3, 18, 3, 22]],
  ['double-quoted scalar', fm('sku: A\ntitle: "Shoes for NIKE fans"\n'), 'markdown', 'title', 'NIKE', [3, 19, 3, 23]],
  ['double-quoted with escapes before', fm('title: "caf\\u00e9 \\"x\\" NIKE"\n'), 'markdown', 'title', 'NIKE', [2, 25, 2, 29]],
  ['an escape inside the match', fm('title: "N\\u0049KE shoes"\n'), 'markdown', 'title', 'NIKE', [2, 9, 2, 18]],
  ['single-quoted with doubled quote', fm("title: 'it''s NIKE'\n"), 'markdown', 'title', 'NIKE', [2, 15, 2, 19]],
  ['multi-line plain scalar', fm('title: Shoes for\n  runners by NIKE\n'), 'markdown', 'title', 'NIKE', [3, 14, 3, 18]],
  ['folded scalar', fm('title: >\n  Shoes for\n  runners by NIKE\n'), 'markdown', 'title', 'NIKE', [4, 14, 4, 18]],
  ['literal block scalar', fm('sku: A\ndescription: |\n  line one\n    NIKE indented\n'), 'markdown', 'description', 'NIKE', [5, 5, 5, 9]],
  ['list item', fm('bullets:\n  - first\n  - "second NIKE"\n'), 'markdown', 'bullets[1]', 'NIKE', [4, 13, 4, 17]],
  ['flow list item', fm('sku: A\nkeywords: [shoe, NIKE air]\n'), 'markdown', 'keywords[1]', 'NIKE', [3, 18, 3, 22]],
  ['nested custom key', fm('title: x\na_plus:\n  headline: Go NIKE\n'), 'markdown', 'a_plus.headline', 'NIKE', [4, 16, 4, 20]],
  ['brand field', fm('title: x\nbrand: NIKE\n'), 'markdown', 'brand', 'NIKE', [3, 8, 3, 12]],
  ['body paragraph', fm('title: x\n', 'Intro line\nWorn by NIKE fans.\n'), 'markdown', 'description', 'NIKE', [5, 9, 5, 13]],
  ['body heading', fm('title: x\n', '\n## About NIKE\n'), 'markdown', 'description', 'NIKE', [5, 10, 5, 14]],
  ['body list item', fm('title: x\n', '- one\n- two NIKE\n'), 'markdown', 'description', 'NIKE', [5, 7, 5, 11]],
  ['body link text', fm('title: x\n', 'See [the NIKE page](https://x.test) now\n'), 'markdown', 'description', 'NIKE', [4, 10, 4, 14]],
  ['body emphasis and escape', fm('title: x\n', 'A \\*star\\* and *NIKE*\n'), 'markdown', 'description', 'NIKE', [4, 17, 4, 21]],
  ['body entity before', fm('title: x\n', 'Tom &amp; NIKE\n'), 'markdown', 'description', 'NIKE', [4, 11, 4, 15]],
  ['body with description key', fm('title: x\ndescription: y\n', 'Body NIKE\n'), 'markdown', 'body', 'NIKE', [5, 6, 5, 10]],
  ['CRLF line ends', '---\r\nsku: A\r\ntitle: Go NIKE\r\n---\r\nBody NIKE\r\n', 'markdown', 'title', 'NIKE', [3, 11, 3, 15]],
  ['BOM', '\uFEFF---\ntitle: Go NIKE\n---\n', 'markdown', 'title', 'NIKE', [2, 11, 2, 15]],
  ['astral characters count two columns', fm('title: "😀 NIKE"\n'), 'markdown', 'title', 'NIKE', [2, 12, 2, 16]],
  ['JSON string', '{\n  "title": "Go NIKE"\n}\n', 'json', 'title', 'NIKE', [2, 16, 2, 20]],
  ['JSON string with escapes', '{"title": "a\\tb \\u00e9\\n NIKE"}', 'json', 'title', 'NIKE', [1, 26, 1, 30]],
  ['JSON bullets', '{"bullets": ["x", "y NIKE"]}', 'json', 'bullets[1]', 'NIKE', [1, 22, 1, 26]],
  ['JSON description', '{"sku": "A",\n "description": "Long NIKE text"}', 'json', 'description', 'NIKE', [2, 23, 2, 27]],
];

for (const [name, text, format, path, word, expected] of cases) {
  positions(name, () => {
    assert.equal(locate(read(text, format)[0], path, word), expected);
  });
}

positions('a JSON array holds several listings', () => {
  const listings = read('[{"sku": "A", "title": "x"}, {"sku": "B", "title": "NIKE"}]', 'json');
  assert.equal(listings.map((l) => [l.index, l.sku]), [[0, 'A'], [1, 'B']]);
  assert.equal(locate(listings[1], 'title', 'NIKE'), [1, 53, 1, 57]);
});

positions.run();

const model = suite('listing model');

model('reserved keys are not text fields; images resolve relative to the listing', () => {
  const [listing] = read(fm('sku: 12\nmarketplace: amazon.de\ncategory: shoes\nclasses: [25, 18]\nlanguage: de\ntitle: t\nimages:\n  - main.jpg\n  - ../../etc/passwd\n  - /abs.png\n'));
  assert.equal(listing.fields.map((f) => f.path), ['title']);
  assert.equal([listing.sku, listing.marketplace, listing.category, listing.language], ['12', 'amazon.de', 'shoes', 'de']);
  assert.equal(listing.classes, [25, 18]);
  assert.equal(
    listing.images.map((i) => [i.field, i.path, i.location.line, i.location.column]),
    [['images[0]', 'main.jpg', 9, 5], ['images[1]', undefined, 10, 5], ['images[2]', undefined, 11, 5]],
  );
});

model('a listing needs title, bullets or sku; other front matter is not a listing', () => {
  assert.equal(readListingFile(fm('layout: post\n'), 'markdown', info).result, { kind: 'not-listing' });
  assert.equal(readListingFile('# Readme\n', 'markdown', info).result, { kind: 'not-listing' });
});

model('listinglint ignores are read with their place', () => {
  const [listing] = read(fm('title: t\nlistinglint:\n  ignore:\n    - { rule: trademark/text, mark: nike, reason: licensed }\n'));
  assert.equal(listing.ignores.map((i) => [i.rule, i.mark, i.reason, i.location.line]), [['trademark/text', 'nike', 'licensed', 5]]);
});

model.run();

const errors = suite('parse errors');
const errorCases: [string, string, ListingFormat, string, number[]][] = [
  ['YAML syntax', fm('title: "open\nsku: 1\n'), 'markdown', 'Missing closing "quote', [2, 8]],
  ['YAML duplicate key', fm('title: a\ntitle: b\n'), 'markdown', 'Map keys must be unique', [3, 1]],
  ['JSON trailing comma', '{"title": "a",}', 'json', 'Trailing comma before `}`', [1, 15]],
  ['JSON duplicate key', '{"title": "a",\n "title": "b"}', 'json', 'Duplicate key `title`', [2, 2]],
  ['JSON not an object', '"just a string"', 'json', 'A listing file holds one listing object or an array of listing objects', [1, 1]],
  ['JSON truncated', '{"title": "a', 'json', 'Unterminated string', [1, 11]],
];
for (const [name, text, format, message, [line, column]] of errorCases) {
  errors(name, () => {
    const { result } = readListingFile(text, format, info);
    assert.is(result.kind, 'error');
    if (result.kind !== 'error') return;
    assert.is(result.message, message);
    assert.equal([result.location.line, result.location.column], [line, column]);
  });
}
errors.run();

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildListing } from '../../src/listing/build-listing.js';
import { LineIndex } from '../../src/source/line-index.js';
import { frontMatterRange } from '../../src/formats/markdown.js';
import { parseSimpleYaml } from '../../src/source/simple-yaml.js';
import type { SourceNode } from '../../src/source/source-tree.js';
import { parseYamlSource } from '../../src/source/yaml-source.js';

const repo = fileURLToPath(new URL('../../../..', import.meta.url));

/** What a listing built from a tree shows: every field with its value and place, and the data keys. */
function summary(source: string, tree: SourceNode | undefined) {
  if (!tree || tree.kind !== 'map') return tree?.kind;
  const lines = new LineIndex(source);
  const listing = buildListing(tree, 0, { file: 'x.md', absolutePath: '/r/x.md', root: '/r', cwd: '/r', lines });
  const place = (f: { value: string; locate(a: number, b: number): unknown }) => [f.value, f.locate(0, f.value.length), f.locate(1, 2)];
  return {
    fields: listing.fields.map((field) => [field.path, ...place(field)]),
    brand: listing.brand ? place(listing.brand) : undefined,
    data: [listing.sku, listing.marketplace, listing.category, listing.classes, listing.language],
    images: listing.images.map((image) => [image.field, image.written, image.location]),
    keys: Object.entries(listing.keyLocations).map(([key, location]) => [key, location.line, location.column]),
    location: listing.location,
    ignores: listing.ignores,
  };
}

const same = suite('the fast front-matter reader agrees with the full YAML parser');

const simpleCases = [
  'sku: A-1\ntitle: Plain title with, commas and a #hash\n',
  'sku: 12\nclasses: [25, 18]\ntitle: "Quoted \\"x\\" \\u00e9 and \\t tab"\nbrand: \'It\'\'s mine\'\n',
  'title: x   # a comment\nbullets:\n  - one\n  - "two: quoted"\n  - \'three\'\nkeywords: [a b, "c, d", e]\n',
  'title: x\nbullets:\n- at the same indent\n- second\nimages:\n  - main.jpg\n  - side.png # comment\n',
  'title: x\na_plus:\n  headline: Deep\n  nested:\n    more: deeper text\nflag: true\nnothing: ~\nratio: 1.5\nempty:\n',
  'sku: "0012"\nmarketplace: amazon.de\ncategory: home & kitchen\ntitle: Ümlaut ß and 😀 emoji\n',
  'title: "a"\r\nbullets:\r\n  - crlf line\r\n',
  'title: x\nlistinglint:\n  ignore:\n    - { rule: trademark/text, mark: nike, reason: "licensed, see LIC-7" }\n    - {}\n',
  'title: x\nspecs:\n  - name: colour\n    value: dove grey\n  - name: size\n    value: [S, M, {fits: "all"}]\n',
  'sku: n-1\nbrand: trueform\ncolor: False Blue\nsize: .5 in\ncount: -3\nratio: +2.5e3\nlabel: -x\nwhen: ~\nno: NULL\nyes: True\nempty:\r\nlast: fin\n',
];

for (const [i, yaml] of simpleCases.entries()) {
  same(`simple case ${i + 1} is read fast and equally`, () => {
    const source = `---\n${yaml}---\n`;
    const range = frontMatterRange(source)!;
    const text = source.slice(range.start, range.end);
    const fast = parseSimpleYaml(text, range.start);
    assert.ok(fast, 'the fast reader gave up');
    assert.equal(summary(source, fast), summary(source, parseYamlSource(text, range.start, { full: true })));
  });
}

const hardCases = [
  'title: >\n  folded\n',
  'title: multi\n  line plain\n',
  'title: &a x\nother: *a\n',
  'title: !!str 12\n',
  'listinglint:\n  ignore:\n    - { rule: trademark/text, reason: x, }\n',
  'bullets:\n  - key: value\n   odd: indent\n',
  'a: { "quoted key": 1 }\n',
  `deep: ${'['.repeat(100)}${']'.repeat(100)}\n`,
  'title: a\ntitle: b\n',
  'title: a: b\n',
  '"quoted key": x\n',
  'title: x\n\tbad: tab\n',
];

for (const [i, yaml] of hardCases.entries()) {
  same(`anything else is left to the full parser (${i + 1})`, () => {
    assert.is(parseSimpleYaml(yaml, 0), undefined);
  });
}

same('every front matter of the example repository reads the same either way', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? walk(file) : name.endsWith('.md') ? [file] : [];
    });
  let read = 0;
  for (const file of walk(path.join(repo, 'fixtures/example/listings'))) {
    const source = readFileSync(file, 'utf8');
    const range = frontMatterRange(source);
    if (!range) continue;
    const text = source.slice(range.start, range.end);
    assert.equal(summary(source, parseYamlSource(text, range.start)), summary(source, parseYamlSource(text, range.start, { full: true })), file);
    read += 1;
  }
  assert.is(read, 9);
});

same.run();

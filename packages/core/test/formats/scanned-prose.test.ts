import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadMarkdownParser, markdownProse } from '../../src/formats/markdown-body.js';
import { scannedProse } from '../../src/formats/markdown-scan.js';
import { frontMatterRange } from '../../src/formats/markdown.js';
import type { MappedText } from '../../src/source/mapped-text.js';

await loadMarkdownParser();

const repo = fileURLToPath(new URL('../../../..', import.meta.url));
const RUNS = Number(process.env.SCANNER_PROPERTY_RUNS ?? 2000);
const scanned = suite('the Markdown scanner reads exactly what remark reads, or gives up');

/** The value and the source range of every unit. */
function reading(text: MappedText): [string, number[][]] {
  return [text.value, Array.from({ length: text.value.length }, (_, i) => text.sourceRange(i))];
}

const document = (body: string) => `---\nsku: A-1\n---\n${body}`;
const scan = (source: string) => scannedProse(source, frontMatterRange(source)!.bodyStart);

/** Scans `source`; when the scanner reads it, its reading must be remark's. True when it read it. */
function agrees(source: string, label = source): boolean {
  const fast = scan(source);
  if (!fast) return false;
  assert.equal(reading(fast), reading(markdownProse(source)), label);
  return true;
}

// Bodies the scanner must read itself (and agree with remark on).
const read = [
  '# About this item\n\nSoft **cotton** towel, *very* absorbent.\n',
  '## Features\n\n- **Durable:** steel body\n- _Light_ weight\n- Folds flat\n\n1. Open it\n2. Fill it\n',
  'See the [care guide](https://example.com/care) and ![front](img/a.jpg) photo.\n',
  'Line one  \nline two\nline three \nend.\n',
  'Salt &amp; pepper &copy; 2024 &#233;t&#xE9; and a lone & here.\n',
  'Model `SKU-1` rated 5\\* by buyers \\[new\\].\n',
  'Help at <https://example.com/help>.\n',
  '- first item\nlazy continuation\n- second *item*\n  indented continuation\n\nAfter the list.\n',
  '#\n\n## \n\nText after empty headings.\n',
  'Paragraph\n- interrupted by a list\n',
  '| Size | Weight |\n| --- | --- |\n| 5 inch | 2 lb |\n',
  '   Indented paragraph\n  continued.\n',
  'Ends with *emphasis*\nnext *line* too.\n',
  '**Bold:** lead, *then*, more.\n',
  '![only an image](x.png)\n\nThen text.\n',
  '',
  '\n\n\n',
  'Trailing spaces at the end   ',
  '<p>html</p>',
  'Intro.\n\n<p>Soft <b>cotton</b><br>fits Nike &amp; more</p>\n\nAfter.\n',
  '<div>\nline one\n  line two\n</div>\n\n# Heading\n',
  '<P class="x">Upper case tag</P>\n',
  '</p>closing tag first\n',
  '<hr/>\n\nText.\n',
  '- item\n\n<div>after a list</div>\n',
  '<table>\n<tr><td>cell</td></tr>\n</table>',
];
for (const [i, body] of read.entries()) {
  scanned(`reads tricky body ${i + 1} as remark does`, () => {
    assert.ok(agrees(document(body)), 'the scanner gave up');
  });
}

// Bodies the scanner must leave to remark.
const givenUp = [
  '> quote', 'a <b>tag</b>', '<span>no block tag</span>', 'Text\n<p>interrupts a paragraph</p>', '- item\n  <div>in an item</div>', '<pre>\ncode\n</pre>', '<!-- comment -->', '```\ncode\n```', '    indented code', 'tab\there', 'crlf\r\nline',
  'Setext\n===', 'Setext\n---', '***', '* * *', '- a\n  - nested', '- a\n\n  second paragraph', '***strong em***',
  'snake_case word', '2*3', 'a * b', '*unclosed', '**a *b* c**', '*a\nb*', 'x &foo; y', 'x &#0; y', '[ref]', '[ref][x]',
  '[a](<b>)', '[a](b "title")', '`` a ` b ``', '` a `', 'a\\\nb', '# Heading #', 'Text\n# Heading', '- a\n2. b',
  'Text\n2. b', '-', '1.', '~~~\nfence\n~~~', '*é*', '<mailto:a@b.c>', '\u0000', '<p>\ttab</p>',
];
for (const body of givenUp) {
  scanned(`leaves ${JSON.stringify(body)} to remark`, () => {
    assert.is(scan(document(`${body}\n`)), undefined);
  });
}

scanned('a body after front matter closed by `...` or with a trailing space is left to remark', () => {
  assert.is(scan('---\nsku: A-1\n...\n# Title\n'), undefined);
  assert.is(scan('---\nsku: A-1\n--- \n# Title\n'), undefined);
});

/** Generates the bench corpus (`--realistic` or plain) at a small size and checks every Markdown body. */
function corpus(flags: string[], listings: number): { bodies: number; read: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'listinglint-corpus-'));
  try {
    const run = spawnSync(process.execPath, [path.join(repo, 'scripts/bench/text-corpus.mjs'), dir, '--listings', String(listings), ...flags], { encoding: 'utf8' });
    assert.is(run.status, 0, run.stderr);
    let bodies = 0;
    let readCount = 0;
    for (const name of readdirSync(path.join(dir, 'listings'))) {
      const file = path.join(dir, 'listings', name, 'listing.md');
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      bodies += 1;
      if (agrees(source, file)) readCount += 1;
    }
    return { bodies, read: readCount };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

scanned('every body of the realistic bench corpus (1,500 listings): read as remark reads it, or given up', () => {
  // Every body, its HTML blocks included (none of this sample has emphasis the scanner cannot be sure of).
  assert.equal(corpus(['--realistic'], 1500), { bodies: 1350, read: 1350 });
});

scanned('every body of the plain bench corpus (500 listings) is read as remark reads it', () => {
  assert.equal(corpus([], 500), { bodies: 450, read: 450 });
});

scanned('property: on Markdown-like bodies the scanner agrees with remark whenever it reads', () => {
  const token = fc.constantFrom(
    'word', 'Nike', 'x', '1', ' ', ' ', '  ', '\n', '\n', '\n\n', '\n  ', '*', '**', '_', '__', '`', '``', '[', ']', '(', ')', '](u)', '](https://e.com/a_b)',
    '!', '![', '#', '# ', '## ', '- ', '* ', '+ ', '1. ', '2) ', '&amp;', '&', '&#65;', '&copy;', '&zz;', '\\', '\\*', '<', '>', '<https://e.com>',
    '.', ',', ':', '|', '---', '===', '~', '"', "'", 'é', '😀', '\t',
    '<p>', '</p>', '<div>', '<br>', '<b>', '</b>', '<P ', '<hr/>', '<li>', '<span>', '<!--',
  );
  let readCount = 0;
  fc.assert(
    fc.property(fc.array(token, { maxLength: 24 }), (tokens) => {
      if (agrees(document(tokens.join('')))) readCount += 1;
    }),
    { numRuns: RUNS, seed: Number(process.env.SCANNER_PROPERTY_SEED ?? 20) },
  );
  // The property means something only if the scanner reads a good share of the inputs.
  assert.ok(readCount > RUNS / 10, `the scanner read only ${readCount} of ${RUNS} generated bodies`);
});

scanned.run();

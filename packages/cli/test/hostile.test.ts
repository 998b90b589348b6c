import { execFileSync } from 'node:child_process';
import { closeSync, openSync, symlinkSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { config, hashTree, listing, makeProject, runCli, runJson, watchlist, writeFiles, type JsonReportShape } from './fixtures/cli-project.js';

const test = suite('hostile input (built CLI)');

const MiB = 1024 * 1024;

/** An alias bomb: nine levels of nine-fold aliases, a billion values if expanded. */
function aliasBomb(): string {
  const lines = ['---', 'sku: BOMB-1', 'title: x', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  let previous = 'a';
  for (const name of 'bcdefghij') {
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    previous = name;
  }
  return `${lines.join('\n')}\n---\n`;
}

/** Every hostile listing next to good ones, in one repository. */
function hostileProject(): string {
  const paragraph = `${'lorem ipsum dolor sit amet '.repeat(40_000)}\n`;
  const dir = makeProject({
    'listinglint.config.yaml': config,
    'watchlist.yaml': watchlist,
    'l/good.md': listing('GOOD-1', 'NIKE socks'),
    'l/good.listing.json': '[{"sku": "GOOD-2", "title": "Hat"}, {"sku": "GOOD-3", "title": "SONY hat"}]',
    'l/empty.md': '',
    'l/empty.listing.json': '',
    'l/bom.md': `\uFEFF${listing('BOM-1', 'NIKE socks')}`,
    'l/crlf.md': '---\r\nsku: CRLF-1\r\ntitle: "x NIKE socks"\r\n---\r\nbody NIKE\r\n',
    'l/latin1.md': Buffer.concat([Buffer.from('---\nsku: L-1\ntitle: "Caf'), Buffer.from([0xe9]), Buffer.from(' NIKE"\n---\n')]),
    'l/huge.md': `${listing('HUGE-1', 'plain')}${paragraph.repeat(10)}NIKE at the end\n`,
    'l/nested.md': `---\nsku: NEST-1\ntitle: x\ndeep: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`,
    'l/bomb.md': aliasBomb(),
    'l/dupkey.md': '---\nsku: DUP-1\ntitle: a\ntitle: NIKE\n---\n',
    'l/dupkey.listing.json': '{"sku": "DUP-2", "title": "a",\n "title": "NIKE"}\n',
    'l/trailing.listing.json': '{\n  "sku": "T-1",\n  "title": "NIKE",\n}\n',
    'l/escape.md': '---\nsku: ESC-1\ntitle: plain\nimages:\n  - ../../etc/passwd\n  - /etc/hostname\n  - missing.jpg\n---\n',
    'l/map-images.md': listing('MAP-1', 'plain', 'images:\n  main: main.jpg\n'),
    'l/sku-a.md': listing('SAME', 'a'),
    'l/sku-b.md': listing('SAME', 'b'),
  });
  symlinkSync('loop2.md', join(dir, 'l', 'loop1.md'));
  symlinkSync('loop1.md', join(dir, 'l', 'loop2.md'));
  symlinkSync('..', join(dir, 'l', 'up'));
  return dir;
}

/** `file line:column rule` of every finding, with the message when `messages` is set. */
function located(report: JsonReportShape): string[] {
  return report.results.flatMap((result) =>
    result.findings.map((f) => `${result.filePath} ${f.line}:${f.column} ${f.ruleId}${f.markId ? ` ${f.markId}` : ''}`),
  );
}

function messageOf(report: JsonReportShape, file: string): string {
  return report.results.find((result) => result.filePath === file)?.findings[0]?.message ?? '(none)';
}

test('hostile listings become findings with file and line; the other files are still linted; nothing is modified', () => {
  const dir = hostileProject();
  const before = hashTree(dir);
  const run = runJson(dir, []);
  assert.is(run.code, 1, run.stderr);
  assert.equal(located(run.report), [
    'l/bom.md 3:9 trademark/text nike',
    'l/bomb.md 4:32 listing/parse-error',
    'l/crlf.md 3:11 trademark/text nike',
    'l/crlf.md 5:6 trademark/text nike',
    'l/dupkey.listing.json 2:2 listing/parse-error',
    'l/dupkey.md 4:1 listing/parse-error',
    'l/empty.listing.json 1:1 listing/parse-error',
    'l/escape.md 5:5 image/missing',
    'l/escape.md 6:5 image/missing',
    'l/escape.md 7:5 image/missing',
    'l/good.listing.json 1:65 trademark/text sony',
    'l/good.md 3:9 trademark/text nike',
    'l/huge.md 16:1 trademark/text nike',
    'l/latin1.md 3:12 listing/parse-error',
    'l/map-images.md 5:3 image/missing',
    'l/nested.md 4:71 listing/parse-error',
    'l/sku-b.md 2:6 listing/duplicate-sku',
    'l/trailing.listing.json 4:1 listing/parse-error',
  ]);
  const message = (file: string) => messageOf(run.report, file);
  assert.match(message('l/bomb.md'), /alias/);
  assert.match(message('l/nested.md'), 'Nested more than 64 levels deep');
  assert.match(message('l/dupkey.md'), 'Map keys must be unique');
  assert.match(message('l/dupkey.listing.json'), /[Dd]uplicate/);
  assert.match(message('l/trailing.listing.json'), 'Trailing comma');
  assert.match(message('l/latin1.md'), 'not valid UTF-8 (first bad byte at offset 24)');
  assert.is(
    run.report.results.find((r) => r.filePath === 'l/escape.md')?.findings.map((f) => f.message).join('\n'),
    [
      'Image `../../etc/passwd` (`images[0]`) is outside the repository and was not checked: move it into the repository so it can be checked',
      'Image `/etc/hostname` (`images[1]`) is outside the repository and was not checked: move it into the repository so it can be checked',
      'Image `missing.jpg` (`images[2]`) does not exist: add the file or fix the path',
    ].join('\n'),
  );
  assert.is(message('l/map-images.md'), '`images` must be a list of image paths, e.g. `images: [main.jpg]`: the images under it were not checked');
  assert.is(message('l/sku-b.md'), 'SKU `SAME` is already used by l/sku-a.md:2: give every listing its own SKU');
  // Empty Markdown is not a listing (skipped); the symlink loop is not followed by globbing.
  assert.not.ok(run.report.results.some((r) => r.filePath === 'l/empty.md' || r.filePath.startsWith('l/loop')));
  assert.equal(hashTree(dir), before);
});

test('listing files over their size limit are a parse error, checked before a byte is read; the good file is linted', () => {
  const dir = makeProject({ 'listinglint.config.yaml': config, 'watchlist.yaml': watchlist, 'l/good.md': listing('GOOD-1', 'NIKE socks') });
  // Sparse files: the size is what counts, and it is checked on the open file before reading.
  const sizes: Record<string, number> = { 'l/big.md': 32 * MiB + 1, 'l/big.listing.json': 64 * MiB + 1, 'l/big.csv': 256 * MiB + 1, 'l/big.xlsx': 100 * MiB + 1, 'l/edge.md': 32 * MiB };
  for (const [file, size] of Object.entries(sizes)) {
    closeSync(openSync(join(dir, file), 'w'));
    truncateSync(join(dir, file), size);
  }
  const run = runJson(dir, ['--no-ocr', '--no-cache', 'l/big.md', 'l/big.listing.json', 'l/big.csv', 'l/big.xlsx', 'l/edge.md', 'l/good.md']);
  assert.is(run.code, 1, run.stderr);
  assert.equal(
    run.report.results.map((result) => `${result.filePath} ${result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}: ${f.message}`).join(' | ')}`),
    [
      'l/big.csv 1:1 listing/parse-error: The file is 268,435,457 bytes, more than the 256 MiB limit for CSV, TSV and TXT bulk files, so it was not read: split it into smaller files and run listinglint again',
      'l/big.listing.json 1:1 listing/parse-error: The file is 67,108,865 bytes, more than the 64 MiB limit for JSON listings, so it was not read: split it into smaller files and run listinglint again',
      'l/big.md 1:1 listing/parse-error: The file is 33,554,433 bytes, more than the 32 MiB limit for Markdown listings, so it was not read: split it into smaller files and run listinglint again',
      'l/big.xlsx 1:1 listing/parse-error: The file is 104,857,601 bytes, more than the 100 MiB limit for XLSX workbooks, so it was not read: split it into smaller files and run listinglint again',
      // Exactly at the limit, a file is read (and these zero bytes are no listing).
      'l/edge.md 1:1 listing/parse-error: This file is not a listing (no front matter with `title`, `bullets` or `sku`, and no listing header row of a known bulk file); it was named on the command line, so it is reported',
      'l/good.md 3:9 trademark/text: `NIKE` (Nike, Inc.; USPTO 0978952, classes 18, 25) in `title`: a third-party mark as the first word of the title reads as the brand; registered in US for class 25, which covers this listing (clothing)',
    ],
  );
});

test('a symlink loop named on the command line is reported as unreadable; the other file is linted', () => {
  const dir = hostileProject();
  const run = runJson(dir, ['--no-ocr', 'l/loop1.md', 'l/good.md', 'l/empty.md']);
  assert.is(run.code, 1);
  assert.equal(located(run.report), ['l/empty.md 1:1 listing/parse-error', 'l/good.md 3:9 trademark/text nike', 'l/loop1.md 1:1 listing/parse-error']);
  assert.is(messageOf(run.report, 'l/loop1.md'), 'The file could not be read: it is a symbolic link that leads back to itself; fix or remove the link (ELOOP)');
});

/** Config and watchlist problems stop the run with exit 2 and name file, line and key. */
const configCases: [string, Record<string, string>, string][] = [
  ['a watchlist with no marks', { 'watchlist.yaml': 'marks: []\n' }, 'watchlist.yaml:1: `marks`: the watchlist has no marks: nothing would ever be checked'],
  [
    'a one-letter mark',
    { 'watchlist.yaml': 'marks:\n  - id: x\n    mark: X\n    owner: o\n' },
    'watchlist.yaml:3: `marks[0].mark`: `X` is too short to be a mark (two letters at least)',
  ],
  [
    'an empty mark',
    { 'watchlist.yaml': 'marks:\n  - id: x\n    mark: ""\n    owner: o\n' },
    'watchlist.yaml:3: `marks[0].mark`: `` is too short to be a mark (two letters at least)',
  ],
  [
    'a marketplace that is not a string',
    { 'listinglint.config.yaml': 'watchlists: [watchlist.yaml]\ndefaults:\n  marketplace: 5\n' },
    'listinglint.config.yaml:3: `defaults.marketplace`: expected a string',
  ],
  [
    'an unknown severity',
    { 'listinglint.config.yaml': 'watchlists: [watchlist.yaml]\nrules:\n  trademark/text: loud\n' },
    'listinglint.config.yaml:3: `rules.trademark/text`: expected one of: off, info, warn, warning, error',
  ],
  [
    'an unknown key',
    { 'listinglint.config.yaml': 'watchlists: [watchlist.yaml]\nbogus: 1\n' },
    'listinglint.config.yaml:2: `bogus`: unknown key (expected one of: include, ignore, watchlists, rules, defaults, categories, authorizations, allow, seller, ocr, cache, formats, images, copyright, presets, customRules)',
  ],
  [
    'a missing watchlist file',
    { 'listinglint.config.yaml': 'watchlists: [nope.yaml]\n' },
    'listinglint.config.yaml:1: `watchlists[0]`: watchlist file not found: nope.yaml',
  ],
  [
    'broken config YAML',
    { 'listinglint.config.yaml': 'watchlists: [watchlist.yaml\n' },
    'listinglint.config.yaml:2: ',
  ],
];

for (const [name, files, expected] of configCases) {
  test(`config error: ${name} exits 2 naming file and line`, () => {
    const dir = makeProject({ 'listinglint.config.yaml': config, 'watchlist.yaml': watchlist, 'l/good.md': listing('G', 'NIKE') });
    writeFiles(dir, files);
    const before = hashTree(dir);
    const run = runCli(dir, ['--no-ocr']);
    assert.is(run.code, 2, run.stderr);
    assert.is(run.stdout, '');
    assert.ok(run.stderr.startsWith(`listinglint: ${expected}`), run.stderr);
    assert.equal(hashTree(dir), before);
  });
}

test('usage errors: a broken baseline or a bad shard exit 2 naming the file or flag', () => {
  const dir = makeProject({ 'listinglint.config.yaml': config, 'watchlist.yaml': watchlist, 'l/good.md': listing('G', 'NIKE'), 'base.json': '{"version": 1, "entries": [' });
  const baseline = runCli(dir, ['--no-ocr', '--baseline', 'base.json']);
  assert.is(baseline.code, 2);
  assert.match(baseline.stderr, `listinglint: Baseline file ${join(dir, 'base.json')} is not valid JSON: `);
  const shard = runCli(dir, ['--no-ocr', '--shard', '3/2']);
  assert.is(shard.code, 2);
  assert.is(shard.stderr, 'listinglint: Invalid --shard "3/2": expected K/N with 1 ≤ K ≤ N, such as 2/4\n');
  const merge = runCli(dir, ['merge', 'base.json']);
  assert.is(merge.code, 2);
  assert.match(merge.stderr, 'listinglint: Report base.json is not valid JSON: ');
});

test('the CI gate: --output never lands on a listing, an image, a folder or the cache; a bad cache location and unmatched paths exit 2', () => {
  const dir = makeProject({
    'listinglint.config.yaml': config,
    'watchlist.yaml': watchlist,
    'l/a.md': listing('A-1', 'NIKE socks'),
    'l/pic.png': 'not really a picture',
    'cachefile': 'a file, not a folder',
  });
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  const before = hashTree(dir);
  const cases: [string[], string][] = [
    [['l/a.md', '--output', 'l/a.md'], 'listinglint: --output l/a.md is a file being linted: listinglint never writes onto listings; name another file\n'],
    [['l/a.md', '--output', 'l/pic.png'], 'listinglint: --output l/pic.png has the ending of a listing or an image file: name the report e.g. listinglint-report.json\n'],
    [['l/a.md', '--output', 'l'], 'listinglint: --output l is a folder: name a file for the report\n'],
    [['l/a.md', '--cache-location', 'c', '--output', 'c/report.json'], 'listinglint: --output c/report.json is inside the cache folder c: name a file outside it\n'],
    [['l/a.md', '--cache-location', 'cachefile'], 'listinglint: The cache location cachefile is not a folder: name a folder with --cache-location, or run with --no-cache\n'],
    [['l/a.md', 'l/missing.md'], 'listinglint: No files matched `l/missing.md`: check the paths or globs\n'],
    [['nothing/**/*.md'], 'listinglint: No files matched `nothing/**/*.md`: check the paths or globs\n'],
    [['l/a.md', 'fifo'], 'listinglint: fifo is not a regular file or folder (a device, pipe or socket): listinglint reads only regular files\n'],
  ];
  for (const [args, message] of cases) {
    const run = runCli(dir, [...args, '--no-ocr']);
    assert.equal([run.code, run.stderr], [2, message], args.join(' '));
  }
  assert.equal(hashTree(dir), before);
});

test('an include that matches nothing exits 2 naming the globs; --max-warnings says why it fails', () => {
  const empty = makeProject({ 'listinglint.config.yaml': `${config}include: ["listings/**/*.md"]\n`, 'watchlist.yaml': watchlist });
  const none = runCli(empty, ['--no-ocr']);
  assert.equal([none.code, none.stderr], [2, 'listinglint: No files matched the include globs `listings/**/*.md`: set `include` in listinglint.config.yaml or name files\n']);
  const dir = makeProject({ 'listinglint.config.yaml': config, 'watchlist.yaml': watchlist, 'a.md': listing('W-1', 'Socks for NIKE shoes', 'marketplace: amazon.com\ncategory: shoes\n') });
  const run = runCli(dir, ['a.md', '--no-ocr', '--max-warnings', '0', '--output', 'report.txt']);
  assert.is(run.code, 1);
  // With --output the summary goes to stderr, and it says why the run fails.
  assert.match(run.stderr, /\n {2}1 warning, more than --max-warnings 0\n {2}report written to report\.txt\n$/);
});

test('images are read only as regular files inside the repository: a link out, a pipe and a device are findings, never read', () => {
  const dir = makeProject({
    'listinglint.config.yaml': config,
    'watchlist.yaml': watchlist,
    'l/a.md': listing('IMG-1', 'Socks', 'images:\n  - out.png\n  - pipe.png\n  - zero.png\n'),
  });
  symlinkSync('/etc/hostname', join(dir, 'l', 'out.png'));
  execFileSync('mkfifo', [join(dir, 'l', 'pipe.png')]);
  symlinkSync('/dev/zero', join(dir, 'l', 'zero.png'));
  const run = runJson(dir, ['l/a.md', '--no-cache']);
  assert.is(run.code, 1);
  assert.equal(run.report.results[0].findings.map((f) => [f.line, f.ruleId, f.message]), [
    [5, 'image/missing', 'Image `out.png` (`images[0]`) is outside the repository and was not checked: move it into the repository so it can be checked'],
    [6, 'image/missing', 'Image `pipe.png` (`images[1]`) is not a regular file (a device, pipe or socket) and was not read: point the entry at an image file'],
    // A link to a device leads outside the repository first.
    [7, 'image/missing', 'Image `zero.png` (`images[2]`) is outside the repository and was not checked: move it into the repository so it can be checked'],
  ]);
});

test('deeply nested lists and block quotes and long runs of emphasis are a parse error at the line, never a stack overflow; the good file is linted', () => {
  const head = (sku: string) => `---\nsku: ${sku}\ntitle: "plain"\n---\nIntro NIKE.\n\n`;
  const dir = makeProject({
    'listinglint.config.yaml': config,
    'watchlist.yaml': watchlist,
    'l/good.md': listing('GOOD-1', 'NIKE socks'),
    // 20,000 nested list markers on one line, and a list nested by indentation.
    'l/lists.md': `${head('LIST-1')}${'- '.repeat(20_000)}NIKE\n`,
    'l/indented.md': `${head('LIST-2')}${Array.from({ length: 70 }, (_, i) => `${'  '.repeat(i)}- NIKE`).join('\n')}\n`,
    'l/quotes.md': `${head('QUOTE-1')}${'>'.repeat(4_000)} NIKE\n`,
    'l/emphasis.md': `${head('EM-1')}${'*a* '.repeat(50_000)}NIKE\n`,
    // Within the limits: 64 levels, and 200 markers in each of two paragraphs.
    'l/fine.md': `${head('FINE-1')}${'> '.repeat(32)}${'- '.repeat(32)}NIKE\n\n${'_a_ '.repeat(100)}\n\n${'*a* '.repeat(100)}NIKE\n`,
  });
  const before = hashTree(dir);
  const run = runJson(dir, ['--no-cache']);
  assert.is(run.code, 1, run.stderr);
  assert.equal(located(run.report), [
    'l/emphasis.md 7:401 listing/parse-error',
    'l/fine.md 5:7 trademark/text nike',
    'l/fine.md 7:129 trademark/text nike',
    'l/fine.md 11:401 trademark/text nike',
    'l/good.md 3:9 trademark/text nike',
    'l/indented.md 71:129 listing/parse-error',
    'l/lists.md 7:129 listing/parse-error',
    'l/quotes.md 7:65 listing/parse-error',
  ]);
  const message = (file: string) => messageOf(run.report, file);
  const nesting =
    'The Markdown body nests lists or block quotes more than 64 levels deep (the limit): this file was not linted; fix the Markdown body here and run listinglint again';
  assert.is(message('l/lists.md'), nesting);
  assert.is(message('l/indented.md'), nesting);
  assert.is(message('l/quotes.md'), nesting);
  assert.is(
    message('l/emphasis.md'),
    'A paragraph of the Markdown body has more than 200 runs of emphasis markers (`*` or `_`, the limit): this file was not linted; fix the Markdown body here and run listinglint again',
  );
  assert.equal(hashTree(dir), before);
});

test.run();

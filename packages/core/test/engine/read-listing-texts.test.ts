import { closeSync, mkdtempSync, openSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readListingTexts, readOpenFile } from '../../src/engine/read-listing-texts.js';
import { firstBadByte } from '../../src/source/utf8.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

test('the first byte that breaks UTF-8, overlong forms and surrogates included', () => {
  assert.is(firstBadByte(bytes('ok ', [0xc3, 0xa9], ' fine')), 10);
  assert.is(firstBadByte(bytes('ab', [0xc0, 0xaf])), 2); // overlong "/"
  assert.is(firstBadByte(bytes('ab', [0xe0, 0x80, 0xaf])), 2); // overlong "/" in three bytes
  assert.is(firstBadByte(bytes('ab', [0xed, 0xa0, 0x80])), 2); // a UTF-16 surrogate
  assert.is(firstBadByte(bytes('ab', [0xf4, 0x90, 0x80, 0x80])), 2); // past U+10FFFF
  assert.is(firstBadByte(bytes('ab', [0xe9])), 2); // Latin-1 é
});

test('an overlong form in a listing is reported at its own line and column, not past the last line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-utf8-'));
  const file = join(dir, 'a.md');
  writeFileSync(file, bytes('---\nsku: O-1\ntitle: "a', [0xc0, 0xaf], 'b"\n---\n'));
  const [read] = readListingTexts([file], dir, false);
  assert.equal(read.error, { kind: 'encoding', data: { offset: 22 }, line: 3, column: 10 });
  rmSync(dir, { recursive: true, force: true });
});

test('files are read whole whatever their size; one that grew or shrank since its size was taken is read to its end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-read-'));
  const texts = ['', 'x', `---\ntitle: "${'é'.repeat(40_000)}"\n---\n${'body '.repeat(300_000)}`];
  texts.forEach((text, i) => writeFileSync(join(dir, `${i}.md`), text));
  const read = readListingTexts(texts.map((_, i) => join(dir, `${i}.md`)), dir, false);
  assert.equal(read.map((entry) => entry.text), texts);
  const file = join(dir, '2.md');
  const size = statSync(file).size;
  for (const told of [0, 10, size - 1, size, size + 7]) {
    const fd = openSync(file, 'r');
    assert.is(readOpenFile(fd, told).toString('utf8'), texts[2], `told ${told} of ${size} bytes`);
    closeSync(fd);
  }
  rmSync(dir, { recursive: true, force: true });
});

test('with the cache, a file whose stat signature is the cached one is not read; any write makes it read again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-stat-'));
  const file = join(dir, 'a.md');
  writeFileSync(file, '---\nsku: S-1\n---\nBody.\n');
  const later = Date.now() + 10_000;
  const [first] = readListingTexts([file], dir, true, { known: () => undefined, now: later });
  const { size, ino, mtimeMs, ctimeMs } = statSync(file);
  assert.equal([first.stat, first.unread, typeof first.text], [`${size}:${ino}:${mtimeMs}:${ctimeMs}`, undefined, 'string']);
  const known = () => ({ stat: first.stat, hash: first.hash! });
  assert.equal(readListingTexts([file], dir, true, { known, now: later })[0], { absolutePath: file, file: 'a.md', hash: first.hash, stat: first.stat, unread: true });
  // Same size, new bytes: the times move (past the file system's clock tick), the file is read and hashed again.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30);
  writeFileSync(file, '---\nsku: S-2\n---\nBody.\n');
  const [changed] = readListingTexts([file], dir, true, { known, now: Date.now() + 10_000 });
  assert.equal([changed.unread, changed.text, changed.hash === first.hash], [undefined, '---\nsku: S-2\n---\nBody.\n', false]);
  rmSync(dir, { recursive: true, force: true });
});

test('stats taken when the files were found stand for their own: such a file is not stat\'ed again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-stat-'));
  const file = join(dir, 'a.md');
  writeFileSync(file, '---\nsku: S-1\n---\nBody.\n');
  const later = Date.now() + 10_000;
  const known = () => ({ stat: '7:42:1000:2000', hash: 'cached' });
  // The disk's signature is another one: only the given stat makes the file known.
  assert.equal(readListingTexts([file], dir, true, { known, now: later })[0].unread, undefined);
  const stats = new Map([[file, { isFile: true, size: 7, ino: 42, mtimeMs: 1000, ctimeMs: 2000 }]]);
  assert.equal(readListingTexts([file], dir, true, { known, now: later, stats })[0], { absolutePath: file, file: 'a.md', hash: 'cached', stat: '7:42:1000:2000', unread: true });
  // A given stat of a change in the last two seconds is not trusted either.
  assert.equal(readListingTexts([file], dir, true, { known, now: 2500, stats })[0].unread, undefined);
  rmSync(dir, { recursive: true, force: true });
});

test('with the cache, a symlink loop is read like any file: reported unreadable, no stat signature', () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-stat-'));
  symlinkSync(join(dir, 'b.md'), join(dir, 'a.md'));
  symlinkSync(join(dir, 'a.md'), join(dir, 'b.md'));
  const [read] = readListingTexts([join(dir, 'a.md')], dir, true, { known: () => undefined, now: Date.now() + 10_000 });
  assert.equal([read.stat, read.error], [undefined, { kind: 'unreadable', data: { problem: 'ELOOP' } }]);
  rmSync(dir, { recursive: true, force: true });
});

test('a file changed in the last two seconds has no stat signature: it is always read and hashed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-stat-'));
  const file = join(dir, 'a.md');
  writeFileSync(file, '---\nsku: S-1\n---\n');
  const [read] = readListingTexts([file], dir, true, { known: () => ({ stat: 'anything', hash: 'x' }), now: Date.now() });
  assert.equal([read.stat, read.unread, read.text], [undefined, undefined, '---\nsku: S-1\n---\n']);
  rmSync(dir, { recursive: true, force: true });
});

test.run();

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readListingTexts } from '../../src/engine/read-listing-texts.js';
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

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readListingFile } from '../../src/formats/index.js';

const info = { file: 'a.md', absolutePath: '/repo/a.md', root: '/repo', cwd: '/repo' };
const read = (text: string) => readListingFile(text, 'markdown', info).result;
const atStart = { line: 1, column: 1, endLine: 1, endColumn: 4 };

test('front matter that is never closed is a parse error when it looks like a listing', () => {
  assert.equal(read('---\nsku: U-1\ntitle: "Socks"\n'), {
    kind: 'error',
    message: 'The front matter is never closed: add a line `---` after its last key',
    location: atStart,
  });
});

test('CR-only line breaks are named, not skipped', () => {
  assert.equal(read('---\rsku: CR-1\rtitle: "Socks"\r---\rbody\r'), {
    kind: 'error',
    message: 'The file breaks lines with CR alone (old Mac line endings): save it with LF or CRLF line endings',
    location: atStart,
  });
});

test('a Markdown file with a rule line and no listing keys is still not a listing', () => {
  assert.equal(read('---\n\nA horizontal rule above, prose below.\n'), { kind: 'not-listing' });
  assert.equal(read('# Readme\n'), { kind: 'not-listing' });
});

test.run();

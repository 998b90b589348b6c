import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readListingFile } from '../../src/formats/index.js';
import { loadMarkdownParser } from '../../src/formats/markdown-body.js';

const info = { file: 'a.md', absolutePath: '/repo/a.md', root: '/repo', cwd: '/repo' };

test('a decorative line of stars is one run of emphasis markers: the body is read, not refused', async () => {
  await loadMarkdownParser();
  const text = `---\nsku: D-1\ntitle: Socks\n---\n${'*'.repeat(300)}\nShips with ${'_'.repeat(250)} tracking.\n`;
  const { result } = readListingFile(text, 'markdown', info);
  assert.is(result.kind, 'listings');
  if (result.kind !== 'listings') return;
  const body = result.listings[0].fields.find((field) => field.path === 'description');
  assert.ok(body?.value.includes('Ships with'), body?.value);
});

test('201 separate runs in one paragraph are refused at the 201st', async () => {
  await loadMarkdownParser();
  const text = `---\nsku: D-2\ntitle: Socks\n---\n${'*a* '.repeat(101)}\n`;
  const { result } = readListingFile(text, 'markdown', info);
  assert.equal([result.kind, result.kind === 'error' ? [result.location.line, result.location.column] : []], ['error', [5, 401]]);
});

test.run();

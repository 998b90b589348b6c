import { symlinkSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { discoverFiles, walkSimple } from '../src/discover.js';
import { scratchProject } from './cli-io.js';

const discover = suite('file discovery');

const tree = () => {
  const root = scratchProject({
    'a.md': '',
    'b.listing.json': '',
    'c.json': '',
    '.hidden.md': '',
    '.dot/x.md': '',
    'node_modules/pkg/readme.md': '',
    'listings/one/listing.md': '',
    'listings/two/deep/more.listing.json': '',
    'listings/two/notes.txt': '',
    'docs/guide.md': '',
    'drafts/wip.md': '',
    '.gitignore': '# comment\ndrafts/\n',
  });
  symlinkSync(path.join(root, 'a.md'), path.join(root, 'listings/link.md'));
  return root;
};

discover('the simple walk finds exactly what fast-glob finds', () => {
  const root = tree();
  const options = { cwd: root, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], dot: false, followSymbolicLinks: false, onlyFiles: true };
  for (const patterns of [['**/*.md', '**/*.listing.json'], ['listings/**/*.md'], ['listings/**/*.listing.json', 'docs/**/*.md']]) {
    assert.equal(walkSimple(patterns, root)!.sort(), fg.sync(patterns, options).map((file) => path.normalize(file)).sort(), patterns.join(' '));
  }
  assert.is(walkSimple(['listings/*.md'], root), undefined);
  assert.is(walkSimple(['**/*.{md,json}'], root), undefined);
});

discover('the default include, minus .gitignore, dot files, node_modules and links', async () => {
  const root = tree();
  const { files } = await discoverFiles({ cwd: root, root, patterns: [], include: ['**/*.md', '**/*.listing.json'], ignore: [] });
  assert.equal(files.map((file) => path.relative(root, file)), ['a.md', 'b.listing.json', 'docs/guide.md', 'listings/one/listing.md', 'listings/two/deep/more.listing.json']);
});

discover('config ignore patterns and other globs go through fast-glob', async () => {
  const root = tree();
  const { files } = await discoverFiles({ cwd: root, root, patterns: [], include: ['listings/**/*.{md,json}'], ignore: ['**/deep/'] });
  assert.equal(files.map((file) => path.relative(root, file)), ['listings/one/listing.md']);
});

discover.run();

import { readdirSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { discoverFiles, walkSimple, type ReadDir } from '../src/discover.js';
import { UsageError } from '../src/usage-error.js';
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
  const shapes = [['**/*.md', '**/*.listing.json'], ['listings/**/*.md'], ['listings/**/*.listing.json', 'docs/**/*.md'], ['**/*.{md,txt}', '**/*.listing.json'], ['listings/**/*.{txt,json}']];
  for (const patterns of shapes) {
    assert.equal(walkSimple(patterns, root)!.sort(), fg.sync(patterns, options).map((file) => path.normalize(file)).sort(), patterns.join(' '));
  }
  assert.is(walkSimple(['listings/*.md'], root), undefined);
  assert.is(walkSimple(['**/*.{md}'], root), undefined);
  assert.is(walkSimple(['**/*.{md,}'], root), undefined);
  assert.is(walkSimple(['**/*.{md,{a,b}}'], root), undefined);
});

discover('with stats, the walk gives the stat of every file it found (as fs.statSync gives it)', async () => {
  const root = tree();
  const { files, stats } = await discoverFiles({ cwd: root, root, patterns: [], include: ['**/*.md', '**/*.listing.json'], ignore: [], withStats: true });
  assert.equal([...stats!.keys()].sort(), files);
  for (const file of files) {
    const { size, ino, mtimeMs, ctimeMs } = statSync(file);
    assert.equal(stats!.get(file), { isFile: true, size, ino, mtimeMs, ctimeMs }, file);
  }
  const { stats: none } = await discoverFiles({ cwd: root, root, patterns: [], include: ['**/*.md'], ignore: [] });
  assert.is(none, undefined);
});

discover('the default include, minus .gitignore, dot files, node_modules and links', async () => {
  const root = tree();
  const { files } = await discoverFiles({ cwd: root, root, patterns: [], include: ['**/*.md', '**/*.listing.json'], ignore: [] });
  assert.equal(files.map((file) => path.relative(root, file)), ['a.md', 'b.listing.json', 'docs/guide.md', 'listings/one/listing.md', 'listings/two/deep/more.listing.json']);
});

discover('config ignore patterns apply to the simple walk and to other globs (fast-glob)', async () => {
  const root = tree();
  for (const include of [['listings/**/*.{md,json}'], ['listings/**/[a-z]*.{md,json}']]) {
    const { files } = await discoverFiles({ cwd: root, root, patterns: [], include, ignore: ['**/deep/'] });
    assert.equal(files.map((file) => path.relative(root, file)), ['listings/one/listing.md'], include[0]);
  }
});

discover('a folder that cannot be listed is a usage error naming it, unless ignored; a missing folder is just empty', async () => {
  const root = tree();
  // Tests run as root, where permissions do not stop a read: the listing fails on purpose here.
  const readDir: ReadDir = (dir, options) => {
    if (dir === path.join(root, 'listings', 'two')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: 'EACCES' });
    return readdirSync(dir, options);
  };
  const include = ['**/*.md', '**/*.listing.json'];
  const error = await discoverFiles({ cwd: root, root, patterns: [], include, ignore: [], readDir }).catch((caught: unknown) => caught);
  assert.instance(error, UsageError);
  assert.is(
    (error as Error).message,
    'Folder listings/two cannot be read: permission denied (EACCES); make it readable, or add it to `ignore` in the config so its listings are skipped on purpose',
  );
  const ignored = await discoverFiles({ cwd: root, root, patterns: [], include, ignore: ['listings/two/'], readDir });
  assert.equal(ignored.files.map((file) => path.relative(root, file)), ['a.md', 'b.listing.json', 'docs/guide.md', 'listings/one/listing.md']);
  const missing = await discoverFiles({ cwd: root, root, patterns: [], include: ['nowhere/**/*.md'], ignore: [] });
  assert.equal(missing.files, []);
});

discover.run();

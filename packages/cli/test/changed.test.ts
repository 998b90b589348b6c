import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { changedFiles, filesChangedSince, selectChanged } from '../src/changed.js';

const test = suite('changed');

function gitRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-changed-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.test');
  git('config', 'user.name', 't');
  mkdirSync(join(dir, 'listings'));
  for (const name of ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'main.jpg']) writeFileSync(join(dir, 'listings', name), name);
  writeFileSync(join(dir, '.gitignore'), 'ignored.md\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  writeFileSync(join(dir, 'listings', 'a.md'), 'committed change');
  git('commit', '-q', '-am', 'a');
  // A commit on main after the branch forked is not the branch's change.
  git('checkout', '-q', 'main');
  writeFileSync(join(dir, 'on-main.md'), 'x');
  git('add', 'on-main.md');
  git('commit', '-q', '-m', 'main moves on');
  git('checkout', '-q', 'feature');
  writeFileSync(join(dir, 'listings', 'b.md'), 'staged change');
  git('add', 'listings/b.md');
  writeFileSync(join(dir, 'listings', 'c.md'), 'unstaged change');
  writeFileSync(join(dir, 'listings', 'new.md'), 'untracked');
  writeFileSync(join(dir, 'listings', 'ignored.md'), 'ignored');
  rmSync(join(dir, 'listings', 'e.md'));
  return dir;
}

test('lists committed, staged, unstaged, untracked and deleted files since the merge base', async () => {
  const dir = gitRepo();
  const changed = await changedFiles(dir, 'main');
  assert.equal(
    [...changed].sort(),
    ['a.md', 'b.md', 'c.md', 'e.md', 'new.md'].map((name) => join(dir, 'listings', name)),
  );
});

test('paths follow the caller spelling of a symlinked root, from a subfolder too', async () => {
  const dir = gitRepo();
  const link = join(mkdtempSync(join(tmpdir(), 'listinglint-link-')), 'repo');
  symlinkSync(realpathSync(dir), link);
  const changed = await changedFiles(join(link, 'listings'), 'HEAD');
  assert.ok(changed.has(join(link, 'listings', 'c.md')), [...changed].join(', '));
  assert.not.ok(changed.has(join(link, 'listings', 'a.md')));
});

test('not a git repository, or an unknown ref, is a usage error', async () => {
  const plain = mkdtempSync(join(tmpdir(), 'listinglint-plain-'));
  try {
    await changedFiles(plain, 'main');
    assert.unreachable();
  } catch (error) {
    assert.is((error as Error).message, `--changed-since needs a git repository, and ${plain} is not inside one`);
    assert.is((error as { exitCode: number }).exitCode, 2);
  }
  const dir = gitRepo();
  try {
    await changedFiles(dir, 'origin/nope');
    assert.unreachable();
  } catch (error) {
    assert.is(
      (error as Error).message,
      `--changed-since origin/nope: no such git commit or ref in ${realpathSync(dir)} (in CI, fetch it first: actions/checkout with fetch-depth: 0)`,
    );
  }
});

test('selects listings whose file or image changed; a changed trigger selects all', () => {
  const listings = [
    { file: '/r/a.md', images: [] },
    { file: '/r/b.md', images: ['/r/img/main.jpg', undefined] },
    { file: '/r/c.md', images: ['/r/img/other.jpg'] },
  ];
  const changed = new Set(['/r/a.md', '/r/img/main.jpg']);
  assert.equal(selectChanged(listings, changed, ['/r/listinglint.config.yaml']).map((l) => l.file), ['/r/a.md', '/r/b.md']);
  assert.equal(selectChanged(listings, new Set(['/r/watch/marks.yaml']), ['/r/watch/marks.yaml']).length, 3);
  assert.equal(selectChanged(listings, new Set(), []), []);
});

test('filesChangedSince follows images and triggers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-since-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.test');
  git('config', 'user.name', 't');
  mkdirSync(join(dir, 'img'));
  writeFileSync(join(dir, 'a.md'), '---\ntitle: A\nimages:\n  - img/a.jpg\n---\n');
  writeFileSync(join(dir, 'b.md'), '---\ntitle: B\nimages: [img/b.jpg]\n---\n');
  writeFileSync(join(dir, 'c.listing.json'), '{"title": "C", "images": ["img/a.jpg"]}');
  writeFileSync(join(dir, 'img', 'a.jpg'), 'a');
  writeFileSync(join(dir, 'img', 'b.jpg'), 'b');
  writeFileSync(join(dir, 'listinglint.config.yaml'), 'watchlists: []\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  const files = ['a.md', 'b.md', 'c.listing.json'].map((name) => join(dir, name));
  const options = { files, root: dir, cwd: dir, ref: 'HEAD', triggers: [join(dir, 'listinglint.config.yaml')] };
  assert.equal(await filesChangedSince(options), []);
  writeFileSync(join(dir, 'img', 'a.jpg'), 'a2');
  assert.equal(await filesChangedSince(options), [files[0], files[2]]);
  git('commit', '-q', '-am', 'image');
  writeFileSync(join(dir, 'b.md'), '---\ntitle: B2\n---\n');
  assert.equal(await filesChangedSince(options), [files[1]]);
  writeFileSync(join(dir, 'listinglint.config.yaml'), 'watchlists: [x]\n');
  assert.equal(await filesChangedSince(options), files);
});

test.run();

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { gatherRunEvidence, gitState, loadProject } from '../../src/index.js';

const config = 'watchlists: [lists/brands.yaml]\n';
const watchlist = 'marks:\n  - { id: nike, mark: NIKE, owner: "Nike, Inc." }\n  - { id: sony, mark: SONY, owner: Sony Group Corporation }\n';
const extra = 'marks:\n  - { id: lego, mark: LEGO, owner: LEGO Juris A/S }\n';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'listinglint-evidence-'));
  mkdirSync(path.join(root, 'lists'));
  writeFileSync(path.join(root, 'listinglint.config.yaml'), config);
  writeFileSync(path.join(root, 'lists/brands.yaml'), watchlist);
  writeFileSync(path.join(root, 'extra.yaml'), extra);
  return root;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();

test('outside git: start time, version, config and each watchlist by SHA-256 with its mark count, the built-in presets, OCR off', async () => {
  const root = project();
  const loaded = await loadProject(root, { watchlists: ['extra.yaml'], today: '2026-06-01' });
  const run = await gatherRunEvidence({ cwd: root, startedAt: new Date('2026-11-29T13:47:09.123Z'), toolVersion: '9.9.9', project: loaded, ocr: { enabled: false } });
  assert.equal(run, {
    startedAt: '2026-11-29T13:47:09.123Z',
    toolVersion: '9.9.9',
    config: { path: 'listinglint.config.yaml', hash: sha256(config) },
    watchlists: [
      { path: 'lists/brands.yaml', hash: sha256(watchlist), marks: 2 },
      { path: 'extra.yaml', hash: sha256(extra), marks: 1 },
    ],
    presets: ['amazon', 'walmart', 'ebay', 'etsy'].map((name) => ({ name, version: '2026-11-29' })),
    ocr: { enabled: false },
  });
});

test('mark counts and the git state the run gives are used as they are (the watchlists are not parsed again)', async () => {
  const root = project();
  const loaded = await loadProject(root, { watchlists: ['extra.yaml'], today: '2026-06-01' });
  const git = Promise.resolve({ commit: 'a'.repeat(40), dirty: false });
  const run = await gatherRunEvidence({ cwd: root, startedAt: new Date(0), toolVersion: '1', project: loaded, ocr: { enabled: false }, git, watchlistMarks: [7, 9] });
  assert.equal(run.git, { commit: 'a'.repeat(40), dirty: false });
  assert.equal(run.watchlists.map((watchlist) => watchlist.marks), [7, 9]);
});

test('in a git repository: the commit, clean until a tracked file changes', async () => {
  const root = project();
  assert.is(await gitState(root), undefined);
  git(root, 'init', '-q');
  assert.is(await gitState(root), undefined, 'no commit yet');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'first');
  const commit = git(root, 'rev-parse', 'HEAD');
  // An untracked file leaves the tree clean; a changed tracked file does not.
  writeFileSync(path.join(root, 'new.md'), 'x');
  assert.equal(await gitState(root), { commit, dirty: false });
  writeFileSync(path.join(root, 'extra.yaml'), `${extra}# edited\n`);
  assert.equal(await gitState(root), { commit, dirty: true });
  const loaded = await loadProject(root, { today: '2026-06-01' });
  const run = await gatherRunEvidence({ cwd: root, startedAt: new Date(0), toolVersion: '1', project: loaded, ocr: { enabled: true, engine: 'tesseract' } });
  assert.equal(run.git, { commit, dirty: true });
  assert.is(run.ocr.engine, 'tesseract');
  assert.match(run.ocr.model ?? '', /^tesseract\.js@\d+\.\d+\.\d+ eng@/);
});

test.run();

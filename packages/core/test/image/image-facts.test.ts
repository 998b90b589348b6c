import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readImageFacts } from '../../src/image/image-facts.js';
import type { ImageFacts } from '../../src/types.js';
import { scene, sharp } from './picture-fixtures.js';

const test = suite('readImageFacts: reference folders, owned folders, caches');

async function project(): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), 'listinglint-facts-'));
  const write = (name: string, bytes: Buffer | string) => {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), bytes);
  };
  write('refs/a/one.png', await scene(1));
  write('refs/two.jpg', await sharp(await scene(2)).jpeg().toBuffer());
  write('refs/notes.txt', 'not a picture, not looked at');
  write('refs/broken.png', 'no picture at all');
  write('own/two.png', await scene(2));
  write('img/one-small.jpg', await sharp(await scene(1)).resize(400).jpeg({ quality: 60 }).toBuffer());
  write('img/two.png', await scene(2));
  write('img/other.png', await scene(9));
  symlinkSync('/etc/hostname', path.join(root, 'refs', 'escape.png'));
  return root;
}

const requests = (root: string) =>
  ['img/one-small.jpg', 'img/two.png', 'img/other.png', 'own/two.png', 'img/gone.png'].map((name) => ({ path: name, absolutePath: path.join(root, name) }));

const summary = (facts: Map<string, ImageFacts>) =>
  Object.fromEntries([...facts].map(([name, fact]) => [name, fact.ok ? (fact.owned ? 'owned' : (fact.reference?.file ?? 'no match')) : fact.problem]));

test('matches against every picture under the reference folders; owned pictures never match; problems once each', async () => {
  const root = await project();
  const notices: string[] = [];
  const options = { cwd: root, root, copyright: { references: [path.join(root, 'refs')], owned: [path.join(root, 'own')] }, onNotice: (message: string) => notices.push(message) };
  const facts = await readImageFacts(requests(root), options);
  assert.equal(summary(facts), { 'img/one-small.jpg': 'refs/a/one.png', 'img/two.png': 'refs/two.jpg', 'img/other.png': 'no match', 'own/two.png': 'owned', 'img/gone.png': 'missing' });
  assert.equal(notices.map((notice) => notice.replace(/\(.*\)$/, '(…)')), [
    'listinglint: reference image refs/broken.png was skipped: refs/broken.png: cannot decode the image (…)',
    'listinglint: reference image refs/escape.png was skipped: refs/escape.png leads outside the repository through a symbolic link',
  ]);
  const two = facts.get('img/two.png');
  assert.equal(two?.ok && [two.width, two.height, two.reference?.mirrored, 'crops' in two], [800, 600, false, false]);
});

test('a warm run takes reference hashes from the manifest by size and time, and reads a picture again when its time changes', async () => {
  const root = await project();
  const cacheDir = path.join(root, 'cache');
  const options = { cwd: root, root, cacheDir, copyright: { references: [path.join(root, 'refs')], owned: [] }, onNotice: () => undefined };
  const reference = path.join(root, 'refs', 'two.jpg');
  // Whole seconds, so that setting the time again below restores it exactly.
  utimesSync(reference, 1_700_000_000, 1_700_000_000);
  assert.is(summary(await readImageFacts(requests(root), options))['img/two.png'], 'refs/two.jpg');
  const manifest = JSON.parse(readFileSync(path.join(cacheDir, 'image-facts', 'references.json'), 'utf8')) as { files: Record<string, { hashes: string[] }> };
  assert.equal(Object.values(manifest.files).map((entry) => entry.hashes.length), [17, 17]);
  // Same size and time, other bytes: the manifest answers, the file is not read.
  writeFileSync(reference, Buffer.alloc(statSync(reference).size, 0x41));
  utimesSync(reference, 1_700_000_000, 1_700_000_000);
  assert.is(summary(await readImageFacts(requests(root), options))['img/two.png'], 'refs/two.jpg');
  // A new time: read again, and now it is no picture.
  const notices: string[] = [];
  utimesSync(reference, 1_700_000_000, 1_700_000_005);
  assert.is(summary(await readImageFacts(requests(root), { ...options, onNotice: (message: string) => notices.push(message) }))['img/two.png'], 'no match');
  assert.equal(notices.filter((notice) => notice.includes('refs/two.jpg')).length, 1);
});

test('no reference folders: facts without matches; no requests: nothing read', async () => {
  const root = await project();
  assert.equal(summary(await readImageFacts(requests(root), { cwd: root, root })), { 'img/one-small.jpg': 'no match', 'img/two.png': 'no match', 'img/other.png': 'no match', 'own/two.png': 'no match', 'img/gone.png': 'missing' });
  assert.equal(await readImageFacts([], { cwd: root, root, copyright: { references: [path.join(root, 'missing')], owned: [] } }), new Map());
});

test.run();

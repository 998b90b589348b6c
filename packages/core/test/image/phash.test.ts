import sharp from 'sharp';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzeImage } from '../../src/image/analyze-image.js';
import { hammingDistance, hashFromHex, hashToHex, perceptualHashes, popcount32 } from '../../src/image/phash.js';
import { MATCH_DISTANCE, ReferenceIndex } from '../../src/image/reference-index.js';
import { scene, transformedCopies } from './picture-fixtures.js';

const test = suite('pHash and reference lookup');

test('popcount, distance and hex round trip', () => {
  assert.equal([0, 1, 0xffffffff, 0x80000001, 0x0f0f0f0f].map(popcount32), [0, 1, 32, 2, 16]);
  const a = hashFromHex('ffffffff00000000');
  const b = hashFromHex('0000000f00000001');
  assert.equal(a, { high: 0xffffffff, low: 0 });
  assert.is(hammingDistance(a, b), 29);
  assert.is(hashToHex(b), '0000000f00000001');
  assert.throws(() => hashFromHex('xyz'), /not a 64-bit hash/);
});

test('the mirrored hash is the hash of the mirror image, computed without a second DCT', () => {
  // A left-to-right ramp with a bright spot: its mirror differs in every odd horizontal frequency.
  const grey = Array.from({ length: 32 * 32 }, (_, i) => (i % 32) * 6 + (Math.abs((i % 32) - 8) + Math.abs(Math.floor(i / 32) - 20) < 5 ? 60 : 0));
  const flipped = grey.map((_, i) => grey[Math.floor(i / 32) * 32 + (31 - (i % 32))]);
  const original = perceptualHashes(grey);
  const mirror = perceptualHashes(flipped);
  assert.equal(hashToHex(mirror.hash), hashToHex(original.mirrored));
  assert.equal(hashToHex(mirror.mirrored), hashToHex(original.hash));
  assert.ok(hammingDistance(original.hash, original.mirrored) > 20);
});

/** The index of the pictures drawn from these seeds, as the engine builds it for reference folders. */
async function indexOf(seeds: number[]): Promise<ReferenceIndex> {
  const index = new ReferenceIndex();
  for (const seed of seeds) {
    const measured = await analyzeImage(await scene(seed), { crops: true });
    assert.is(measured.crops?.length, 16);
    index.add(`references/picture-${seed}.png`, [measured.hash, ...(measured.crops ?? [])]);
  }
  return index;
}

const seeds = [1, 2, 3];

test('copies a downloader makes match their reference within 10 bits: resized, recompressed, brighter, darker, a small overlay, 5% crops, mirrored', async () => {
  const index = await indexOf(seeds);
  for (const seed of seeds) {
    const copies = await transformedCopies(await scene(seed));
    const found: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(copies)) {
      const measured = await analyzeImage(bytes);
      const match = index.nearest(measured.hash, measured.mirrored);
      found[name] = match === undefined ? 'no match' : `${match.file}${match.mirrored ? ' mirrored' : ''}`;
      if (match) assert.ok(match.distance <= MATCH_DISTANCE);
    }
    const file = `references/picture-${seed}.png`;
    assert.equal(found, {
      resized: file,
      enlarged: file,
      recompressed: file,
      brightened: file,
      darkened: file,
      overlay: file,
      cropped: file,
      mirrored: `${file} mirrored`,
      'mirrored, cropped and recompressed': `${file} mirrored`,
    });
  }
});

test('crops of up to 5% on any edges match through the reference crops, where the uncropped hash alone is too far', async () => {
  const original = await scene(2);
  const index = await indexOf([2]);
  const plain = new ReferenceIndex();
  plain.add('references/picture-2.png', [(await analyzeImage(original)).hash]);
  const crops: Array<[number, number, number, number]> = [[40, 30, 0, 0], [0, 0, 40, 30], [40, 0, 0, 0], [20, 15, 40, 0], [13, 29, 31, 7]];
  const distances: number[] = [];
  for (const [left, top, right, bottom] of crops) {
    const copy = await sharp(original).extract({ left, top, width: 800 - left - right, height: 600 - top - bottom }).jpeg({ quality: 80 }).toBuffer();
    const measured = await analyzeImage(copy);
    const match = index.nearest(measured.hash, measured.mirrored);
    assert.is(match?.file, 'references/picture-2.png');
    assert.ok((match?.distance ?? 64) <= MATCH_DISTANCE);
    distances.push(plain.nearest(measured.hash, measured.mirrored, 64)?.distance ?? 64);
  }
  // Without the crops at least one of these copies lies beyond the match distance of the uncropped picture.
  assert.ok(Math.max(...distances) > MATCH_DISTANCE, `uncropped distances ${distances.join(', ')}`);
});

test('different pictures do not match: other scenes, and different products on the same white backdrop', async () => {
  const index = await indexOf(seeds);
  for (let seed = 20; seed < 30; seed++) {
    const measured = await analyzeImage(await scene(seed));
    assert.is(index.nearest(measured.hash, measured.mirrored), undefined, `scene ${seed}`);
  }
  const product = (shape: string) => sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1200"><rect width="100%" height="100%" fill="#fff"/>${shape}</svg>`)).png().toBuffer();
  const white = new ReferenceIndex();
  const circle = await analyzeImage(await product('<circle cx="600" cy="600" r="360" fill="#2a4d8f"/>'), { crops: true });
  white.add('references/circle.png', [circle.hash, ...(circle.crops ?? [])]);
  for (const shape of [
    '<rect x="300" y="300" width="600" height="600" fill="#2a4d8f"/>',
    '<rect x="480" y="200" width="240" height="800" rx="60" fill="#3d8f2a"/><rect x="550" y="120" width="100" height="100" fill="#222"/>',
    '<path d="M200 800 L300 560 L620 620 L980 760 L1000 860 L200 860 Z" fill="#444"/>',
  ]) {
    const measured = await analyzeImage(await product(shape));
    assert.is(white.nearest(measured.hash, measured.mirrored), undefined, shape);
  }
});

test('the index answers as comparing with every hash would, ties going to the straight match and the first reference', () => {
  const index = new ReferenceIndex();
  index.add('a.png', ['00000000ffffffff']);
  index.add('b.png', ['30000000ffffffff', 'ffff0000ffff0000']);
  index.add('c.png', ['f0000000ffffffff']);
  // 2 bits from a, 0 from b's second hash.
  assert.equal(index.nearest('ffff0000ffff0000', '0000000000000000'), { file: 'b.png', distance: 0, mirrored: false });
  assert.equal(index.nearest('0000000cffffffff', '0000000000000000'), { file: 'a.png', distance: 2, mirrored: false });
  // The mirror hash is closer.
  assert.equal(index.nearest('0f0f0f0f0f0f0f0f', 'f0000001ffffffff'), { file: 'c.png', distance: 1, mirrored: true });
  // 11 bits away from everything: no match at 10, a match when allowed 11.
  assert.is(index.nearest('000007ffffffffff', '0000000000000000'), undefined);
  assert.equal(index.nearest('000007ffffffffff', '0000000000000000', 11), { file: 'a.png', distance: 11, mirrored: false });
  assert.is(index.size, 3);
});

test.run();

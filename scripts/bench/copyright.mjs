#!/usr/bin/env node
// Copyright part of the bench: how fast pictures are hashed (a listing image; a reference picture
// with its 16 crops), what a warm run pays for a 10,000-picture reference folder (stat + manifest),
// and how long looking one image up among 10,000 references takes (multi-index hashing against a
// flat scan of the same hashes, which must agree).
//   node scripts/bench/copyright.mjs        (needs `pnpm build` first)
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './seeded-random.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = join(root, '.bench', 'copyright');
const core = (file) => import(join(root, 'packages/core/dist/image', file));
const { analyzeImage } = await core('analyze-image.js');
const { loadReferences } = await core('image-facts.js');
const { imageFactsCache } = await core('analyze-image.js');
const { ReferenceIndex, MATCH_DISTANCE } = await core('reference-index.js');
const { hammingDistance, hashFromHex, hashToHex } = await core('phash.js');
const sharp = createRequire(join(root, 'packages/core/package.json'))('sharp');

const PICTURES = 120;
const REFERENCES = 10_000;
const { random } = seededRandom(16);

/** A generated photo stand-in: gradient and shapes, as a JPEG of 1000×750. */
async function picture() {
  const colour = () => `rgb(${Math.floor(random() * 256)},${Math.floor(random() * 256)},${Math.floor(random() * 256)})`;
  const shapes = Array.from({ length: 12 }, () => `<circle cx="${random() * 1000}" cy="${random() * 750}" r="${40 + random() * 180}" fill="${colour()}"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="750"><defs><linearGradient id="g"><stop offset="0" stop-color="${colour()}"/><stop offset="1" stop-color="${colour()}"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

rmSync(folder, { recursive: true, force: true });
mkdirSync(join(folder, 'refs'), { recursive: true });
const pictures = [];
for (let i = 0; i < PICTURES; i++) pictures.push(await picture());

// 1. Hashing throughput (no cache).
// Wall time, and CPU time of this process (steadier than wall time on a shared host).
const time = async (work) => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, result };
};
const listing = await time(async () => {
  for (const bytes of pictures) await analyzeImage(bytes);
});
const reference = await time(async () => {
  const hashes = [];
  for (const bytes of pictures) {
    const measured = await analyzeImage(bytes, { crops: true });
    hashes.push([measured.hash, ...measured.crops]);
  }
  return hashes;
});
const perListing = listing.ms / PICTURES;
const perReference = reference.ms / PICTURES;
console.log(`copyright bench: ${PICTURES} generated 1000×750 JPEG pictures, one thread`);
console.log(`  hashing a listing image (decode, pHash + mirror, white border, metadata): ${perListing.toFixed(1)} ms/image wall (${(1000 / perListing).toFixed(0)} images/s), ${(listing.cpuMs / PICTURES).toFixed(1)} ms CPU`);
console.log(`  hashing a reference picture (the same + 16 crops): ${perReference.toFixed(1)} ms/image; 10,000 references once: ~${((perReference * REFERENCES) / 60000).toFixed(1)} min (extrapolated)`);

// 2. A warm run over a 10,000-file reference folder: stat and manifest, no picture read.
for (let i = 0; i < PICTURES; i++) writeFileSync(join(folder, `p${i}.jpg`), pictures[i]);
for (let i = 0; i < REFERENCES; i++) copyFileSync(join(folder, `p${i % PICTURES}.jpg`), join(folder, 'refs', `r${String(i).padStart(5, '0')}.jpg`));
const cacheDir = join(folder, 'cache');
const cache = imageFactsCache(cacheDir);
const options = { cwd: folder, cacheDir, onNotice: (message) => console.log(message) };
const cold = await time(() => loadReferences([join(folder, 'refs')], cache, folder, options));
const warm = await time(() => loadReferences([join(folder, 'refs')], cache, folder, options));
console.log(`  reference folder of ${REFERENCES.toLocaleString('en')} files (${PICTURES} distinct pictures): first run ${(cold.ms / 1000).toFixed(1)} s (content cache hits after the first ${PICTURES}), warm run ${warm.ms.toFixed(0)} ms (stat + manifest)`);

// 3. Lookup among 10,000 references of 17 hashes each: the generated pictures' real hashes, and
// for the rest hashes drawn like pHashes (32 of 64 bits set) with crops a few bits apart.
const drawn = () => {
  const bits = Array.from({ length: 64 }, (_, i) => i < 32);
  for (let i = 63; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [bits[i], bits[j]] = [bits[j], bits[i]];
  }
  return bits;
};
const toHex = (bits) => hashToHex({ high: parseInt(bits.slice(0, 32).map(Number).join(''), 2) >>> 0, low: parseInt(bits.slice(32).map(Number).join(''), 2) >>> 0 });
const flip = (bits, count) => {
  const copy = [...bits];
  for (let k = 0; k < count; k++) {
    const i = Math.floor(random() * 64);
    copy[i] = !copy[i];
  }
  return copy;
};
const index = new ReferenceIndex();
const all = [];
for (let i = 0; i < REFERENCES; i++) {
  const hashes = i < PICTURES ? reference.result[i] : (() => {
    const base = drawn();
    return [toHex(base), ...Array.from({ length: 16 }, () => toHex(flip(base, 2 + Math.floor(random() * 8))))];
  })();
  index.add(`r${i}`, hashes);
  all.push(hashes);
}
const queries = Array.from({ length: 2000 }, (_, q) => (q % 2 === 0 ? toHex(flip([...hashFromHexBits(all[Math.floor(random() * REFERENCES)][0])], 1 + Math.floor(random() * 6))) : toHex(drawn())));
function hashFromHexBits(hex) {
  const { high, low } = hashFromHex(hex);
  return [...high.toString(2).padStart(32, '0') + low.toString(2).padStart(32, '0')].map((bit) => bit === '1');
}
const scan = (hex) => {
  const query = hashFromHex(hex);
  let best;
  all.forEach((hashes, owner) => {
    for (const hash of hashes) {
      const d = hammingDistance(query, hashFromHex(hash));
      if (d <= MATCH_DISTANCE && (best === undefined || d < best.distance)) best = { owner, distance: d };
    }
  });
  return best;
};
for (const hex of queries.slice(0, 200)) {
  const fast = index.nearest(hex, hex);
  const slow = scan(hex);
  if ((fast?.distance ?? -1) !== (slow?.distance ?? -1)) throw new Error(`index and scan disagree on ${hex}`);
}
const lookups = await time(async () => {
  let found = 0;
  for (const hex of queries) if (index.nearest(hex, hex)) found += 1;
  return found;
});
const flat = new Uint32Array(all.length * 34);
all.forEach((hashes, i) => hashes.forEach((hash, k) => {
  const { high, low } = hashFromHex(hash);
  flat[(i * 17 + k) * 2] = high;
  flat[(i * 17 + k) * 2 + 1] = low;
}));
const popcount = (v) => {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};
const flatScan = await time(async () => {
  for (const hex of queries) {
    const { high, low } = hashFromHex(hex);
    for (let mirror = 0; mirror < 2; mirror++) {
      let best = 65;
      for (let i = 0; i < flat.length; i += 2) {
        const d = popcount(flat[i] ^ high) + popcount(flat[i + 1] ^ low);
        if (d < best) best = d;
      }
    }
  }
});
console.log(`  lookup among ${REFERENCES.toLocaleString('en')} references (${(REFERENCES * 17).toLocaleString('en')} hashes), hash + mirror: ${((lookups.ms * 1000) / queries.length).toFixed(1)} µs/image wall, ${((lookups.cpuMs * 1000) / queries.length).toFixed(1)} µs CPU, by multi-index hashing (${lookups.result} of ${queries.length} queries matched; agrees with a full scan); a flat typed-array scan: ${((flatScan.ms * 1000) / queries.length).toFixed(0)} µs/image wall`);
console.log(`  (load average while measuring: ${(await import('node:os')).loadavg().map((load) => load.toFixed(1)).join(' ')})`);

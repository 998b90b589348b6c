import sharp from 'sharp';
import { analyzeImage } from '../src/image/analyze-image.js';
import { ReferenceIndex } from '../src/image/reference-index.js';
import { scene, transformedCopies } from '../test/image/picture-fixtures.js';
const index = new ReferenceIndex();
const N = 16;
for (let seed = 1; seed <= N; seed++) { const a = await analyzeImage(await scene(seed), { crops: true }); index.add(`ref${seed}`, [a.hash, ...a.crops!]); }
const worst: Record<string, number> = {}; let fails: string[] = [];
let r = 7;
const rnd = () => { r = (r * 1103515245 + 12345) % 2147483648; return r / 2147483648; };
for (let seed = 1; seed <= N; seed++) {
  const original = await scene(seed);
  const copies = await transformedCopies(original);
  for (let k = 0; k < 4; k++) {
    const [l, t, rr, b] = [rnd(), rnd(), rnd(), rnd()].map((x) => x * 0.05);
    const ex = { left: Math.round(800 * l), top: Math.round(600 * t), width: 800 - Math.round(800 * l) - Math.round(800 * rr), height: 600 - Math.round(600 * t) - Math.round(600 * b) };
    copies[`rcrop${k}`] = await sharp(original).extract(ex).jpeg({ quality: 70 }).toBuffer();
  }
  for (const [name, bytes] of Object.entries(copies)) {
    const a = await analyzeImage(bytes);
    const m = index.nearest(a.hash, a.mirrored, 64);
    const key = name.startsWith('rcrop') ? 'random crop' : name;
    if (m?.file !== `ref${seed}`) fails.push(`${seed} ${name} -> ${m?.file} ${m?.distance}`);
    worst[key] = Math.max(worst[key] ?? 0, m?.file === `ref${seed}` ? m.distance : 99);
  }
}
let minOther = 64;
for (let seed = 100; seed < 140; seed++) { const a = await analyzeImage(await scene(seed)); const m = index.nearest(a.hash, a.mirrored, 64); minOther = Math.min(minOther, m!.distance); }
console.log(worst, fails, 'closest unrelated', minOther);

import sharp from 'sharp';
import { analyzeImage } from '../src/image/analyze-image.js';
import { hammingDistance, hashFromHex } from '../src/image/phash.js';
import { scene, transformedCopies } from '../test/image/picture-fixtures.js';
const rows: Record<string, number[]> = {};
const d = (a: string, b: string) => hammingDistance(hashFromHex(a), hashFromHex(b));
for (let seed = 1; seed <= 12; seed++) {
  const original = await scene(seed);
  const a = await analyzeImage(original);
  const w = 800, h = 600;
  const crops: Record<string, [number, number, number, number]> = { all5: [.05,.05,.05,.05], all25: [.025,.025,.025,.025], left5: [.05,0,0,0], lt5: [.05,.05,0,0], lr5: [.05, 0, .05, 0], all3: [.03,.03,.03,.03] };
  const variants: Record<string, string> = {};
  for (const [name, [l, t, r, b]] of Object.entries(crops)) {
    const ex = { left: Math.round(w*l), top: Math.round(h*t), width: w - Math.round(w*l) - Math.round(w*r), height: h - Math.round(h*t) - Math.round(h*b) };
    variants[name] = (await analyzeImage(await sharp(original).extract(ex).png().toBuffer())).hash;
  }
  for (const [name, hash] of Object.entries(variants)) {
    (rows[name] ??= []).push(Math.min(d(a.hash, hash), d(variants.all25, hash), d(variants.all5, hash)));
    (rows[name + '/orig'] ??= []).push(d(a.hash, hash));
  }
  const t = await transformedCopies(original);
  for (const name of ['overlay', 'brightened']) (rows[name] ??= []).push(d(a.hash, (await analyzeImage(t[name])).hash));
}
for (const [k, v] of Object.entries(rows)) console.log(k.padEnd(14), v.join(' '));

import sharp from 'sharp';
import { analyzeImage } from '../src/image/analyze-image.js';
import { hammingDistance, hashFromHex } from '../src/image/phash.js';
import { scene } from '../test/image/picture-fixtures.js';
for (const [fw, fh] of [[0.1, 0.06], [0.15, 0.08], [0.2, 0.12]]) {
  const ds: number[] = [];
  for (let seed = 1; seed <= 16; seed++) {
    const original = await scene(seed); const w = 800, h = 600;
    const badge = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(w * fw)}" height="${Math.round(h * fh)}"><rect width="100%" height="100%" fill="#ffffff"/><text x="4" y="70%" font-size="${Math.round(h * fh * 0.6)}" fill="#c00000">SALE</text></svg>`);
    const o = await sharp(original).composite([{ input: badge, left: Math.round(w * 0.95 - w * fw), top: Math.round(h * 0.95 - h * fh) }]).png().toBuffer();
    ds.push(hammingDistance(hashFromHex((await analyzeImage(original)).hash), hashFromHex((await analyzeImage(o)).hash)));
  }
  console.log(fw, fh, ds.join(' '));
}

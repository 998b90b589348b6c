import sharp from 'sharp';
import { analyzeImage } from '../src/image/analyze-image.js';
import { hammingDistance, hashFromHex } from '../src/image/phash.js';
const shapes: Record<string, string> = {
  circle: '<circle cx="600" cy="600" r="360" fill="#2a4d8f"/>',
  square: '<rect x="300" y="300" width="600" height="600" fill="#2a4d8f"/>',
  bottle: '<rect x="480" y="200" width="240" height="800" rx="60" fill="#3d8f2a"/><rect x="550" y="120" width="100" height="100" fill="#222"/>',
  mug: '<rect x="350" y="400" width="420" height="480" rx="30" fill="#8f2a2a"/><circle cx="820" cy="640" r="110" fill="none" stroke="#8f2a2a" stroke-width="40"/>',
  shoe: '<path d="M200 800 L300 560 L620 620 L980 760 L1000 860 L200 860 Z" fill="#444"/>',
  circleLeft: '<circle cx="480" cy="600" r="360" fill="#2a4d8f"/>',
};
const h: Record<string, any> = {};
for (const [k, v] of Object.entries(shapes)) h[k] = await analyzeImage(await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1200"><rect width="100%" height="100%" fill="#fff"/>${v}</svg>`)).png().toBuffer());
const ks = Object.keys(h);
for (const a of ks) console.log(a.padEnd(12), ks.map((b) => String(Math.min(hammingDistance(hashFromHex(h[a].hash), hashFromHex(h[b].hash)), hammingDistance(hashFromHex(h[a].mirrored), hashFromHex(h[b].hash)))).padStart(3)).join(''));

// Deterministic product-image corpus for the OCR bench: sharp renders SVG text with planted
// brand tokens under every difficulty the issue names (sizes, rotations, tone-on-tone, italic
// and script-like faces, light on dark, small print, curved text, blur, photo backgrounds,
// JPEG quality). Writes images plus truth.json into the given folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// sharp is a dependency of @listinglint/core, not of the root package.
const sharp = createRequire(new URL('../../packages/core/package.json', import.meta.url))('sharp');

/** Brand tokens planted in the corpus. */
export const BRANDS = ['nike', 'sony', 'apple', 'adidas', 'samsung', 'lego', 'disney', 'canon', 'bose', 'puma', 'nintendo', 'marvel', 'logitech', 'gucci', 'dyson', 'xbox', 'pokemon', 'philips', 'casio', 'garmin'];
const FILLERS = ['premium', 'quality', 'wireless', 'bottle', 'organic', 'travel', 'kitchen', 'comfort', 'durable', 'natural', 'fresh', 'classic'];
/** Difficulty kinds; each image plants its brand under one of them. */
export const KINDS = ['plain', 'small', 'rot5', 'rot10', 'rot15', 'tone', 'italic', 'script', 'inverse', 'curved', 'blur', 'photo'];

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function textItem({ word, x, y, size, kind, colour, rnd }) {
  const upper = rnd() < 0.5 ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1);
  let family = rnd() < 0.5 ? 'DejaVu Sans' : 'DejaVu Serif';
  let style = '';
  let weight = rnd() < 0.4 ? 'bold' : 'normal';
  let transform = '';
  if (kind === 'rot5' || kind === 'rot10' || kind === 'rot15') {
    const angle = Number(kind.slice(3)) * (rnd() < 0.5 ? -1 : 1);
    transform = `rotate(${angle} ${x + size * 2} ${y})`;
  }
  if (kind === 'italic') style = 'italic';
  if (kind === 'script') {
    family = 'DejaVu Serif';
    style = 'italic';
    weight = 'normal';
    transform = `skewX(-18) translate(${(y * Math.tan((18 * Math.PI) / 180)).toFixed(1)} 0)`;
  }
  if (kind === 'curved') {
    // Letters on an arc, as on a bottle or a can.
    const radius = size * 6;
    const advance = size * 0.68;
    const total = advance * (upper.length - 1);
    return upper
      .split('')
      .map((letter, index) => {
        const angle = (index * advance - total / 2) / radius;
        const lx = x + total / 2 + radius * Math.sin(angle);
        const ly = y + radius * (1 - Math.cos(angle));
        return `<text x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" font-family="${family}" font-size="${size}" font-weight="${weight}" fill="${colour}" text-anchor="middle" transform="rotate(${((angle * 180) / Math.PI).toFixed(1)} ${lx.toFixed(1)} ${ly.toFixed(1)})">${escape(letter)}</text>`;
      })
      .join('');
  }
  const attributes = `font-family="${family}" font-size="${size}" font-weight="${weight}" font-style="${style || 'normal'}"`;
  const body = `<text x="${x}" y="${y}" ${attributes} fill="${colour}"${transform ? ` transform="${transform}"` : ''}>${escape(upper)}</text>`;
  if (kind === 'tone') {
    // Embossed print: a highlight one pixel up-left of a barely darker fill.
    return `<text x="${x - 1}" y="${y - 1}" ${attributes} fill="#ffffff" fill-opacity="0.25">${escape(upper)}</text>${body}`;
  }
  return body;
}

function background(kind, width, height, rnd) {
  if (kind === 'photo') {
    const blobs = Array.from({ length: 14 }, () => {
      const hue = Math.floor(rnd() * 360);
      return `<ellipse cx="${Math.floor(rnd() * width)}" cy="${Math.floor(rnd() * height)}" rx="${Math.floor(width / 6 + rnd() * width / 3)}" ry="${Math.floor(height / 6 + rnd() * height / 3)}" fill="hsl(${hue},60%,55%)" fill-opacity="0.6"/>`;
    }).join('');
    return { svg: `<rect width="100%" height="100%" fill="#8a9a7a"/><g filter="url(#soft)">${blobs}</g>`, ink: () => (rnd() < 0.5 ? '#fff4d0' : '#1a1a40') };
  }
  if (kind === 'inverse') return { svg: `<rect width="100%" height="100%" fill="#1d1f24"/>`, ink: () => (rnd() < 0.5 ? '#f2f2f2' : '#e8c060') };
  if (kind === 'tone') {
    const base = 150 + Math.floor(rnd() * 60);
    const colour = `rgb(${base},${base - 12},${base - 30})`;
    const dark = base - 28;
    return { svg: `<rect width="100%" height="100%" fill="${colour}"/>`, ink: () => `rgb(${dark},${dark - 12},${dark - 30})` };
  }
  const pick = rnd();
  if (pick < 0.33) return { svg: `<rect width="100%" height="100%" fill="#ffffff"/>`, ink: () => (rnd() < 0.7 ? '#111111' : '#c03020') };
  if (pick < 0.66) return { svg: `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f4e6d0"/><stop offset="1" stop-color="#a8c8e8"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>`, ink: () => '#223344' };
  return { svg: `<rect width="100%" height="100%" fill="hsl(${Math.floor(rnd() * 360)},45%,85%)"/>`, ink: () => (rnd() < 0.7 ? '#202020' : '#6a3a10') };
}

/** One image's description: file name, SVG, encoding, planted brand tokens. */
export function describeImage(index) {
  const rnd = random(1000 + index);
  const kind = KINDS[index % KINDS.length];
  const control = index % 10 === 9;
  const width = [800, 1000, 1200, 1600][index % 4];
  const height = Math.round(width * (0.6 + rnd() * 0.4));
  const bg = background(kind === 'tone' || kind === 'inverse' || kind === 'photo' ? kind : 'plain', width, height, rnd);
  const brands = control ? [] : [BRANDS[(index * 7) % BRANDS.length], ...(index % 3 === 0 ? [BRANDS[(index * 7 + 3) % BRANDS.length]] : [])];
  const words = [...brands.map((word) => ({ word, kind })), { word: FILLERS[index % FILLERS.length], kind: 'plain' }];
  const band = height / (words.length + 1);
  const items = words.map(({ word, kind: itemKind }, slot) => {
    const size = itemKind === 'small' ? 14 + Math.floor(rnd() * 8) : Math.floor(30 + rnd() * (width / 12));
    const x = Math.floor(width * 0.08 + rnd() * width * 0.2);
    const y = Math.floor(band * (slot + 1) + size / 3);
    return textItem({ word, x, y, size: Math.min(size, Math.floor(band * 0.7)), kind: itemKind, colour: bg.ink(), rnd });
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><filter id="soft"><feGaussianBlur stdDeviation="${width / 40}"/></filter></defs>${bg.svg}${items.join('')}</svg>`;
  const blur = kind === 'blur' ? 1.6 : [0, 0, 0.8][index % 3];
  const jpeg = index % 3 !== 1 ? [60, 85][index % 2] : 0;
  return { file: `img${String(index).padStart(2, '0')}.${jpeg ? 'jpg' : 'png'}`, svg, blur, jpeg, kind, brands };
}

/** Writes `count` images and truth.json into `folder`; returns the truth. */
export async function writeCorpus(folder, count = 36) {
  await mkdir(folder, { recursive: true });
  const truth = [];
  for (let index = 0; index < count; index++) {
    const image = describeImage(index);
    let pipeline = sharp(Buffer.from(image.svg));
    if (image.blur) pipeline = pipeline.blur(image.blur);
    pipeline = image.jpeg ? pipeline.jpeg({ quality: image.jpeg }) : pipeline.png();
    await writeFile(join(folder, image.file), await pipeline.toBuffer());
    truth.push({ file: image.file, kind: image.kind, brands: image.brands });
  }
  await writeFile(join(folder, 'truth.json'), JSON.stringify(truth, null, 1));
  return truth;
}

// Deterministic product-image corpus for the OCR bench: sharp renders SVG text with planted
// brand tokens under every difficulty the issue names (sizes, rotations, tone-on-tone, italic
// and script-like faces, light on dark, small print, curved text, blur, photo backgrounds,
// JPEG quality), first on backgrounds that fill the image, then printed on a product (box,
// bottle, shoe) standing on a light page, as product photos are. Writes images plus truth.json.
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
/** Difficulty kinds of the print on a product standing on a light page ("on-" kinds). */
export const OBJECT_KINDS = ['on-box', 'on-dark', 'on-tone', 'on-script', 'on-small', 'on-curved', 'on-rotated', 'on-italic'];
const FULL_IMAGES = 36;
const OBJECT_IMAGES = 24;
/** Stress kinds added for the Paddle engine (#13): steeper and quarter-turned print, whole images turned, small print on a photo. */
export const STRESS_KINDS = ['rot20', 'rot90', 'turn90', 'turn180', 'turn270', 'photo-small'];
const STRESS_IMAGES = 12;

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
  if (kind === 'rot5' || kind === 'rot10' || kind === 'rot15' || kind === 'rot20' || kind === 'rot90') {
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

const LIGHT_PRODUCTS = ['#d9c7a1', '#b8d4e8', '#f0b27a', '#c8e0b0', '#e8c8d8', '#c0a080', '#a8b8c8'];
const DARK_PRODUCTS = ['#2b4f81', '#1e1e24', '#6a1b24', '#1f4d2e', '#3a3a46'];
const PRINT_KIND = { 'on-box': 'plain', 'on-dark': 'plain', 'on-tone': 'tone', 'on-script': 'script', 'on-small': 'small', 'on-curved': 'curved', 'on-italic': 'italic' };

/** The outline of a product: a box with a shaded side, a bottle, or a shoe, filled with `fill`. */
function productShape(shape, { x, y, w, h }, fill) {
  if (shape === 'bottle') {
    const neck = w * 0.3;
    return `<rect x="${x + (w - neck) / 2}" y="${y - h * 0.18}" width="${neck}" height="${h * 0.25}" rx="${neck / 4}" fill="${fill}"/><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${w / 6}" fill="${fill}"/>`;
  }
  if (shape === 'shoe') {
    return `<path d="M${x} ${y + h} L${x + w * 0.08} ${y} Q${x + w * 0.25} ${y - h * 0.12} ${x + w * 0.42} ${y + h * 0.1} L${x + w * 0.8} ${y + h * 0.35} Q${x + w} ${y + h * 0.5} ${x + w} ${y + h} Z" fill="${fill}"/><rect x="${x - w * 0.02}" y="${y + h}" width="${w * 1.04}" height="${h * 0.18}" rx="6" fill="#ececec" stroke="#999"/>`;
  }
  return `<rect x="${x + w}" y="${y + h * 0.04}" width="${w * 0.08}" height="${h * 0.96}" fill="${fill}" fill-opacity="0.7"/><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="4" fill="${fill}" stroke="#00000030"/>`;
}

/** One image of a product on a light page: the brand (and a filler word) printed on the product. */
export function describeObjectImage(index) {
  const rnd = random(5000 + index);
  const kind = OBJECT_KINDS[index % OBJECT_KINDS.length];
  const control = index % 9 === 4;
  const width = [800, 1000, 1200][index % 3];
  const height = Math.round(width * (0.75 + rnd() * 0.25));
  const shape = kind === 'on-curved' ? 'bottle' : kind === 'on-dark' ? ['shoe', 'box', 'bottle'][index % 3] : ['box', 'bottle', 'shoe'][index % 3];
  const area = { x: Math.floor(width * (0.12 + rnd() * 0.1)), y: Math.floor(height * (0.22 + rnd() * 0.08)), w: Math.floor(width * (0.55 + rnd() * 0.15)), h: Math.floor(height * (0.42 + rnd() * 0.1)) };
  const dark = kind === 'on-dark';
  const fill = dark ? DARK_PRODUCTS[index % DARK_PRODUCTS.length] : LIGHT_PRODUCTS[index % LIGHT_PRODUCTS.length];
  const shade = (hex, by) => `#${[1, 3, 5].map((at) => Math.max(0, parseInt(hex.slice(at, at + 2), 16) - by).toString(16).padStart(2, '0')).join('')}`;
  const ink = dark ? ['#ffffff', '#f4ecd0', '#e0e0e0'][index % 3] : kind === 'on-tone' ? shade(fill, 30) : ['#2a2118', '#111111', '#3a2f1d', '#7a1010'][index % 4];
  const brands = control ? [] : [BRANDS[(index * 11 + 5) % BRANDS.length], ...(index % 4 === 0 ? [BRANDS[(index * 11 + 9) % BRANDS.length]] : [])];
  const printKind = kind === 'on-rotated' ? (index % 2 ? 'rot10' : 'rot15') : PRINT_KIND[kind];
  const words = [...brands.map((word) => ({ word, kind: printKind })), { word: FILLERS[(index + 5) % FILLERS.length], kind: printKind === 'curved' ? 'plain' : printKind }];
  const band = area.h / (words.length + 1);
  const items = words.map(({ word, kind: itemKind }, slot) => {
    const fits = Math.floor(Math.min(band * 0.7, area.w / (word.length * 0.8)));
    const size = itemKind === 'small' ? 15 + Math.floor(rnd() * 7) : Math.min(fits, Math.floor(28 + rnd() * width / 16));
    const x = Math.floor(area.x + area.w * (0.1 + rnd() * 0.08));
    const y = Math.floor(area.y + band * (slot + 1) + size / 3);
    return textItem({ word, x, y, size, kind: itemKind, colour: ink, rnd });
  });
  const page = ['#ffffff', '#f6f6f4', '#eef0f2'][index % 3];
  // Half the pages carry a caption in plain dark print: words that are not marks.
  const caption = index % 2 ? `<text x="${Math.floor(width * 0.1)}" y="${height - Math.floor(height * 0.06)}" font-family="DejaVu Sans" font-size="${Math.floor(width / 40)}" fill="#555">${FILLERS[(index + 2) % FILLERS.length]} ${FILLERS[(index + 7) % FILLERS.length]}</text>` : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${page}"/>${productShape(shape, area, fill)}${items.join('')}${caption}</svg>`;
  const jpeg = index % 3 === 2 ? 0 : [80, 60][index % 2];
  return { file: `obj${String(index).padStart(2, '0')}.${jpeg ? 'jpg' : 'png'}`, svg, blur: index % 5 === 4 ? 0.8 : 0, jpeg, kind, brands };
}

/** One stress image: a full-background image whose brand is printed steeper, turned, or small on a photo. */
export function describeStressImage(index) {
  const rnd = random(9000 + index);
  const kind = STRESS_KINDS[index % STRESS_KINDS.length];
  const width = [900, 1200][index % 2];
  const height = Math.round(width * (0.7 + rnd() * 0.3));
  const photo = kind === 'photo-small';
  const bg = background(photo ? 'photo' : 'plain', width, height, rnd);
  const brands = [BRANDS[(index * 5 + 2) % BRANDS.length]];
  const itemKind = kind === 'rot20' || kind === 'rot90' ? kind : photo ? 'small' : 'plain';
  const words = [{ word: brands[0], kind: itemKind }, { word: FILLERS[(index + 3) % FILLERS.length], kind: 'plain' }];
  const band = height / (words.length + 1);
  const items = words.map(({ word, kind: k }, slot) => {
    const size = k === 'small' ? 16 + Math.floor(rnd() * 6) : Math.floor(36 + rnd() * (width / 16));
    // Text turned a quarter stands in the middle so that it stays inside the image.
    const x = k === 'rot90' ? Math.floor(width * 0.45) : Math.floor(width * 0.08 + rnd() * width * 0.2);
    const y = k === 'rot90' ? Math.floor(height * 0.5) : Math.floor(band * (slot + 1) + size / 3);
    return textItem({ word, x, y, size: Math.min(size, Math.floor(band * 0.7)), kind: k, colour: bg.ink(), rnd });
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><filter id="soft"><feGaussianBlur stdDeviation="${width / 40}"/></filter></defs>${bg.svg}${items.join('')}</svg>`;
  const turn = kind.startsWith('turn') ? Number(kind.slice(4)) : 0;
  return { file: `stress${String(index).padStart(2, '0')}.jpg`, svg, blur: 0, jpeg: 80, turn, kind, brands };
}

/** Writes the full-background and product-on-page images and truth.json into `folder`; returns the truth. */
export async function writeCorpus(folder) {
  await mkdir(folder, { recursive: true });
  const truth = [];
  const images = [
    ...Array.from({ length: FULL_IMAGES }, (_, index) => describeImage(index)),
    ...Array.from({ length: OBJECT_IMAGES }, (_, index) => describeObjectImage(index)),
    ...Array.from({ length: STRESS_IMAGES }, (_, index) => describeStressImage(index)),
  ];
  for (const image of images) {
    let pipeline = sharp(Buffer.from(image.svg));
    if (image.turn) pipeline = sharp(await pipeline.png().toBuffer()).rotate(image.turn);
    if (image.blur) pipeline = pipeline.blur(image.blur);
    pipeline = image.jpeg ? pipeline.jpeg({ quality: image.jpeg }) : pipeline.png();
    await writeFile(join(folder, image.file), await pipeline.toBuffer());
    truth.push({ file: image.file, kind: image.kind, brands: image.brands });
  }
  await writeFile(join(folder, 'truth.json'), JSON.stringify(truth, null, 1));
  return truth;
}

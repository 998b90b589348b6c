// Test images rendered at test time: sharp turns SVG text into PNG or JPEG bytes.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import type { BoundingBox } from '../../src/types.js';

/** A line of text drawn at a baseline; `box` is roughly where its ink lands. */
export interface Lettering {
  text: string;
  x: number;
  baseline: number;
  size: number;
}

/** Dark DejaVu Sans Bold lettering on white, as PNG or JPEG. */
export async function renderImage(lettering: Lettering[], width: number, height: number, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const texts = lettering
    .map(({ text, x, baseline, size }) => `<text x="${x}" y="${baseline}" font-family="DejaVu Sans" font-weight="bold" font-size="${size}" fill="#111">${text}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${texts}</svg>`;
  const image = sharp(Buffer.from(svg));
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 85 }).toBuffer();
}

/** Small print (`small`, DejaVu Serif 14 px) far above one large word on a white 1000×656 page, as PNG: print tesseract's adaptive Otsu loses. */
export async function renderSmallPrintImage(small: Lettering, large: Lettering): Promise<Buffer> {
  const texts = [small, large]
    .map(({ text, x, baseline, size }) => `<text x="${x}" y="${baseline}" font-family="DejaVu Serif" font-size="${size}" fill="#111">${text}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="656"><rect width="100%" height="100%" fill="#fff"/>${texts}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A product standing on a white page: a box or a shoe outline filled with one colour. */
export interface Product {
  shape: 'box' | 'shoe';
  fill: string;
}

/** Lettering in `ink` (DejaVu Sans, bold when asked) printed on a product on a white page, as PNG. */
export async function renderProductImage(product: Product, lettering: Lettering[], ink: string, bold: boolean, side = 600): Promise<Buffer> {
  const outline =
    product.shape === 'box'
      ? `<rect x="100" y="150" width="400" height="300" fill="${product.fill}"/>`
      : `<path d="M80 400 L120 250 Q180 230 260 270 L420 320 Q520 340 520 400 Z" fill="${product.fill}"/><rect x="70" y="400" width="460" height="40" rx="8" fill="#eeeeee" stroke="#aaaaaa"/>`;
  const texts = lettering
    .map(({ text, x, baseline, size }) => `<text x="${x}" y="${baseline}" font-family="DejaVu Sans" font-weight="${bold ? 'bold' : 'normal'}" font-size="${size}" fill="${ink}">${text}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}"><rect width="100%" height="100%" fill="#fff"/>${outline}${texts}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Where upper-case lettering's ink lands: cap height above the baseline, about 0.8 em per letter. */
export function inkBox({ text, x, baseline, size }: Lettering): BoundingBox {
  const capHeight = Math.round(size * 0.73);
  return { x, y: baseline - capHeight, width: Math.round(text.length * size * 0.8), height: capHeight };
}

/** A valid PNG header claiming `side`×`side` pixels with almost no data: a decompression bomb. */
export function pngBomb(side: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk('IEND', Buffer.alloc(0))]);
}

/** Intersection over union of two boxes. */
export function overlapOf(a: BoundingBox, b: BoundingBox): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  return (width * height) / (a.width * a.height + b.width * b.height - width * height);
}

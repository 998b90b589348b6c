import sharp from 'sharp';

/** A small seeded generator (mulberry32): the same seed draws the same picture on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A product-photo stand-in drawn from a seed: a gradient backdrop and a dozen coloured shapes of
 * different sizes, as PNG bytes. Different seeds give unrelated pictures.
 */
export async function scene(seed: number, width = 800, height = 600): Promise<Buffer> {
  const random = seeded(seed);
  const colour = () => `rgb(${Math.floor(random() * 256)},${Math.floor(random() * 256)},${Math.floor(random() * 256)})`;
  const shapes: string[] = [];
  for (let i = 0; i < 12; i++) {
    const x = random() * width;
    const y = random() * height;
    const size = (0.05 + random() * 0.25) * Math.min(width, height);
    shapes.push(
      random() < 0.5
        ? `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${size.toFixed(1)}" fill="${colour()}"/>`
        : `<rect x="${(x - size / 2).toFixed(1)}" y="${(y - size / 2).toFixed(1)}" width="${(size * 1.6).toFixed(1)}" height="${size.toFixed(1)}" fill="${colour()}" transform="rotate(${Math.floor(random() * 90)} ${x.toFixed(1)} ${y.toFixed(1)})"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colour()}"/><stop offset="1" stop-color="${colour()}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>${shapes.join('')}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A white-backdrop product shot: one dark shape centred on pure white, `side` pixels square. */
export async function productOnWhite(side: number, backdrop = '#ffffff'): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}"><rect width="100%" height="100%" fill="${backdrop}"/>
<circle cx="${side / 2}" cy="${side / 2}" r="${side * 0.3}" fill="#2a4d8f"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The copies a downloader makes of a picture, each as image bytes. */
export async function transformedCopies(original: Buffer): Promise<Record<string, Buffer>> {
  const { width, height } = await sharp(original).metadata();
  const w = width as number;
  const h = height as number;
  const crop = { left: Math.round(w * 0.05), top: Math.round(h * 0.05), width: w - 2 * Math.round(w * 0.05), height: h - 2 * Math.round(h * 0.05) };
  // A small overlay: a white badge with red text, 15% by 8% of the sides (1.2% of the picture).
  const badge = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(w * 0.15)}" height="${Math.round(h * 0.08)}"><rect width="100%" height="100%" fill="#ffffff"/><text x="4" y="70%" font-size="${Math.round(h * 0.048)}" fill="#c00000">SALE</text></svg>`,
  );
  return {
    resized: await sharp(original).resize(Math.round(w / 2)).png().toBuffer(),
    enlarged: await sharp(original).resize(Math.round(w * 1.5)).jpeg({ quality: 90 }).toBuffer(),
    recompressed: await sharp(original).jpeg({ quality: 35 }).toBuffer(),
    brightened: await sharp(original).modulate({ brightness: 1.25 }).png().toBuffer(),
    darkened: await sharp(original).linear(0.8, 0).png().toBuffer(),
    overlay: await sharp(original).composite([{ input: badge, left: Math.round(w * 0.8), top: Math.round(h * 0.87) }]).png().toBuffer(),
    cropped: await sharp(original).extract(crop).png().toBuffer(),
    mirrored: await sharp(original).flop().png().toBuffer(),
    'mirrored, cropped and recompressed': await sharp(original).flop().extract(crop).jpeg({ quality: 60 }).toBuffer(),
  };
}

/** sharp itself, for tests in packages that do not depend on it (the CLI's). */
export { sharp };

/** Grey level from which a pixel connected to the image border counts as the light backdrop. */
const BACKDROP_LEVEL = 225;

/** Least share of the image the product (everything but the backdrop) must cover. */
const MIN_PRODUCT_SHARE = 0.15;

/** Least share of the image the backdrop must cover. */
const MIN_BACKDROP_SHARE = 0.1;

/**
 * A product photographed on a light backdrop, seen as tesseract needs it: the backdrop (light
 * pixels connected to the border) repainted in the product's median tone, and the whole inverted
 * when that tone is dark, so print on the product becomes dark print on a plain light page.
 * Without this, tesseract's global threshold turns the product into one dark blob and its print
 * vanishes. Takes and returns 8-bit grey pixels; undefined when the image has no such backdrop
 * (a full-bleed photo, or text alone on white).
 */
export function fillBackdrop(grey: Uint8Array, width: number, height: number): Uint8Array | undefined {
  const size = width * height;
  const backdrop = new Uint8Array(size);
  const queue = new Int32Array(size);
  let head = 0;
  let tail = 0;
  const visit = (at: number) => {
    if (backdrop[at] === 0 && grey[at] >= BACKDROP_LEVEL) {
      backdrop[at] = 1;
      queue[tail++] = at;
    }
  };
  for (let x = 0; x < width; x++) {
    visit(x);
    visit(size - width + x);
  }
  for (let y = 0; y < height; y++) {
    visit(y * width);
    visit(y * width + width - 1);
  }
  while (head < tail) {
    const at = queue[head++];
    const x = at % width;
    if (x > 0) visit(at - 1);
    if (x < width - 1) visit(at + 1);
    if (at >= width) visit(at - width);
    if (at < size - width) visit(at + width);
  }
  if (tail < size * MIN_BACKDROP_SHARE || size - tail < size * MIN_PRODUCT_SHARE) return undefined;

  const tone = medianTone(grey, backdrop, size - tail);
  const invert = tone < 128;
  const filled = new Uint8Array(size);
  for (let at = 0; at < size; at++) {
    const level = backdrop[at] === 1 ? tone : grey[at];
    filled[at] = invert ? 255 - level : level;
  }
  return filled;
}

function medianTone(grey: Uint8Array, backdrop: Uint8Array, count: number): number {
  const histogram = new Uint32Array(256);
  for (let at = 0; at < grey.length; at++) if (backdrop[at] === 0) histogram[grey[at]]++;
  let seen = 0;
  for (let level = 0; level < 256; level++) {
    seen += histogram[level];
    if (seen * 2 >= count) return level;
  }
  return 255;
}

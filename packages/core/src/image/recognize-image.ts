import type { BoundingBox, OcrWord } from '../types.js';
import type { RecognizedWord, TesseractWorker, Thresholding } from './tesseract-engine.js';
import type { Enhancement, PreparedCrop, PreparedImage, SmallPrintLook } from './prepare-image.js';

/** How one image is read: rotation passes, contrast treatment, and a second look at quiet images. */
export interface OcrRecipe {
  /** Rotations in degrees; one recognize per entry, words merged. */
  passes: number[];
  /** Treatment of the image for every pass. */
  enhancement: Enhancement;
  /** Treatment for one more upright pass when the first look found little text; 'none' disables it. */
  secondLook: Enhancement;
  /** tesseract's binarisation for every pass. */
  thresholding: Thresholding;
  /** Extra passes over the image with its light backdrop filled (`fillBackdrop`): none, upright only, or every rotation pass. */
  backdropLook: BackdropLook;
  /** tesseract's binarisation for one more upright pass when the first pass found little confident text; 'none' disables it. */
  quietThresholding: Thresholding | 'none';
  /** Enlargement of crops of small print no pass read confidently, each read once more; 0 disables them. */
  smallPrintScale: number;
}

/** Which passes run again on a product photo with its backdrop filled. */
export type BackdropLook = 'none' | 'upright' | 'every-pass';

/** Other views of the same image, prepared on demand. */
export interface OtherLooks {
  /** The image with another contrast treatment. */
  enhanced(enhancement: Enhancement): Promise<PreparedImage>;
  /** The image with its light backdrop filled; undefined when it has none. */
  backdrop(): Promise<PreparedImage | undefined>;
  /** The image's bands of small print, croppable at a larger scale. */
  smallPrint(): Promise<SmallPrintLook>;
}

/** Confident words of three or more letters below which an image is "quiet" and gets the second look. */
const QUIET_WORDS = 2;
const CONFIDENT = 0.6;

/** Most crops of small print read per image: bounds the time on busy images. */
const MAX_CROPS = 8;

/** Share of a band of small print that confident words must cover for it to count as read. */
const READ_SHARE = 0.85;

/** Runs a recipe's passes on one prepared image and returns the merged words in source pixels. */
export async function recognizeImage(
  engine: TesseractWorker,
  prepared: PreparedImage,
  recipe: OcrRecipe,
  looks: OtherLooks,
): Promise<OcrWord[]> {
  let words: OcrWord[] = [];
  const read = async (image: PreparedImage, degrees: number, thresholding = recipe.thresholding) => {
    const radians = (degrees * Math.PI) / 180;
    const found = await engine.recognize(image.data, radians, thresholding);
    words = mergeWords(words, found.map((word) => toSourceWord(word, image, radians)));
  };
  for (const [index, degrees] of recipe.passes.entries()) {
    await read(prepared, degrees);
    if (index === 0 && recipe.quietThresholding !== 'none' && recipe.quietThresholding !== recipe.thresholding && isQuiet(words)) {
      await read(prepared, 0, recipe.quietThresholding);
    }
  }
  if (recipe.secondLook !== 'none' && recipe.secondLook !== recipe.enhancement && isQuiet(words)) {
    await read(await looks.enhanced(recipe.secondLook), 0);
  }
  if (recipe.backdropLook !== 'none') {
    const backdrop = await looks.backdrop();
    const passes = recipe.backdropLook === 'upright' ? [0] : recipe.passes;
    if (backdrop) for (const degrees of passes) await read(backdrop, degrees);
  }
  if (recipe.smallPrintScale > 0) {
    const smallPrint = await looks.smallPrint();
    const unread = smallPrint.regions.filter((region) => readShare(words, region) < READ_SHARE);
    for (const region of unread.slice(0, MAX_CROPS)) {
      const crop = await smallPrint.crop(region, recipe.smallPrintScale);
      // A crop holds one line: PSM 7; global Otsu is local enough on a crop this size.
      const found = await engine.recognize(crop.data, 0, 0, 'line');
      words = mergeWords(words, found.map((word) => fromCrop(word, crop, prepared)));
    }
  }
  return words;
}

/** Share of a band's width covered by confident words over it, 0..1; a word read in part ("ano" of "Canon") leaves the band unread. */
function readShare(words: OcrWord[], band: BoundingBox): number {
  const spans = words
    .filter((word) => word.confidence >= CONFIDENT && sharedShare(word.bbox, band) > 0.5)
    .map((word) => [Math.max(band.x, word.bbox.x), Math.min(band.x + band.width, word.bbox.x + word.bbox.width)])
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reached = band.x;
  for (const [from, to] of spans) {
    if (to <= reached) continue;
    covered += to - Math.max(from, reached);
    reached = to;
  }
  return covered / Math.max(1, band.width);
}

/** Maps a word read in an enlarged crop back to the source image. */
function fromCrop(word: RecognizedWord, crop: PreparedCrop, prepared: PreparedImage): OcrWord | undefined {
  const text = word.text.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  const bbox = scaleBox(word.bbox, crop.scale);
  return {
    text,
    confidence: Math.round(word.confidence) / 100,
    bbox: clip({ ...bbox, x: bbox.x + crop.x, y: bbox.y + crop.y }, prepared.width, prepared.height),
  };
}

function isQuiet(words: OcrWord[]): boolean {
  return words.filter((word) => word.confidence >= CONFIDENT && /\p{L}{3}/u.test(word.text)).length < QUIET_WORDS;
}

/** Maps a word from a rotated, scaled pass back to the source image; drops words with no letter or digit. */
function toSourceWord(word: RecognizedWord, prepared: PreparedImage, radians: number): OcrWord | undefined {
  const text = word.text.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  const bbox = radians === 0 ? word.bbox : unrotate(word.bbox, prepared, radians);
  return {
    text,
    confidence: Math.round(word.confidence) / 100,
    bbox: clip(scaleBox(bbox, prepared.scale), prepared.width, prepared.height),
  };
}

/** tesseract rotates about the centre and keeps the size: turn the corners back and box them. */
function unrotate(box: BoundingBox, prepared: PreparedImage, radians: number): BoundingBox {
  const cx = prepared.width / prepared.scale / 2;
  const cy = prepared.height / prepared.scale / 2;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const corners = [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x, box.y + box.height],
    [box.x + box.width, box.y + box.height],
  ].map(([x, y]) => {
    const dx = x - cx;
    const dy = y - cy;
    return [cx + dx * cos + dy * sin, cy - dx * sin + dy * cos];
  });
  const xs = corners.map((corner) => corner[0]);
  const ys = corners.map((corner) => corner[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function scaleBox(box: BoundingBox, scale: number): BoundingBox {
  return { x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale };
}

function clip(box: BoundingBox, width: number, height: number): BoundingBox {
  const x = Math.max(0, Math.min(width, Math.round(box.x)));
  const y = Math.max(0, Math.min(height, Math.round(box.y)));
  const right = Math.max(x, Math.min(width, Math.round(box.x + box.width)));
  const bottom = Math.max(y, Math.min(height, Math.round(box.y + box.height)));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * Adds words from another pass; words over the same place count once: the most confident
 * reading wins. Two readings of the same text keep the tighter box (a rotated pass boxes
 * upright print loosely).
 */
export function mergeWords(kept: OcrWord[], incoming: (OcrWord | undefined)[]): OcrWord[] {
  const merged = [...kept];
  for (const word of incoming) {
    if (!word) continue;
    const twin = merged.findIndex((other) => sharedShare(other.bbox, word.bbox) > 0.5);
    if (twin === -1) {
      merged.push(word);
      continue;
    }
    const other = merged[twin];
    const winner = other.confidence < word.confidence ? word : other;
    const sameText = other.text.toLowerCase() === word.text.toLowerCase();
    const tighter = area(word.bbox) < area(other.bbox) ? word.bbox : other.bbox;
    merged[twin] = sameText ? { ...winner, bbox: tighter } : winner;
  }
  return merged;
}

const area = (box: BoundingBox) => box.width * box.height;

/** How much of the smaller box lies inside the other, 0..1 (a fragment inside a word counts as the same place). */
export function sharedShare(a: BoundingBox, b: BoundingBox): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  return (width * height) / Math.max(1, Math.min(a.width * a.height, b.width * b.height));
}

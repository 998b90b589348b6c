import sharp from 'sharp';
import type { ImageMeasures } from '../types.js';
import { ContentCache } from './content-cache.js';
import { HASH_INPUT_SIDE, hashToHex, perceptualHashes } from './phash.js';
import { MAX_INPUT_PIXELS, UnreadableImageError } from './prepare-image.js';
import { readRightsMetadata } from './rights-metadata.js';

/** What one image's bytes tell besides its text; cached by content. */
export interface AnalyzedImage extends ImageMeasures {
  /** Reference pictures only: the hashes of their cropped copies (`CROPS`), so a crop of up to 5% per edge still matches. */
  crops?: string[];
}

/**
 * Crops of a reference picture hashed beside it, as [left, top, right, bottom] shares: every
 * combination of 0 or 5% per edge, and 2.5% on every edge. A listing image cropped by up to 5%
 * per edge lies within a few bits of one of them (measured in test/image/phash.test.ts) where it may
 * lie 16 bits from the uncropped picture.
 */
export const CROPS: ReadonlyArray<readonly [number, number, number, number]> = [
  ...Array.from({ length: 15 }, (_, i) => {
    const bits = i + 1;
    return [0, 1, 2, 3].map((edge) => ((bits >> edge) & 1) * 0.05) as unknown as readonly [number, number, number, number];
  }),
  [0.025, 0.025, 0.025, 0.025],
];

/** A channel value at or above this is white (design.md: every channel ≥ 250). */
export const WHITE_LEVEL = 250;
/** Width of the border band, as a share of the shorter side (at least one pixel). */
export const BORDER_SHARE = 0.01;

const FORMAT = 1;
const CROP_SETTINGS = JSON.stringify(CROPS);
// sharp's and libvips' versions: a new resampler may move a few hash bits.
/** Everything that changes what `analyzeImage` returns: the cache key's settings part. */
export const ANALYSIS_SETTINGS = JSON.stringify({ sharp: sharp.versions.sharp, vips: sharp.versions.vips, side: HASH_INPUT_SIDE, crops: CROP_SETTINGS, white: WHITE_LEVEL, border: BORDER_SHARE });

/** The image-facts cache (folder `image-facts/` beside `ocr/`); `directory` undefined disables it. */
export function imageFactsCache(directory: string | undefined): ContentCache<AnalyzedImage> {
  return new ContentCache<AnalyzedImage>(directory, 'image-facts', ANALYSIS_SETTINGS, FORMAT, isAnalyzed);
}

/**
 * Measures an image: size after EXIF orientation, its perceptual hash and mirrored hash, the
 * share of pure-white border pixels (transparent pixels count as the white page they are shown
 * on) and its rights metadata; with `crops`, also the hashes of its cropped copies (reference
 * pictures). Decodes the image once. Throws `UnreadableImageError` when sharp cannot decode it.
 */
export async function analyzeImage(bytes: Buffer, options: { crops?: boolean } = {}): Promise<AnalyzedImage> {
  try {
    // The same pixel limit as OCR: a decompression bomb is unreadable, never decoded.
    const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS });
    const metadata = await input().metadata();
    const { data, info } = await input().rotate().flatten({ background: '#ffffff' }).toColourspace('srgb').raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    const { width, height, channels } = info;
    const grey = await sharp(data, { raw: { width, height, channels } }).toColourspace('b-w').raw().toBuffer();
    const hashOf = async (crop: readonly [number, number, number, number] | undefined) => {
      let pipeline = sharp(grey, { raw: { width, height, channels: 1 } });
      if (crop) {
        const [left, top, right, bottom] = crop.map((share, i) => Math.round(share * (i % 2 === 0 ? width : height)));
        if (width - left - right < 8 || height - top - bottom < 8) return undefined;
        pipeline = pipeline.extract({ left, top, width: width - left - right, height: height - top - bottom });
      }
      const small = await pipeline.resize(HASH_INPUT_SIDE, HASH_INPUT_SIDE, { fit: 'fill' }).extractChannel(0).raw().toBuffer();
      return perceptualHashes(small);
    };
    const { hash, mirrored } = (await hashOf(undefined))!;
    const analyzed: AnalyzedImage = {
      width,
      height,
      hash: hashToHex(hash),
      mirrored: hashToHex(mirrored),
      whiteBorder: whiteBorderShare(data, width, height, channels),
      rights: readRightsMetadata({ exif: metadata.exif, iptc: metadata.iptc, xmp: metadata.xmp }),
    };
    if (options.crops) {
      const cropped = await Promise.all(CROPS.map(hashOf));
      analyzed.crops = cropped.flatMap((found) => (found ? [hashToHex(found.hash)] : []));
    }
    return analyzed;
  } catch (error) {
    throw new UnreadableImageError(`cannot decode the image (${String(error instanceof Error ? error.message : error).split('\n')[0]})`);
  }
}

/**
 * The share of pixels in the border band (BORDER_SHARE of the shorter side, at least 1 px, on
 * every edge) whose every colour channel is at least WHITE_LEVEL.
 */
export function whiteBorderShare(pixels: Uint8Array, width: number, height: number, channels: number): number {
  const band = Math.max(1, Math.round(Math.min(width, height) * BORDER_SHARE));
  const colours = Math.min(channels, 3);
  let white = 0;
  let total = 0;
  const count = (x: number, y: number) => {
    const at = (y * width + x) * channels;
    let isWhite = true;
    for (let c = 0; c < colours; c++) if (pixels[at + c] < WHITE_LEVEL) isWhite = false;
    total += 1;
    if (isWhite) white += 1;
  };
  for (let y = 0; y < height; y++) {
    if (y < band || y >= height - band) {
      for (let x = 0; x < width; x++) count(x, y);
    } else {
      // Middle rows: only their left and right bands (which may overlap on a very narrow image).
      for (let x = 0; x < Math.min(band, width); x++) count(x, y);
      for (let x = Math.max(band, width - band); x < width; x++) count(x, y);
    }
  }
  return total === 0 ? 0 : white / total;
}

function isAnalyzed(entry: Record<string, unknown>): boolean {
  return (
    typeof entry.width === 'number' &&
    typeof entry.height === 'number' &&
    typeof entry.hash === 'string' &&
    typeof entry.mirrored === 'string' &&
    typeof entry.whiteBorder === 'number' &&
    Array.isArray(entry.rights) &&
    (entry.crops === undefined || (Array.isArray(entry.crops) && entry.crops.every((crop) => typeof crop === 'string'))) &&
    entry.rights.every((item) => typeof item === 'object' && item !== null && typeof item.field === 'string' && typeof item.value === 'string')
  );
}

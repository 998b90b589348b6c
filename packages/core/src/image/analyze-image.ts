import { createRequire } from 'node:module';
import sharp from 'sharp';
import type { RightsEntry } from '../types.js';
import { ContentCache } from './content-cache.js';
import { HASH_INPUT_SIDE, hashToHex, perceptualHashes } from './phash.js';
import { UnreadableImageError } from './prepare-image.js';
import { readRightsMetadata } from './rights-metadata.js';

/** What one image's bytes tell besides its text; cached by content. */
export interface AnalyzedImage {
  width: number;
  height: number;
  hash: string;
  mirrored: string;
  whiteBorder: number;
  rights: RightsEntry[];
}

/** A channel value at or above this is white (design.md: every channel ≥ 250). */
export const WHITE_LEVEL = 250;
/** Width of the border band, as a share of the shorter side (at least one pixel). */
export const BORDER_SHARE = 0.01;

const FORMAT = 1;
const require = createRequire(import.meta.url);
const SETTINGS = JSON.stringify({ sharp: (require('sharp/package.json') as { version: string }).version, side: HASH_INPUT_SIDE, white: WHITE_LEVEL, border: BORDER_SHARE });

/** The image-facts cache (folder `image-facts/` beside `ocr/`); `directory` undefined disables it. */
export function imageFactsCache(directory: string | undefined): ContentCache<AnalyzedImage> {
  return new ContentCache<AnalyzedImage>(directory, 'image-facts', SETTINGS, FORMAT, isAnalyzed);
}

/**
 * Measures an image: size after EXIF orientation, its perceptual hash and mirrored hash, the
 * share of pure-white border pixels (transparent pixels count as the white page they are shown
 * on) and its rights metadata. Throws `UnreadableImageError` when sharp cannot decode it.
 */
export async function analyzeImage(bytes: Buffer): Promise<AnalyzedImage> {
  try {
    const metadata = await sharp(bytes).metadata();
    const grey = await sharp(bytes).rotate().flatten({ background: '#ffffff' }).greyscale().resize(HASH_INPUT_SIDE, HASH_INPUT_SIDE, { fit: 'fill' }).raw().toBuffer();
    const { hash, mirrored } = perceptualHashes(grey);
    const { data, info } = await sharp(bytes).rotate().flatten({ background: '#ffffff' }).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    return {
      width: info.width,
      height: info.height,
      hash: hashToHex(hash),
      mirrored: hashToHex(mirrored),
      whiteBorder: whiteBorderShare(data, info.width, info.height, info.channels),
      rights: readRightsMetadata({ exif: metadata.exif, iptc: metadata.iptc, xmp: metadata.xmp }),
    };
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
    entry.rights.every((item) => typeof item === 'object' && item !== null && typeof item.field === 'string' && typeof item.value === 'string')
  );
}

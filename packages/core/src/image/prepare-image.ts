import sharp from 'sharp';
import type { Sharp } from 'sharp';

/** Pixel limit of a decoded image: a decompression bomb fails before any allocation. */
export const MAX_INPUT_PIXELS = 60_000_000;

/** Long side above which an image is downscaled before OCR; never upscaled. */
export const MAX_OCR_SIDE = 2000;

/** A contrast treatment of the image handed to OCR. */
export type Enhancement = 'none' | 'clahe' | 'stretch' | 'invert';

/** An image ready for tesseract, and how its pixels map back to the source image. */
export interface PreparedImage {
  /** Encoded PNG or JPEG bytes tesseract can read. */
  data: Buffer;
  /** Size of the source image after auto-orientation, in its own pixels. */
  width: number;
  height: number;
  /** Source pixels per prepared pixel (1, or more when downscaled). */
  scale: number;
}

/** The image cannot be decoded: not an image, truncated, or over the pixel limit. */
export class UnreadableImageError extends Error {
  override name = 'UnreadableImageError';
}

const PASSTHROUGH_FORMATS = new Set(['jpeg', 'png', 'webp']);

/**
 * Auto-orients, enforces the pixel limit, downscales only images whose long side exceeds
 * `MAX_OCR_SIDE`, flattens transparency and converts other formats; files tesseract reads
 * as they are (plain JPEG, PNG, WebP within the size) are passed through untouched.
 */
export async function prepareImage(bytes: Buffer, enhancement: Enhancement = 'none'): Promise<PreparedImage> {
  const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  try {
    const meta = await input().metadata();
    if (!meta.width || !meta.height) throw new UnreadableImageError('image has no size');
    const turned = (meta.orientation ?? 1) >= 5;
    const width = turned ? meta.height : meta.width;
    const height = turned ? meta.width : meta.height;
    const scale = Math.max(1, Math.max(width, height) / MAX_OCR_SIDE);
    const untouched =
      enhancement === 'none' &&
      scale === 1 &&
      (meta.orientation ?? 1) === 1 &&
      !meta.hasAlpha &&
      (meta.pages ?? 1) === 1 &&
      PASSTHROUGH_FORMATS.has(meta.format ?? '');
    if (untouched) {
      // Decoding fully still catches truncated and corrupt files before a worker sees them.
      await input().raw().toBuffer();
      return { data: bytes, width, height, scale };
    }
    let pipeline = input().rotate().flatten({ background: '#ffffff' });
    if (scale > 1) pipeline = pipeline.resize({ width: MAX_OCR_SIDE, height: MAX_OCR_SIDE, fit: 'inside', withoutEnlargement: true });
    pipeline = enhance(pipeline, enhancement);
    const data = await pipeline.png({ compressionLevel: 1 }).toBuffer();
    return { data, width, height, scale };
  } catch (error) {
    if (error instanceof UnreadableImageError) throw error;
    throw new UnreadableImageError(firstLine(error));
  }
}

function enhance(pipeline: Sharp, enhancement: Enhancement): Sharp {
  switch (enhancement) {
    case 'none':
      return pipeline;
    case 'clahe':
      return pipeline.grayscale().clahe({ width: 64, height: 64, maxSlope: 3 });
    case 'stretch':
      return pipeline.grayscale().normalise({ lower: 1, upper: 99 });
    case 'invert':
      return pipeline.grayscale().negate({ alpha: false });
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim();
}

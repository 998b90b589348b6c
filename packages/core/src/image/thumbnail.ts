import sharp from 'sharp';
import type { EmbeddedImage } from '../types.js';
import { MAX_INPUT_PIXELS } from './prepare-image.js';

/** Long side of an image embedded in a report, in pixels: enough to see a box, small enough to share. */
export const THUMBNAIL_SIDE = 480;

/**
 * An image as a report embeds it: auto-oriented, flattened on white, shrunk to `maxSide` (never
 * enlarged), as a JPEG `data:` URI, with the source's upright size (what finding boxes measure).
 * Undefined when the bytes do not decode.
 */
export async function thumbnail(bytes: Buffer, maxSide = THUMBNAIL_SIDE): Promise<EmbeddedImage | undefined> {
  try {
    const input = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const meta = await input.metadata();
    if (!meta.width || !meta.height) return undefined;
    const turned = (meta.orientation ?? 1) >= 5;
    const jpeg = await input
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 72 })
      .toBuffer();
    return {
      dataUri: `data:image/jpeg;base64,${jpeg.toString('base64')}`,
      width: turned ? meta.height : meta.width,
      height: turned ? meta.width : meta.height,
    };
  } catch {
    return undefined;
  }
}

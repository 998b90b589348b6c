import sharp from 'sharp';
import type { Metadata, Sharp } from 'sharp';
import type { BoundingBox } from '../types.js';
import { fillBackdrop } from './fill-backdrop.js';
import { findSmallPrint } from './find-small-print.js';

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
  return guarded(async () => {
    const source = await openImage(bytes);
    const { meta, width, height, scale } = source;
    const untouched =
      enhancement === 'none' &&
      scale === 1 &&
      (meta.orientation ?? 1) === 1 &&
      !meta.hasAlpha &&
      (meta.pages ?? 1) === 1 &&
      PASSTHROUGH_FORMATS.has(meta.format ?? '');
    if (untouched) {
      // Decoding fully still catches truncated and corrupt files before a worker sees them.
      await source.input().raw().toBuffer();
      return { data: bytes, width, height, scale };
    }
    const data = await enhance(source.upright(), enhancement).png({ compressionLevel: 1 }).toBuffer();
    return { data, width, height, scale };
  });
}

/**
 * The image as `fillBackdrop` sees it (product print as dark print on a plain light page),
 * grey, after the same front end as `prepareImage`; undefined when it has no light backdrop.
 */
export async function prepareBackdropLook(bytes: Buffer): Promise<PreparedImage | undefined> {
  return guarded(async () => {
    const { width, height, scale, upright } = await openImage(bytes);
    const { data, info } = await upright().grayscale().raw().toBuffer({ resolveWithObject: true });
    const filled = fillBackdrop(data, info.width, info.height);
    if (!filled) return undefined;
    const png = await sharp(filled, { raw: { width: info.width, height: info.height, channels: 1 } }).png({ compressionLevel: 1 }).toBuffer();
    return { data: png, width, height, scale };
  });
}

/** Bands of small print in an image (`findSmallPrint`), and enlarged crops of them for another read. */
export interface SmallPrintLook {
  /** Candidate bands in source pixels, in reading order. */
  regions: BoundingBox[];
  /** A grey crop around `region` (from `regions`) with a margin, enlarged `factor` times. */
  crop(region: BoundingBox, factor: number): Promise<PreparedCrop>;
}

/** An enlarged crop ready for tesseract, and how its pixels map back to the source image. */
export interface PreparedCrop {
  /** Encoded PNG bytes. */
  data: Buffer;
  /** Where the crop's top-left corner lies in the source image. */
  x: number;
  y: number;
  /** Source pixels per crop pixel. */
  scale: number;
}

/** The bands of small print in an image, after the same front end as `prepareImage`. */
export async function prepareSmallPrintLook(bytes: Buffer): Promise<SmallPrintLook> {
  return guarded(async () => {
    const { scale, upright } = await openImage(bytes);
    const { data, info } = await upright().grayscale().raw().toBuffer({ resolveWithObject: true });
    const toSource = (box: BoundingBox): BoundingBox => ({ x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale });
    const crop = async (region: BoundingBox, factor: number): Promise<PreparedCrop> => {
      // Back to the grey image's own pixels; the margin keeps ascenders, descenders and edge letters whole.
      const margin = Math.max(6, Math.round(region.height / scale / 2));
      const left = Math.max(0, Math.floor(region.x / scale) - margin);
      const top = Math.max(0, Math.floor(region.y / scale) - margin);
      const right = Math.min(info.width, Math.ceil((region.x + region.width) / scale) + margin);
      const bottom = Math.min(info.height, Math.ceil((region.y + region.height) / scale) + margin);
      const png = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
        .extract({ left, top, width: right - left, height: bottom - top })
        .resize({ width: (right - left) * factor, kernel: 'lanczos3' })
        .png({ compressionLevel: 1 })
        .toBuffer();
      return { data: png, x: left * scale, y: top * scale, scale: scale / factor };
    };
    return { regions: findSmallPrint(data, info.width, info.height).map(toSource), crop };
  });
}

interface OpenedImage {
  meta: Metadata;
  width: number;
  height: number;
  scale: number;
  input(): Sharp;
  /** Auto-oriented, flattened on white, downscaled when too large. */
  upright(): Sharp;
}

async function openImage(bytes: Buffer): Promise<OpenedImage> {
  const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  const meta = await input().metadata();
  if (!meta.width || !meta.height) throw new UnreadableImageError('image has no size');
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;
  const scale = Math.max(1, Math.max(width, height) / MAX_OCR_SIDE);
  const upright = () => {
    const pipeline = input().rotate().flatten({ background: '#ffffff' });
    return scale > 1 ? pipeline.resize({ width: MAX_OCR_SIDE, height: MAX_OCR_SIDE, fit: 'inside', withoutEnlargement: true }) : pipeline;
  };
  return { meta, width, height, scale, input, upright };
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UnreadableImageError) throw error;
    throw new UnreadableImageError(plainDecodeError(firstLine(error)));
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

/** What a decoder's message means for the user; the decoder's own words follow in brackets. */
function plainDecodeError(decoder: string): string {
  const plain = /unsupported image format/i.test(decoder)
    ? 'not an image format listinglint reads (JPEG, PNG, WebP, GIF, TIFF, AVIF)'
    : /pixel limit/i.test(decoder)
      ? `larger than ${MAX_INPUT_PIXELS / 1_000_000} megapixels`
      : /premature end|truncat|unexpected end|end of file|short read/i.test(decoder)
        ? 'the file is cut short (an interrupted download or copy?)'
        : 'the file is damaged or not what its name says';
  return `${plain} (decoder: ${decoder})`;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim();
}

/** Decoded RGB pixels for the Paddle engine, and how they map back to the source image. */
export interface PreparedPixels {
  /** RGB, row by row. */
  data: Uint8Array;
  /** Size of the pixels handed to OCR. */
  pixelWidth: number;
  pixelHeight: number;
  /** Size of the source image after auto-orientation, in its own pixels. */
  width: number;
  height: number;
  /** Source pixels per prepared pixel (1, or more when downscaled). */
  scale: number;
}

/**
 * Long side below which the Paddle engine enlarges an image (Lanczos) before reading it: on the
 * real photographs small pack shots (300-700 px) gained brand words read (docs/images.md).
 */
export const MIN_PADDLE_SIDE = 960;

/**
 * The same front end as `prepareImage` (auto-orient, pixel limit, downscale, flatten), decoded to
 * RGB pixels; an image whose long side is under `minSide` is enlarged to it.
 */
export async function preparePixels(bytes: Buffer, minSide = MIN_PADDLE_SIDE): Promise<PreparedPixels> {
  return guarded(async () => {
    const { width, height, scale: downscale, upright } = await openImage(bytes);
    const long = Math.max(width, height);
    const enlarge = long < minSide ? minSide / long : 1;
    const pipeline = enlarge > 1 ? upright().resize({ width: Math.round(width * enlarge), height: Math.round(height * enlarge), kernel: 'lanczos3' }) : upright();
    const scale = enlarge > 1 ? 1 / enlarge : downscale;
    const { data, info } = await pipeline.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new UnreadableImageError(`unexpected ${info.channels} channels`);
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), pixelWidth: info.width, pixelHeight: info.height, width, height, scale };
  });
}

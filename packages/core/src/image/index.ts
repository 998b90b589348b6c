import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { ImageText } from '../types.js';
import { OcrCache } from './ocr-cache.js';
import { engineVersion } from './ocr-engine.js';
import { OcrLane, OcrTimeoutError } from './ocr-lane.js';
import { MAX_OCR_SIDE, prepareBackdropLook, prepareImage, prepareSmallPrintLook, UnreadableImageError } from './prepare-image.js';
import type { Enhancement } from './prepare-image.js';
import { recognizeImage } from './recognize-image.js';
import type { BackdropLook, OcrRecipe } from './recognize-image.js';
import type { Thresholding } from './ocr-engine.js';

export { OcrEngineError } from './ocr-engine.js';
export type { Enhancement } from './prepare-image.js';
export type { Thresholding } from './ocr-engine.js';
export type { BackdropLook, OcrRecipe } from './recognize-image.js';
export { buildOcrText, unionBox, wordsInRange } from './ocr-text.js';
export type { OcrText } from './ocr-text.js';

/** An image the engine wants read. */
export interface ImageRequest {
  /** Project-relative path with forward slashes: the key of the result. */
  path: string;
  /** Absolute path, or undefined when the image lies outside the repository. */
  absolutePath: string | undefined;
}

/** How images are read. */
export interface OcrOptions {
  /** Worker count (default: available cores). */
  concurrency: number;
  /** Cache directory; undefined disables the cache. */
  cacheDir?: string;
  /** Time limit per image in ms (default 30 s); past it the image is `timeout` and its worker replaced. */
  timeoutMs?: number;
  /** Rotation passes in degrees (default `DEFAULT_RECIPE.passes`). */
  passes?: number[];
  /** Contrast treatment for every pass (default `DEFAULT_RECIPE.enhancement`). */
  enhancement?: Enhancement;
  /** Treatment of an extra upright pass on images whose first look found little text; 'none' disables it. */
  secondLook?: Enhancement;
  /** tesseract's binarisation (default `DEFAULT_RECIPE.thresholding`). */
  thresholding?: Thresholding;
  /** Passes run again on product photos with their light backdrop filled (default `DEFAULT_RECIPE.backdropLook`). */
  backdropLook?: BackdropLook;
  /** Binarisation of an extra upright pass on images whose first pass found little confident text (default `DEFAULT_RECIPE.quietThresholding`). */
  quietThresholding?: Thresholding | 'none';
  /** Enlargement of crops of small print no pass read confidently; 0 disables them (default `DEFAULT_RECIPE.smallPrintScale`). */
  smallPrintScale?: number;
  /** Called as images needing OCR finish: `done` of `total` (cache hits are not counted). */
  onProgress?(done: number, total: number): void;
}

/** The recipe used when options do not say otherwise; chosen from the bench (docs/images.md). */
export const DEFAULT_RECIPE: OcrRecipe = { passes: [0, 10, -10], enhancement: 'none', secondLook: 'none', thresholding: 1, backdropLook: 'upright', quietThresholding: 0, smallPrintScale: 0 };

const DEFAULT_TIMEOUT_MS = 30_000;

interface Pending {
  path: string;
  absolutePath: string;
}

/**
 * Reads the text on every requested image: cached words when the bytes and settings are
 * unchanged, otherwise OCR in a pool of workers started on the first cache miss. Never
 * throws for a bad image (it becomes a problem result) and stops every worker before it
 * returns. Rejects only when the OCR engine itself cannot start.
 */
export async function readImageTexts(requests: ImageRequest[], options: OcrOptions): Promise<Map<string, ImageText>> {
  const recipe: OcrRecipe = {
    passes: options.passes ?? DEFAULT_RECIPE.passes,
    enhancement: options.enhancement ?? DEFAULT_RECIPE.enhancement,
    secondLook: options.secondLook ?? DEFAULT_RECIPE.secondLook,
    thresholding: options.thresholding ?? DEFAULT_RECIPE.thresholding,
    backdropLook: options.backdropLook ?? DEFAULT_RECIPE.backdropLook,
    quietThresholding: options.quietThresholding ?? DEFAULT_RECIPE.quietThresholding,
    smallPrintScale: options.smallPrintScale ?? DEFAULT_RECIPE.smallPrintScale,
  };
  const cache = new OcrCache(options.cacheDir, JSON.stringify({ engineVersion, maxSide: MAX_OCR_SIDE, recipe }));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const found = new Map<string, ImageText>();
  const pending: Pending[] = [];

  const unique = [...new Map(requests.map((request) => [request.path, request])).values()];
  await inParallel(unique, 8, async (request) => {
    if (request.absolutePath === undefined) {
      found.set(request.path, { ok: false, problem: 'outside', detail: `${request.path} is outside the repository` });
      return;
    }
    const bytes = await readImageFile(request.path, request.absolutePath);
    if (!Buffer.isBuffer(bytes)) {
      found.set(request.path, bytes);
      return;
    }
    const cached = await cache.read(cache.key(bytes));
    if (cached) found.set(request.path, { ok: true, ...cached });
    else pending.push({ path: request.path, absolutePath: request.absolutePath });
  });

  if (pending.length > 0) {
    let done = 0;
    const total = pending.length;
    options.onProgress?.(0, total);
    const lanes = Array.from({ length: Math.max(1, Math.min(options.concurrency || availableParallelism(), total)) }, () => new OcrLane());
    const queue = [...pending].sort((a, b) => a.path.localeCompare(b.path));
    let failure: unknown;
    await Promise.all(
      lanes.map(async (lane) => {
        try {
          for (let image = queue.shift(); image && failure === undefined; image = queue.shift()) {
            found.set(image.path, await readOne(image, lane, cache, recipe, timeoutMs));
            options.onProgress?.(++done, total);
          }
        } catch (error) {
          failure ??= error;
        } finally {
          await lane.retire();
        }
      }),
    );
    if (failure !== undefined) throw failure;
  }
  return new Map(unique.map((request) => [request.path, found.get(request.path) as ImageText]));
}

async function readOne(image: Pending, lane: OcrLane, cache: OcrCache, recipe: OcrRecipe, timeoutMs: number): Promise<ImageText> {
  const bytes = await readImageFile(image.path, image.absolutePath);
  if (!Buffer.isBuffer(bytes)) return bytes;
  try {
    const prepared = await prepareImage(bytes, recipe.enhancement);
    const looks = { enhanced: (enhancement: Enhancement) => prepareImage(bytes, enhancement), backdrop: () => prepareBackdropLook(bytes), smallPrint: () => prepareSmallPrintLook(bytes) };
    const words = await lane.run((engine) => recognizeImage(engine, prepared, recipe, looks), timeoutMs);
    const result = { width: prepared.width, height: prepared.height, words };
    await cache.write(cache.key(bytes), result);
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof OcrTimeoutError) return { ok: false, problem: 'timeout', detail: `OCR of ${image.path} took longer than ${timeoutMs} ms` };
    if (error instanceof UnreadableImageError) return { ok: false, problem: 'unreadable', detail: `${image.path}: ${error.message}` };
    if (error instanceof Error && error.name === 'OcrEngineError') throw error;
    return { ok: false, problem: 'unreadable', detail: `${image.path}: OCR failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}` };
  }
}

async function readImageFile(projectPath: string, absolutePath: string): Promise<Buffer | ImageText> {
  try {
    return await readFile(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'missing', detail: `${projectPath} does not exist` };
    return { ok: false, problem: 'unreadable', detail: `${projectPath} cannot be read (${code ?? String(error)})` };
  }
}

async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(width, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

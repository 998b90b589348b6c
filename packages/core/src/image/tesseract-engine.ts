import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, OEM, PSM } from 'tesseract.js';
import type { Worker as TesseractJsWorker } from 'tesseract.js';
import type { BoundingBox } from '../types.js';
import type { EngineRead, OcrEngine } from './ocr-engine.js';
import { OcrEngineError, withTimeout } from './ocr-engine.js';
import { prepareBackdropLook, prepareImage, prepareSmallPrintLook } from './prepare-image.js';
import type { Enhancement } from './prepare-image.js';
import { recognizeImage } from './recognize-image.js';
import type { OcrRecipe } from './recognize-image.js';

const require = createRequire(import.meta.url);

/** Folder of the LSTM-only English model shipped in `@tesseract.js-data/eng`; never downloaded. */
export const languagePath = path.join(path.dirname(require.resolve('@tesseract.js-data/eng')), '4.0.0_best_int');

/** Engine and language data versions, part of the tesseract engine's OCR cache key. */
export const tesseractVersion = `tesseract.js@${packageVersion('tesseract.js')} eng@${packageVersion('@tesseract.js-data/eng')}/4.0.0_best_int psm11`;

/** A word as tesseract returns it, in the pixels of the image it was given. */
export interface RecognizedWord {
  text: string;
  /** 0..100 */
  confidence: number;
  bbox: BoundingBox;
}

/** One tesseract.js worker thread, set up for sparse text (PSM 11) and fully offline. */
export class TesseractWorker {
  private rejectRunning: ((error: Error) => void) | undefined;

  private constructor(private readonly worker: TesseractJsWorker) {
    const thread = (worker as unknown as { worker: NodeWorkerLike | null }).worker;
    // A worker thread that dies mid-job leaves the job pending forever: settle it here.
    thread?.once('exit', (code: number) => this.rejectRunning?.(new Error(`OCR worker exited with code ${code}`)));
  }

  /** Starts a worker; rejects with `OcrEngineError` when it does not come up within `startTimeoutMs`. */
  static async start(startTimeoutMs = 60_000): Promise<TesseractWorker> {
    const dataFile = path.join(languagePath, 'eng.traineddata.gz');
    // createWorker never settles when the language data cannot be loaded: check first.
    if (!existsSync(dataFile)) throw new OcrEngineError(`OCR language data not found: ${dataFile}`);
    const starting = createWorker('eng', OEM.LSTM_ONLY, {
      langPath: languagePath,
      // Any other cache method reads and writes eng.traineddata in the working directory.
      cacheMethod: 'none',
      gzip: true,
      // Without a handler a failed job throws inside tesseract.js's message listener;
      // the job's promise rejects as well, which is where failures are handled.
      errorHandler: () => undefined,
    }).then(async (worker) => {
      await worker.setParameters({
        tessedit_pageseg_mode: PSM.SPARSE_TEXT,
        user_defined_dpi: '300',
        debug_file: '/dev/null',
      } as Parameters<TesseractJsWorker['setParameters']>[0]);
      return worker;
    });
    const worker = await withTimeout(starting, startTimeoutMs, () => new OcrEngineError(`OCR engine did not start within ${startTimeoutMs} ms`));
    return new TesseractWorker(worker);
  }

  /** Recognizes one encoded image (PNG, JPEG, WebP), optionally rotated, and returns its words. */
  async recognize(image: Buffer, rotateRadians = 0, thresholding: Thresholding = 0, layout: PageLayout = 'sparse'): Promise<RecognizedWord[]> {
    const died = new Promise<never>((_, reject) => {
      this.rejectRunning = reject;
    });
    died.catch(() => undefined);
    const result = await Promise.race([
      this.worker.recognize(image, callOptions(rotateRadians, thresholding, layout), { text: false, blocks: true }),
      died,
    ]).finally(() => {
      this.rejectRunning = undefined;
    });
    const words: RecognizedWord[] = [];
    for (const block of result.data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          for (const word of line.words) {
            const { x0, y0, x1, y1 } = word.bbox;
            words.push({ text: word.text, confidence: word.confidence, bbox: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
          }
        }
      }
    }
    return words;
  }

  /** Stops the thread; never waits on a job that is still running. */
  async terminate(): Promise<void> {
    await withTimeout(this.worker.terminate(), 2_000, () => new Error('terminate timed out')).catch(() => undefined);
  }
}

/**
 * tesseract's binarisation (`thresholding_method`): 0 global Otsu (tesseract's default),
 * 1 Leptonica's adaptive (tiled) Otsu, 2 Sauvola. Local methods keep print on a product that
 * a global threshold turns dark together with the product.
 */
export type Thresholding = 0 | 1 | 2;

/** tesseract's page segmentation: sparse text anywhere (PSM 11, the worker's setting) or one line of print (PSM 7). */
export type PageLayout = 'sparse' | 'line';

function callOptions(rotateRadians: number, thresholding: Thresholding, layout: PageLayout): Parameters<TesseractJsWorker['recognize']>[1] {
  // Keys other than the documented ones are set as tesseract parameters for this call only.
  const options: Record<string, number | string> = {};
  if (rotateRadians !== 0) options.rotateRadians = rotateRadians;
  if (thresholding !== 0) options.thresholding_method = String(thresholding);
  if (layout === 'line') options.tessedit_pageseg_mode = PSM.SINGLE_LINE;
  return options as Parameters<TesseractJsWorker['recognize']>[1];
}

interface NodeWorkerLike {
  once(event: 'exit', listener: (code: number) => void): void;
}

function packageVersion(name: string): string {
  const manifest = path.join(path.dirname(require.resolve(name)), 'package.json');
  try {
    return (require(manifest) as { version: string }).version;
  } catch {
    // Packages whose main file sits in a subfolder (tesseract.js: src/index.js).
    return (require(path.join(path.dirname(manifest), '..', 'package.json')) as { version: string }).version;
  }
}

/**
 * The recipe of the tesseract fallback, chosen on the bench (docs/images.md): three rotation
 * passes with adaptive Otsu, a global-Otsu look at quiet images, and a look at product photos
 * with their light backdrop filled.
 */
export const TESSERACT_RECIPE: OcrRecipe = { passes: [0, 10, -10], enhancement: 'none', secondLook: 'none', thresholding: 1, backdropLook: 'upright', quietThresholding: 0, smallPrintScale: 0 };

/** tesseract.js as an `OcrEngine`: each word it reads is a line of its own. */
export class TesseractEngine implements OcrEngine {
  readonly name = 'tesseract' as const;

  private constructor(
    private readonly worker: TesseractWorker,
    private readonly recipe: OcrRecipe,
  ) {}

  static async start(recipe: OcrRecipe = TESSERACT_RECIPE, startTimeoutMs = 60_000): Promise<TesseractEngine> {
    return new TesseractEngine(await TesseractWorker.start(startTimeoutMs), recipe);
  }

  async read(bytes: Buffer): Promise<EngineRead> {
    const prepared = await prepareImage(bytes, this.recipe.enhancement);
    const looks = { enhanced: (enhancement: Enhancement) => prepareImage(bytes, enhancement), backdrop: () => prepareBackdropLook(bytes), smallPrint: () => prepareSmallPrintLook(bytes) };
    const words = await recognizeImage(this.worker, prepared, this.recipe, looks);
    return { width: prepared.width, height: prepared.height, lines: words };
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}

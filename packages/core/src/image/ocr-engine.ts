import type { BoundingBox, OcrEngineName } from '../types.js';

/** The OCR engines: PaddleOCR on onnxruntime (default) and tesseract.js (fallback). */
export type EngineName = OcrEngineName;

export const ENGINE_NAMES: readonly EngineName[] = ['paddle', 'tesseract'];

/**
 * OCR confidence below which a line is ignored, per engine, when `ocr.minConfidence` is not set.
 * Calibrated on the bench and the real photographs (docs/images.md): Paddle's confidences are
 * character probabilities and run high even on clutter; tesseract's are lower on good reads.
 */
export const DEFAULT_MIN_CONFIDENCE: Record<EngineName, number> = { paddle: 0.7, tesseract: 0.6 };

/** A line of text as an engine reads it, in the pixels of the image it was given. */
export interface RecognizedLine {
  text: string;
  /** 0..1 */
  confidence: number;
  bbox: BoundingBox;
  /** The text runs up or down the image (read from a crop much taller than wide). */
  vertical?: boolean;
}

/** What an engine read on one image, in the source image's pixels (after auto-orientation). */
export interface EngineRead {
  width: number;
  height: number;
  lines: RecognizedLine[];
}

/** One OCR engine instance (one worker): reads images one at a time. */
export interface OcrEngine {
  readonly name: EngineName;
  /** Reads one encoded image (its bytes as found on disk). */
  read(bytes: Buffer): Promise<EngineRead>;
  /** Stops the engine; never waits on a job that is still running. */
  terminate(): Promise<void>;
}

/** The engine did not start (missing models or language data, hung start-up); nothing to do with an image. */
export class OcrEngineError extends Error {
  override name = 'OcrEngineError';
}

/** onnxruntime cannot load on this platform (no prebuilt binary): the caller may fall back to tesseract. */
export class EngineUnavailableError extends OcrEngineError {
  override name = 'EngineUnavailableError';
}

/** Settles with `promise`, or rejects with `onTimeout()` after `ms`; the timer never holds the process. */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
    timer.unref();
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

import type { OcrEngine } from './ocr-engine.js';
import { withTimeout } from './ocr-engine.js';

/**
 * Resident memory above which a tesseract lane drops its worker after a job (WASM memory never
 * shrinks). Paddle workers hold their models in native memory (about 0.5 GB each) and are kept.
 */
export const RECYCLE_RSS_BYTES = 512 * 1024 * 1024;

/** The job ran past its time limit; its worker was replaced. */
export class OcrTimeoutError extends Error {
  override name = 'OcrTimeoutError';
}

/**
 * One slot of the worker pool: holds at most one engine, started on first use, replaced
 * after a timeout or a crash; a tesseract engine is also recycled when the process grows past
 * `RECYCLE_RSS_BYTES`.
 */
export class OcrLane {
  private engine: OcrEngine | undefined;
  /** Engines being stopped in the background (a timed-out Paddle worker finishes its job first). */
  private readonly stopping = new Set<Promise<void>>();

  constructor(private readonly start: () => Promise<OcrEngine>) {}

  /** Runs `job` on this lane's engine within `timeoutMs`; rejects with `OcrTimeoutError` on timeout. */
  async run<T>(job: (engine: OcrEngine) => Promise<T>, timeoutMs: number): Promise<T> {
    this.engine ??= await this.start();
    const engine = this.engine;
    try {
      const result = await withTimeout(job(engine), timeoutMs, () => new OcrTimeoutError(`OCR took longer than ${timeoutMs} ms`));
      if (engine.name === 'tesseract' && process.memoryUsage.rss() > RECYCLE_RSS_BYTES) await this.retire();
      return result;
    } catch (error) {
      // A timed-out job may never settle and a crashed worker is gone: the next job gets a new
      // engine at once while this one stops in the background.
      if (error instanceof OcrTimeoutError || /exited/.test(String(error))) this.drop();
      throw error;
    }
  }

  /** Stops the engine, if any, and waits for every engine of this lane to stop; the lane can still run jobs afterwards. */
  async retire(): Promise<void> {
    this.drop();
    await Promise.all(this.stopping);
  }

  /** Lets go of the engine: it stops in the background. */
  private drop(): void {
    const engine = this.engine;
    this.engine = undefined;
    if (engine === undefined) return;
    const stopped: Promise<void> = engine.terminate().finally(() => this.stopping.delete(stopped));
    this.stopping.add(stopped);
  }
}

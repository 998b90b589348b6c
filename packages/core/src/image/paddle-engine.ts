import { Worker } from 'node:worker_threads';
import type { EngineRead, OcrEngine, RecognizedLine } from './ocr-engine.js';
import { EngineUnavailableError, OcrEngineError, withTimeout } from './ocr-engine.js';
import type { FromPaddleWorker, PaddleWorkerData, ToPaddleWorker } from './paddle-worker.js';
import { mergeLines, readingOrder, TURNED_LOOKS, type RgbImage } from './paddle-reader.js';
import { preparePixels } from './prepare-image.js';
import { boxFromTurned, boxToTurned, turnPixels } from './turned-look.js';

/** How a Paddle worker starts. */
export interface PaddleStartOptions {
  /** Time to wait for the models (default 60 s). */
  startTimeoutMs?: number;
  /** onnxruntime threads per session (default 1). */
  threads?: number;
  /** Module imported as onnxruntime in the worker (default `onnxruntime-node`); a test seam. */
  runtime?: string;
  /** Angles (degrees, clockwise) of extra looks at the whole image turned (`TURNED_LOOKS`); none by default. */
  turned?: readonly number[];
}

/** How long a stopping worker may take to finish the job in flight before it is terminated all the same. */
const SETTLE_MS = 120_000;

/** Heap limits of a Paddle worker: the models live in onnxruntime's native memory, not the JS heap. */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 512 };

/**
 * PaddleOCR in one worker thread (models loaded once, one onnxruntime thread): the main thread
 * decodes the image with sharp and hands the worker its RGB pixels.
 */
export class PaddleEngine implements OcrEngine {
  readonly name = 'paddle' as const;
  private nextId = 0;
  /** Set by `terminate`: no new job starts; the one in flight is let finish first. */
  private closing = false;
  private readonly waiting = new Map<number, { resolve(lines: RecognizedLine[]): void; reject(error: Error): void }>();

  private constructor(
    private readonly worker: Worker,
    private readonly turnedAngles: readonly number[],
  ) {
    worker.on('message', (message: FromPaddleWorker) => {
      if (message.kind !== 'lines' && message.kind !== 'error') return;
      const job = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.kind === 'lines') job?.resolve(message.lines);
      else job?.reject(new Error(message.message));
    });
    // A thread that dies mid-job would leave its job pending forever: settle every job here.
    const fail = (error: Error) => {
      for (const job of this.waiting.values()) job.reject(error);
      this.waiting.clear();
    };
    worker.on('error', (error) => fail(error instanceof Error ? error : new Error(String(error))));
    worker.on('exit', (code) => fail(new Error(`OCR worker exited with code ${code}`)));
  }

  /** Starts a worker and waits for its models; `EngineUnavailableError` when onnxruntime cannot load. */
  static async start({ startTimeoutMs = 60_000, threads = 1, runtime, turned = [] }: PaddleStartOptions = {}): Promise<PaddleEngine> {
    const worker = startWorker({ threads, ...(runtime === undefined ? {} : { runtime }) });
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: FromPaddleWorker) => {
        if (message.kind === 'ready') resolve();
        else if (message.kind === 'unavailable') reject(new EngineUnavailableError(message.message));
        else if (message.kind === 'failed') reject(new OcrEngineError(`PaddleOCR did not start: ${message.message}`));
        else return;
        worker.off('message', onMessage);
      };
      worker.on('message', onMessage);
      worker.once('error', (error) => reject(new OcrEngineError(`PaddleOCR worker failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`)));
      worker.once('exit', (code) => reject(new OcrEngineError(`PaddleOCR worker exited with code ${code} while starting`)));
    });
    try {
      await withTimeout(ready, startTimeoutMs, () => new OcrEngineError(`PaddleOCR did not start within ${startTimeoutMs} ms`));
    } catch (error) {
      await worker.terminate().catch(() => undefined);
      throw error;
    }
    return new PaddleEngine(worker, turned);
  }

  async read(bytes: Buffer): Promise<EngineRead> {
    const pixels = await preparePixels(bytes);
    const upright: RgbImage = { width: pixels.pixelWidth, height: pixels.pixelHeight, data: pixels.data };
    // The turned copies are made (by sharp, off this thread) while the worker reads the upright image.
    const turning = Promise.all(this.turnedAngles.map(async (degrees) => ({ degrees, image: await turnPixels(upright, degrees) })));
    turning.catch(() => undefined);
    // The worker gets its own copy while the upright pixels are still being turned here.
    const first = await this.ask({ id: this.nextId++, image: this.turnedAngles.length > 0 ? { ...upright, data: upright.data.slice() } : upright });
    let lines = first;
    const known = first.filter((line) => line.confidence >= TURNED_LOOKS.known).map((line) => line.bbox);
    for (const { degrees, image } of await turning) {
      const turned = await this.ask({ id: this.nextId++, image, known: known.map((box) => boxToTurned(box, degrees, upright, image)) });
      lines = mergeLines(lines, turned.map((line) => ({ ...line, bbox: boxFromTurned(line.bbox, degrees, image, upright) })));
    }
    lines = readingOrder(lines);
    const { scale, width, height } = pixels;
    return {
      width,
      height,
      lines: lines.map((line) => ({ ...line, confidence: Math.round(line.confidence * 1000) / 1000, bbox: toSource(line.bbox, scale, width, height) })),
    };
  }

  /** One look by the worker; the pixels are handed over, not copied. */
  private ask(job: ToPaddleWorker): Promise<RecognizedLine[]> {
    if (this.closing) return Promise.reject(new OcrEngineError('the PaddleOCR worker is stopping'));
    return new Promise<RecognizedLine[]>((resolve, reject) => {
      this.waiting.set(job.id, { resolve, reject });
      this.worker.postMessage(job, [job.image.data.buffer as ArrayBuffer]);
    });
  }

  /**
   * Stops the worker once it is idle. A thread terminated while onnxruntime runs a session aborts
   * the whole process (its native callback throws into a torn-down environment), so a job that
   * timed out is let finish first, up to `SETTLE_MS`, while the lane goes on with a new worker.
   */
  async terminate(): Promise<void> {
    this.closing = true;
    if (this.waiting.size > 0) {
      const settled = new Promise<void>((resolve) => {
        const check = () => {
          if (this.waiting.size > 0) return;
          this.worker.off('message', check);
          resolve();
        };
        this.worker.on('message', check);
        this.worker.once('exit', () => resolve());
      });
      await withTimeout(settled, SETTLE_MS, () => new Error('settle timed out')).catch(() => undefined);
    }
    await withTimeout(this.worker.terminate(), 2_000, () => new Error('terminate timed out')).catch(() => undefined);
  }
}

function startWorker(workerData: PaddleWorkerData): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./paddle-worker.js', import.meta.url), { workerData, resourceLimits: RESOURCE_LIMITS });
  // From TypeScript sources (tests under tsx): register tsx's loader first, then import the worker.
  const script = new URL('./paddle-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
  return new Worker(code, { eval: true, workerData, resourceLimits: RESOURCE_LIMITS });
}

function toSource(box: { x: number; y: number; width: number; height: number }, scale: number, width: number, height: number) {
  const x = Math.max(0, Math.min(width, Math.round(box.x * scale)));
  const y = Math.max(0, Math.min(height, Math.round(box.y * scale)));
  const right = Math.max(x, Math.min(width, Math.round((box.x + box.width) * scale)));
  const bottom = Math.max(y, Math.min(height, Math.round((box.y + box.height) * scale)));
  return { x, y, width: right - x, height: bottom - y };
}

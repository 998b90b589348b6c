import { Worker } from 'node:worker_threads';
import type { EngineRead, OcrEngine, RecognizedLine } from './ocr-engine.js';
import { EngineUnavailableError, OcrEngineError, withTimeout } from './ocr-engine.js';
import type { FromPaddleWorker, PaddleWorkerData, ToPaddleWorker } from './paddle-worker.js';
import { preparePixels } from './prepare-image.js';

/** How a Paddle worker starts. */
export interface PaddleStartOptions {
  /** Time to wait for the models (default 60 s). */
  startTimeoutMs?: number;
  /** onnxruntime threads per session (default 1). */
  threads?: number;
  /** Module imported as onnxruntime in the worker (default `onnxruntime-node`); a test seam. */
  runtime?: string;
}

/** Heap limits of a Paddle worker: the models live in onnxruntime's native memory, not the JS heap. */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 512 };

/**
 * PaddleOCR in one worker thread (models loaded once, one onnxruntime thread): the main thread
 * decodes the image with sharp and hands the worker its RGB pixels.
 */
export class PaddleEngine implements OcrEngine {
  readonly name = 'paddle' as const;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve(lines: RecognizedLine[]): void; reject(error: Error): void }>();

  private constructor(private readonly worker: Worker) {
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
  static async start({ startTimeoutMs = 60_000, threads = 1, runtime }: PaddleStartOptions = {}): Promise<PaddleEngine> {
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
    return new PaddleEngine(worker);
  }

  async read(bytes: Buffer): Promise<EngineRead> {
    const pixels = await preparePixels(bytes);
    const id = this.nextId++;
    const lines = await new Promise<RecognizedLine[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const job: ToPaddleWorker = { id, image: { width: pixels.pixelWidth, height: pixels.pixelHeight, data: pixels.data } };
      this.worker.postMessage(job, [pixels.data.buffer as ArrayBuffer]);
    });
    const { scale, width, height } = pixels;
    return {
      width,
      height,
      lines: lines.map((line) => ({ ...line, confidence: Math.round(line.confidence * 1000) / 1000, bbox: toSource(line.bbox, scale, width, height) })),
    };
  }

  async terminate(): Promise<void> {
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

import { parentPort, workerData } from 'node:worker_threads';
import { EngineUnavailableError } from './ocr-engine.js';
import { PaddleReader } from './paddle-reader.js';
import type { OnnxRuntime, RgbImage } from './paddle-reader.js';
import type { BoundingBox } from '../types.js';

/** Messages from the Paddle worker thread. */
export type FromPaddleWorker =
  | { kind: 'ready' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'lines'; id: number; lines: Awaited<ReturnType<PaddleReader['read']>> }
  | { kind: 'error'; id: number; message: string };

/** What a Paddle worker thread is started with. */
export interface PaddleWorkerData {
  /** onnxruntime threads per session. */
  threads: number;
  /** Module to import as onnxruntime instead of `onnxruntime-node` (a test seam: functions cannot cross into a thread). */
  runtime?: string;
}

/** A job for the Paddle worker thread. */
export interface ToPaddleWorker {
  id: number;
  image: RgbImage;
  /** A turned look: boxes already read (in this image's pixels) are skipped, and there is no second look. */
  known?: BoundingBox[];
}

const port = parentPort;
if (port) {
  const { threads = 1, runtime } = (workerData ?? {}) as Partial<PaddleWorkerData>;
  let reader: PaddleReader | undefined;
  try {
    reader = await PaddleReader.load(threads, runtime === undefined ? undefined : () => import(runtime) as Promise<OnnxRuntime>);
    port.postMessage({ kind: 'ready' } satisfies FromPaddleWorker);
  } catch (error) {
    // The reader tells an unusable onnxruntime (import or session creation threw) from any other failure.
    const message = String(error instanceof Error ? error.message : error).split('\n')[0];
    port.postMessage({ kind: error instanceof EngineUnavailableError ? 'unavailable' : 'failed', message } satisfies FromPaddleWorker);
  }
  port.on('message', async ({ id, image, known }: ToPaddleWorker) => {
    try {
      if (!reader) throw new Error('PaddleOCR did not load');
      const lines = await reader.read(image, known === undefined ? {} : { secondLook: false, known });
      port.postMessage({ kind: 'lines', id, lines } satisfies FromPaddleWorker);
    } catch (error) {
      port.postMessage({ kind: 'error', id, message: String(error instanceof Error ? error.message : error).split('\n')[0] } satisfies FromPaddleWorker);
    }
  });
}

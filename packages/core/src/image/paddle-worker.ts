import { parentPort, workerData } from 'node:worker_threads';
import { PaddleReader } from './paddle-reader.js';
import type { RgbImage } from './paddle-reader.js';

/** Messages from the Paddle worker thread. */
export type FromPaddleWorker =
  | { kind: 'ready' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'lines'; id: number; lines: Awaited<ReturnType<PaddleReader['read']>> }
  | { kind: 'error'; id: number; message: string };

/** A job for the Paddle worker thread. */
export interface ToPaddleWorker {
  id: number;
  image: RgbImage;
}

const port = parentPort;
if (port) {
  const threads = (workerData as { threads?: number } | undefined)?.threads ?? 1;
  let reader: PaddleReader | undefined;
  try {
    reader = await PaddleReader.load(threads);
    port.postMessage({ kind: 'ready' } satisfies FromPaddleWorker);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A missing native binding or library means onnxruntime cannot run here at all.
    const unavailable = /onnxruntime|binding|\.node\b|\.so\b|GLIBC|dlopen|Cannot find module/i.test(message);
    port.postMessage({ kind: unavailable ? 'unavailable' : 'failed', message: message.split('\n')[0] } satisfies FromPaddleWorker);
  }
  port.on('message', async ({ id, image }: ToPaddleWorker) => {
    try {
      if (!reader) throw new Error('PaddleOCR did not load');
      port.postMessage({ kind: 'lines', id, lines: await reader.read(image) } satisfies FromPaddleWorker);
    } catch (error) {
      port.postMessage({ kind: 'error', id, message: String(error instanceof Error ? error.message : error).split('\n')[0] } satisfies FromPaddleWorker);
    }
  });
}

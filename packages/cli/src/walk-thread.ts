import { Worker } from 'node:worker_threads';
import { simpleEndings, walk, type ReadDir, type Walked } from './walk.js';

/**
 * `walkSimple` on a thread of its own, so that the caller's thread prepares the lint meanwhile
 * (reads the result cache, compiles the watchlist): listing 20,000 folders takes about 0.4 s.
 * The worker loads only node:fs and node:path; `withStats`, it also takes each file's stat (for
 * the result cache, while the caller reads the cache). Where a worker cannot run (sources run by
 * tsx in tests, a failed start), or folders are listed by `readDir` (tests), the walk runs here.
 */
export function walkInThread(patterns: string[], base: string, withStats = false, readDir?: ReadDir): Promise<Walked> {
  const here = () => walk(patterns, base, withStats, readDir);
  if (simpleEndings(patterns) === undefined) return Promise.resolve({ files: undefined, unreadable: [] });
  if (readDir || import.meta.url.endsWith('.ts')) return Promise.resolve(here());
  let worker: Worker;
  try {
    worker = new Worker(new URL('./walk-worker.js', import.meta.url), { workerData: { patterns, base, withStats } });
  } catch {
    return Promise.resolve(here());
  }
  return new Promise((resolve) => {
    worker.once('message', (walked: Walked) => resolve(walked));
    worker.once('error', () => resolve(here()));
  });
}

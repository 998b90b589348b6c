import { Worker } from 'node:worker_threads';
import { simpleEndings, walkSimple, type UnreadableFolder } from './walk.js';

/** What a walk found: the files (undefined when a pattern is not of the simple shape) and the folders it could not list. */
export interface Walked {
  files: string[] | undefined;
  unreadable: UnreadableFolder[];
  /** With `withStats`: `STAT_FIELDS` numbers per file (walk.ts). */
  stats?: number[];
}

/**
 * `walkSimple` on a thread of its own, so that the caller's thread prepares the lint meanwhile
 * (reads the result cache, compiles the watchlist): listing 20,000 folders takes about 0.4 s.
 * The worker loads only node:fs and node:path; `withStats`, it also takes each file's stat (for
 * the result cache, while the caller reads the cache). Where a worker cannot run (sources run by tsx in
 * tests, a failed start), the walk runs here.
 */
export function walkInThread(patterns: string[], base: string, withStats = false): Promise<Walked> {
  const here = (): Walked => {
    const unreadable: UnreadableFolder[] = [];
    const stats: number[] | undefined = withStats ? [] : undefined;
    return { files: walkSimple(patterns, base, undefined, unreadable, stats), unreadable, ...(stats ? { stats } : {}) };
  };
  if (simpleEndings(patterns) === undefined) return Promise.resolve({ files: undefined, unreadable: [] });
  if (import.meta.url.endsWith('.ts')) return Promise.resolve(here());
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

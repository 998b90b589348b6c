// The folder walk's thread (walk-thread.ts): walks once and answers with the files found.
import { parentPort, workerData } from 'node:worker_threads';
import { walkSimple, type UnreadableFolder } from './walk.js';

const { patterns, base, withStats } = workerData as { patterns: string[]; base: string; withStats: boolean };
const unreadable: UnreadableFolder[] = [];
const stats: number[] | undefined = withStats ? [] : undefined;
const files = walkSimple(patterns, base, undefined, unreadable, stats);
parentPort!.postMessage({ files, unreadable, ...(stats ? { stats } : {}) });

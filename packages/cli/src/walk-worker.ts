// The folder walk's thread (walk-thread.ts): walks once and answers with the files found.
import { parentPort, workerData } from 'node:worker_threads';
import { walk } from './walk.js';

const { patterns, base, withStats } = workerData as { patterns: string[]; base: string; withStats: boolean };
parentPort!.postMessage(walk(patterns, base, withStats));

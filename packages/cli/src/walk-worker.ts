// The folder walk's thread (walk-thread.ts): walks once and answers with the files found.
import { parentPort, workerData } from 'node:worker_threads';
import { walkSimple, type UnreadableFolder } from './walk.js';

const { patterns, base } = workerData as { patterns: string[]; base: string };
const unreadable: UnreadableFolder[] = [];
const files = walkSimple(patterns, base, undefined, unreadable);
parentPort!.postMessage({ files, unreadable });

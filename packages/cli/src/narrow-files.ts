import path from 'node:path';
import { filesChangedSince } from './changed.js';
import { inShard, parseShard } from './shard.js';

/** The flags and places that narrow a run to part of the discovered files. */
export interface NarrowOptions {
  shard?: string;
  changedSince?: string;
  cwd: string;
  root: string;
  /** Files whose change means "lint everything" for `--changed-since`: config and watchlists. */
  triggers: string[];
}

/**
 * Applies `--shard K/N` (by the path relative to the project root, so every job agrees) and
 * `--changed-since REF` to the discovered listing files.
 */
export async function narrowFiles(files: string[], options: NarrowOptions): Promise<string[]> {
  let kept = files;
  if (options.shard !== undefined) {
    const { index, count } = parseShard(options.shard);
    kept = kept.filter((file) => inShard(path.relative(options.root, file).split(path.sep).join('/'), index, count));
  }
  if (options.changedSince !== undefined) {
    const changed = new Set(
      await filesChangedSince({ files: kept, root: options.root, cwd: options.cwd, ref: options.changedSince, triggers: options.triggers }),
    );
    kept = kept.filter((file) => changed.has(path.resolve(file)));
  }
  return kept;
}

/** Whether a run lints only part of the project (then `--update-baseline` keeps other files' entries). */
export function isPartialRun(options: { shard?: string; changedSince?: string; patterns: string[] }): boolean {
  return options.shard !== undefined || options.changedSince !== undefined || options.patterns.length > 0;
}

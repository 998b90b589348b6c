import { createHash } from 'node:crypto';
import { UsageError } from './usage-error.js';

/** One shard of a run: the K-th (1-based) of N. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `--shard K/N` (1 ≤ K ≤ N); anything else is a usage error. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count || !Number.isSafeInteger(count)) {
    throw new UsageError(`Invalid --shard ${JSON.stringify(text)}: expected K/N with 1 ≤ K ≤ N, such as 2/4`);
  }
  return { index, count };
}

/**
 * Whether a listing file belongs to shard `index` of `count`. The partition hashes the path
 * (relative to the project root, forward slashes), so it does not depend on which other
 * files exist or on the order they were found: N jobs cover every file exactly once.
 */
export function inShard(filePath: string, index: number, count: number): boolean {
  const normalised = filePath.replace(/\\/g, '/').replace(/^\.\//, '');
  const digest = createHash('sha256').update(normalised).digest();
  return digest.readUInt32BE(0) % count === index - 1;
}

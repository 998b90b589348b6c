// The folder walk for include patterns of the simple shape: only node:fs and node:path, so that
// it loads in a moment on a thread of its own (walk-thread.ts).
import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';

/** `dir/**\/*.ext` or `dir/**\/*.{a,b}` (the default include is of these shapes): a folder and name endings. */
const simplePattern = /^((?:[\w-][\w.-]*\/)*)\*\*\/\*\.(?:([\w-][\w.-]*)|\{([\w-][\w.-]*(?:,[\w-][\w.-]*)+)\})$/;

/** Folder → name endings of patterns of the simple shape; undefined when any pattern has another shape. */
export function simpleEndings(patterns: string[]): Map<string, string[]> | undefined {
  const endings = new Map<string, string[]>();
  for (const pattern of patterns) {
    const match = simplePattern.exec(pattern);
    if (!match) return undefined;
    const suffixes = (match[2] ?? match[3]).split(',').map((ending) => `.${ending}`);
    endings.set(match[1], [...(endings.get(match[1]) ?? []), ...suffixes]);
  }
  return endings;
}

/**
 * Walks for patterns of the simple shape without a glob engine (a fifth faster, and
 * fast-glob is not even loaded), with fast-glob's rules: no dot files or folders, no
 * symbolic links, no node_modules or .git; undefined when any pattern has another shape.
 * With `stats`, each file's size, inode, modification and change times are added to it (NaN
 * where the file cannot be stat'ed), for the result cache's stat signatures.
 */
export function walkSimple(
  patterns: string[],
  base: string,
  readDir: ReadDir = readdirSync,
  unreadable: UnreadableFolder[] = [],
  stats?: number[],
): string[] | undefined {
  const endings = simpleEndings(patterns);
  if (endings === undefined) return undefined;
  const files: string[] = [];
  const walk = (dir: string, suffixes: string[]) => {
    let entries;
    try {
      entries = readDir(dir, { withFileTypes: true });
    } catch (error) {
      // A folder that is not there is simply empty (the include of a format with no files).
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') unreadable.push({ folder: dir, code });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path.join(dir, entry.name), suffixes);
      } else if (entry.isFile() && suffixes.some((suffix) => entry.name.endsWith(suffix) && entry.name.length > suffix.length)) {
        const file = path.join(dir, entry.name);
        files.push(file);
        if (stats) pushStat(stats, file);
      }
    }
  };
  for (const [folder, suffixes] of endings) walk(path.join(base, folder), suffixes);
  return files;
}

/** How `walkSimple` lists a folder: `readdirSync`'s shape. */
export type ReadDir = (dir: string, options: { withFileTypes: true }) => Dirent[];

/** A folder the walk could not list, and the error code. */
export interface UnreadableFolder {
  folder: string;
  code: string;
}

/** Numbers of one file's stat per file in `walkSimple`'s `stats`. */
export const STAT_FIELDS = 4;

function pushStat(stats: number[], file: string): void {
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isFile()) {
      stats.push(stat.size, stat.ino, stat.mtimeMs, stat.ctimeMs);
      return;
    }
  } catch {
    // Stat'ed again (and reported) when it is read.
  }
  stats.push(Number.NaN, Number.NaN, Number.NaN, Number.NaN);
}

/** What a walk found: the files (undefined when a pattern is not of the simple shape) and the folders it could not list. */
export interface Walked {
  files: string[] | undefined;
  unreadable: UnreadableFolder[];
  /** With `withStats`: `STAT_FIELDS` numbers per file. */
  stats?: number[];
}

/** `walkSimple` with what it found gathered (and each file's stat numbers when `withStats`). */
export function walk(patterns: string[], base: string, withStats: boolean, readDir: ReadDir = readdirSync): Walked {
  const unreadable: UnreadableFolder[] = [];
  const stats: number[] | undefined = withStats ? [] : undefined;
  return { files: walkSimple(patterns, base, readDir, unreadable, stats), unreadable, ...(stats ? { stats } : {}) };
}

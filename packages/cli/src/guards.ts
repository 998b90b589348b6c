import { statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * File endings of listings and images: a report is never written onto one. Text exports (`.txt`,
 * `.csv`, `.tsv`) are refused only when they are being linted: a `report.txt` is a fine name.
 */
const protectedEndings = /\.(?:md|markdown|listing\.json|xlsx|xlsm|jpe?g|png|webp|gif|tiff?|avif|bmp)$/i;

/** What is at a path: a regular file, a folder, something else (device, pipe, socket), or nothing. */
export function kindOf(file: string): 'file' | 'folder' | 'other' | undefined {
  try {
    const stat = statSync(file);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  } catch {
    return undefined;
  }
}

/**
 * Refuses an `--output` that would overwrite a listing, an image or a folder, or land inside the
 * cache: listinglint never writes to the files it checks (a usage error, exit 2, before any work).
 */
export function checkOutput(output: string, options: { cwd: string; files: readonly string[]; cacheDir?: string }): void {
  const file = path.resolve(options.cwd, output);
  const kind = kindOf(file);
  if (kind === 'folder') throw new UsageError(`--output ${output} is a folder: name a file for the report`);
  if (kind === 'other') throw new UsageError(`--output ${output} is not a regular file (a device, pipe or socket): name a file for the report`);
  if (options.files.includes(file)) throw new UsageError(`--output ${output} is a file being linted: listinglint never writes onto listings; name another file`);
  if (protectedEndings.test(file)) {
    throw new UsageError(`--output ${output} has the ending of a listing or an image file: name the report e.g. listinglint-report.json`);
  }
  if (options.cacheDir !== undefined && !path.relative(options.cacheDir, file).startsWith('..')) {
    throw new UsageError(`--output ${output} is inside the cache folder ${path.relative(options.cwd, options.cacheDir) || '.'}: name a file outside it`);
  }
}

/** Refuses a cache location that exists and is not a folder (exit 2 with one line, before any work). */
export function checkCacheLocation(cacheDir: string, shown: string): void {
  const kind = kindOf(cacheDir);
  if (kind === 'file' || kind === 'other') {
    throw new UsageError(`The cache location ${shown} is not a folder: name a folder with --cache-location, or run with --no-cache`);
  }
}

/** A path or glob that matched no file, or a run with nothing to lint, is a usage error naming what was searched, as in ESLint. */
export function checkSomethingFound(searched: { files: readonly string[]; unmatched: readonly string[]; patterns: readonly string[]; include: readonly string[] }): void {
  const missed = searched.unmatched.length > 0 ? searched.unmatched : searched.files.length === 0 ? searched.patterns : [];
  if (missed.length > 0) throw new UsageError(`No files matched ${missed.map((pattern) => `\`${pattern}\``).join(', ')}: check the paths or globs`);
  if (searched.files.length > 0) return;
  throw new UsageError(
    `No files matched the include globs ${searched.include.map((pattern) => `\`${pattern}\``).join(', ')}: set \`include\` in listinglint.config.yaml or name files`,
  );
}

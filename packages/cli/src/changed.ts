import { execFile } from 'node:child_process';
import { readFile, realpath } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { listingFormat, readListingFile } from '@listinglint/core';
import { UsageError } from './usage-error.js';

const run = promisify(execFile);

/** A listing file and the images it references, as absolute paths. */
export interface ChangeCandidate {
  file: string;
  images: readonly (string | undefined)[];
}

/** Runs git in `cwd`; a failure becomes `undefined` unless git itself is missing. */
async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError('--changed-since needs git, and git is not installed (or not on PATH)');
    }
    return undefined;
  }
}

/**
 * Files changed since `ref` as absolute paths under `root`: committed since the merge base
 * of `ref` and HEAD, staged, unstaged and untracked (minus what git ignores). Deleted files
 * are included; callers only lint files that exist.
 */
export async function changedFiles(root: string, ref: string): Promise<Set<string>> {
  const top = (await git(root, ['rev-parse', '--show-toplevel']))?.trim();
  if (!top) throw new UsageError(`--changed-since needs a git repository, and ${root} is not inside one`);
  const commit = (await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))?.trim();
  if (!commit) {
    throw new UsageError(
      `--changed-since ${ref}: no such git commit or ref in ${top} (in CI, fetch it first: actions/checkout with fetch-depth: 0)`,
    );
  }
  // Against the merge base, a branch is not blamed for what landed on `ref` after it forked.
  const base = (await git(top, ['merge-base', commit, 'HEAD']))?.trim() || commit;
  const tracked = await git(top, ['diff', '--name-only', '--no-renames', '-z', base, '--']);
  const untracked = await git(top, ['ls-files', '--others', '--exclude-standard', '-z']);
  if (tracked === undefined || untracked === undefined) {
    throw new UsageError(`--changed-since ${ref}: git could not list the changed files in ${top}`);
  }
  // git prints real paths; map them into the caller's spelling of the root (it may be a symlink).
  const realRoot = await realpath(root);
  const names = `${tracked}${untracked}`.split('\0').filter((name) => name !== '');
  return new Set(names.map((name) => join(resolve(root), relative(realRoot, resolve(top, name)))));
}

/**
 * The listings to lint in a `--changed-since` run: those whose file or any referenced image
 * changed; every listing when one of `triggers` (the config, a watchlist) changed.
 */
export function selectChanged<T extends ChangeCandidate>(
  listings: readonly T[],
  changed: ReadonlySet<string>,
  triggers: readonly string[],
): T[] {
  const touched = (path: string | undefined): boolean => path !== undefined && changed.has(resolve(path));
  if (triggers.some(touched)) return [...listings];
  return listings.filter((listing) => touched(listing.file) || listing.images.some(touched));
}

/** What {@link filesChangedSince} needs: the candidate files and where the project is. */
export interface ChangedSinceOptions {
  /** Absolute paths of the listing files the run would lint. */
  files: readonly string[];
  /** Absolute project root (images outside it are not followed). */
  root: string;
  /** Absolute working directory. */
  cwd: string;
  ref: string;
  /** Absolute paths whose change means "lint everything": the config and watchlist files. */
  triggers: readonly string[];
}

/**
 * The subset of `files` a `--changed-since` run lints. Unchanged listing files are read
 * (front matter only) just when some other file changed, to see if it is one of their images.
 */
export async function filesChangedSince(options: ChangedSinceOptions): Promise<string[]> {
  const changed = await changedFiles(options.root, options.ref);
  const files = options.files.map((file) => resolve(file));
  const candidates = new Set(files);
  if (options.triggers.some((trigger) => changed.has(resolve(trigger)))) return files;
  if ([...changed].every((path) => candidates.has(path))) return files.filter((file) => changed.has(file));
  const listings = await Promise.all(
    files.map(async (file): Promise<ChangeCandidate> => ({ file, images: changed.has(file) ? [] : await imagesOf(file, options) })),
  );
  return selectChanged(listings, changed, []).map((listing) => listing.file);
}

/** Absolute paths of the images a listing file references; none when it cannot be read. */
async function imagesOf(file: string, options: ChangedSinceOptions): Promise<(string | undefined)[]> {
  const format = listingFormat(file);
  if (!format) return [];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  const shown = relative(options.cwd, file).split(sep).join('/');
  const { result } = readListingFile(text, format, { file: shown, absolutePath: file, root: options.root, cwd: options.cwd }, false);
  return result.kind === 'listings' ? result.listings.flatMap((listing) => listing.images.map((image) => image.absolutePath)) : [];
}

import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
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

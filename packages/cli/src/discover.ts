import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defaultInclude, type FileStat } from '@listinglint/core';
import { UsageError } from './usage-error.js';
import { STAT_FIELDS, type ReadDir, type UnreadableFolder } from './walk.js';
import { walkInThread } from './walk-thread.js';

export { walkSimple, type ReadDir, type UnreadableFolder } from './walk.js';

const alwaysIgnored = ['**/node_modules/**', '**/.git/**'];

/** What to lint: absolute file paths, and those named on the command line. */
export interface Discovered {
  files: string[];
  explicit: Set<string>;
  /** Paths or globs named on the command line that matched no file. */
  unmatched: string[];
  /** With `withStats`: the stats the walk took of the files it found, by absolute path. */
  stats?: Map<string, FileStat>;
}

/**
 * Finds listing files: the config's `include` globs from the project root, or the paths and
 * globs given on the command line (from the working directory); minus `ignore`,
 * node_modules, .git and what the root `.gitignore` ignores. Files named explicitly are
 * linted even when ignored, as ESLint does.
 */
export async function discoverFiles(options: {
  cwd: string;
  root: string;
  patterns: string[];
  include: string[];
  ignore: string[];
  /** How folders are listed (tests inject failures); `readdirSync` by default. */
  readDir?: ReadDir;
  /** Take the stat of every file the folder walk finds (for the result cache), on the walk's thread. */
  withStats?: boolean;
}): Promise<Discovered> {
  const { cwd, root } = options;
  const gitignoreFile = path.join(root, '.gitignore');
  const gitignoreText = existsSync(gitignoreFile) ? readFileSync(gitignoreFile, 'utf8') : '';
  // Without any pattern nothing is ignored: skip the per-file check (20,000 paths cost 60 ms).
  // The matcher loads while the folders are walked.
  const ignoring: Promise<(absolute: string) => boolean> =
    options.ignore.length > 0 || /^\s*[^#\s]/m.test(gitignoreText)
      ? import('ignore').then(({ default: ignore }) => {
          const gitignore = ignore().add(gitignoreText).add(options.ignore);
          return (absolute: string) => {
            const relative = path.relative(root, absolute).split(path.sep).join('/');
            return relative.startsWith('..') || path.isAbsolute(relative) || !gitignore.ignores(relative);
          };
        })
      : Promise.resolve(() => true);
  const explicit = new Set<string>();
  const found = new Set<string>();
  const unmatched: string[] = [];
  const stats = options.withStats ? new Map<string, FileStat>() : undefined;
  const glob = async (patterns: string[], base: string) => {
    // The simple walk runs on a thread of its own (unless a test lists the folders): the caller
    // prepares the lint meanwhile (`prepareProjectLint`).
    const walking = walkInThread(patterns, base, stats !== undefined, options.readDir);
    const kept = await ignoring;
    const { files: walked, unreadable, stats: numbers } = await walking;
    if (walked && stats && numbers) addStats(stats, walked, numbers, kept);
    if (walked) {
      // A folder that cannot be listed is never skipped silently, unless it is ignored.
      const blocking = unreadable.find(({ folder }) => kept(path.join(folder, '_')));
      if (blocking) throw unreadableFolder(blocking, cwd);
      for (const file of walked) if (kept(file)) found.add(file);
      return;
    }
    const { default: fg } = await import('fast-glob');
    // The synchronous walk is twice as fast as the asynchronous one on 20,000 files.
    let files: string[];
    try {
      files = fg.sync(patterns, { cwd: base, absolute: true, ignore: alwaysIgnored, dot: false, followSymbolicLinks: false, onlyFiles: true, suppressErrors: false });
    } catch (error) {
      const { code, path: folder } = error as NodeJS.ErrnoException;
      if (code === undefined || folder === undefined) throw error;
      throw unreadableFolder({ folder, code }, cwd);
    }
    for (const file of files) if (kept(file)) found.add(path.normalize(file));
  };
  if (options.patterns.length === 0) {
    await glob(options.include, root);
  } else {
    for (const pattern of options.patterns) {
      const before = found.size;
      const absolute = path.resolve(cwd, pattern);
      const stat = statOrUndefined(absolute);
      // A named symlink that cannot be followed (a loop, a dangling link) is reported as unreadable.
      if (stat?.isFile() || (stat === undefined && isSymlink(absolute))) {
        explicit.add(absolute);
        found.add(absolute);
      } else if (stat?.isDirectory()) {
        await glob(defaultInclude(), absolute);
      } else if (stat !== undefined) {
        throw new UsageError(`${pattern} is not a regular file or folder (a device, pipe or socket): listinglint reads only regular files`);
      } else {
        await glob([pattern.split(path.sep).join('/')], cwd);
      }
      if (found.size === before && !explicit.has(absolute)) unmatched.push(pattern);
    }
  }
  return { files: [...found].sort(), explicit, unmatched, ...(stats ? { stats } : {}) };
}

/** The walk's stat numbers (`STAT_FIELDS` per file) as stats by path, for the files kept; a file it could not stat has none. */
function addStats(stats: Map<string, FileStat>, files: string[], numbers: number[], kept: (file: string) => boolean): void {
  files.forEach((file, i) => {
    const at = i * STAT_FIELDS;
    if (Number.isNaN(numbers[at]) || !kept(file)) return;
    stats.set(file, { isFile: true, size: numbers[at], ino: numbers[at + 1], mtimeMs: numbers[at + 2], ctimeMs: numbers[at + 3] });
  });
}

const folderProblems: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operating system does not allow listing it',
  ELOOP: 'a symbolic link that leads back to itself',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many files are open at once (raise ulimit -n)',
};

/** The usage error for a folder that cannot be listed: its files would be skipped without a word. */
function unreadableFolder({ folder, code }: UnreadableFolder, cwd: string): UsageError {
  const shown = path.relative(cwd, folder).split(path.sep).join('/') || '.';
  const problem = folderProblems[code] ? `${folderProblems[code]} (${code})` : code;
  return new UsageError(`Folder ${shown} cannot be read: ${problem}; make it readable, or add it to \`ignore\` in the config so its listings are skipped on purpose`);
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

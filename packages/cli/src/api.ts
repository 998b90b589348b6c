import path from 'node:path';
import type { Report } from '@listinglint/core';
import { UsageError } from './usage-error.js';

// The engine loads on the first call, not on import: `listinglint --version` stays quick.
const engine = async () => {
  const [core, guards, lintProject, run] = await Promise.all([
    import('@listinglint/core'),
    import('./guards.js'),
    import('./lint-project.js'),
    import('./run.js'),
  ]);
  return { ...core, ...guards, ...lintProject, toolVersion: run.toolVersion };
};

/** What `lint` and `lintText` share: how the project is loaded (as the CLI loads it). */
export interface ProjectInput {
  /** The working directory: the config is searched upward from it and report paths are relative to it (default: `process.cwd()`). */
  cwd?: string;
  /** A config file (as `--config`), relative to `cwd`; default: the nearest `listinglint.config.*`. */
  config?: string;
  /** Extra watchlist files (as `--watchlist`), relative to `cwd`. */
  watchlists?: string[];
  /** Read the text on images (default: true; the config's `ocr.enabled: false` turns it off too). */
  ocr?: boolean;
  /** Today as YYYY-MM-DD, for authorizations that expire (default: today). */
  today?: string;
}

/** Options of `lint`. */
export interface LintOptions extends ProjectInput {
  /** Paths or globs (as on the command line), relative to `cwd`; default: the config's `include`. */
  files?: string[];
  /** Use the result and OCR caches, in the config's `cache.location` (default: false). */
  cache?: boolean;
}

/** Options of `lintText`. */
export interface LintTextOptions extends ProjectInput {
  /** The file the text is linted as: its name picks the format, its folder the images' base. It need not exist and is never read. */
  filePath: string;
}

async function project(options: ProjectInput, cwd: string) {
  const { loadProject, NoWatchlistError } = await engine();
  return loadProject(cwd, { config: options.config, watchlists: options.watchlists, today: options.today ?? new Date().toISOString().slice(0, 10) }).catch(
    (error: unknown) => {
      throw error instanceof NoWatchlistError ? new UsageError(error.message) : error;
    },
  );
}

/**
 * Lints the listing files of a project and returns the report (the JSON reporter's object).
 * Config and watchlist problems throw an error named `ConfigError` (its message names file, line and key);
 * a path or glob that matches nothing, or no watchlist, throws a `UsageError`.
 */
export async function lint(options: LintOptions = {}): Promise<Report> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const { findProjectFiles, checkSomethingFound, lintProject, cacheFolder, toolVersion } = await engine();
  const loaded = await project(options, cwd);
  const { config } = loaded;
  const patterns = options.files ?? [];
  const discovered = await findProjectFiles(loaded, cwd, patterns);
  checkSomethingFound({ ...discovered, patterns, include: config.include });
  const { report } = await lintProject(loaded, {
    cwd,
    files: discovered.files,
    explicit: discovered.explicit,
    ocr: options.ocr ?? true,
    cacheDir: options.cache && config.cache.enabled ? cacheFolder(loaded, cwd) : undefined,
    toolVersion: await toolVersion(),
  });
  return report;
}

/**
 * Lints one listing given as text, as if it were the file `filePath`, and returns the report.
 * A text that holds no listing gets the `listing/parse-error` finding, as a named file does.
 */
export async function lintText(text: string, options: LintTextOptions): Promise<Report> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const { lintProject, toolVersion } = await engine();
  const loaded = await project(options, cwd);
  const file = path.resolve(cwd, options.filePath);
  const { report } = await lintProject(loaded, {
    cwd,
    files: [file],
    explicit: new Set([file]),
    contents: new Map([[file, text]]),
    ocr: options.ocr ?? true,
    toolVersion: await toolVersion(),
  });
  return report;
}

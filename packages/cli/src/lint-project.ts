import path from 'node:path';
import { prepareLint, type LintFilesResult, type LintSetup, type LintTargets, type PreparedLint, type Project } from '@listinglint/core';
import { discoverFiles, type Discovered } from './discover.js';

/** What one lint of a loaded project takes besides the project: the CLI, the Node API and the servers all lint through here. */
export interface ProjectLintOptions extends LintTargets {
  /** The working directory: report paths are relative to it. */
  cwd: string;
  /** Read the text on images (and the config's `ocr.enabled` must agree). */
  ocr: boolean;
  /** Folder of the result and OCR caches; undefined: no cache. */
  cacheDir?: string;
  /** Threads for text and OCR (default: the config's `ocr.concurrency`, else the engine's). */
  concurrency?: number;
  reportUnusedDisables?: boolean;
  toolVersion: string;
  onNotice?(message: string): void;
  onProgress?(done: number, total: number): void;
}

/** Lints files of a loaded project with its config, rules, watchlists and settings. */
export async function lintProject(project: Project, options: ProjectLintOptions): Promise<LintFilesResult> {
  return prepareLint(setupOf(project, options), options.files.length).lint(options);
}

/**
 * Prepares a lint of the project before its files are known (the watchlist compiled, or the
 * result cache read), so that they can be found meanwhile on another thread (`findProjectFiles`).
 */
export function prepareProjectLint(project: Project, options: Omit<ProjectLintOptions, keyof LintTargets>): PreparedLint {
  return prepareLint(setupOf(project, options));
}

function setupOf(project: Project, options: Omit<ProjectLintOptions, keyof LintTargets>): LintSetup {
  const { config, rules, settings } = project;
  return {
    cwd: options.cwd,
    root: config.root,
    // Compiled by the engine only when some file misses the result cache.
    watchlistSources: project.watchlistSources,
    rules,
    settings,
    ocr: {
      enabled: options.ocr && config.ocr.enabled,
      concurrency: options.concurrency ?? config.ocr.concurrency,
      // The OCR cache keeps its entries in an `ocr/` folder of its own under this one.
      cacheDir: options.cacheDir,
      engine: config.ocr.engine,
      passes: config.ocr.passes,
      onNotice: options.onNotice,
      onProgress: options.onProgress,
    },
    reportUnusedDisables: options.reportUnusedDisables ?? false,
    // Bulk files: config `formats` mappings and `images.roots`.
    inputs: { formats: config.formats, imageRoots: config.images.roots },
    copyright: { references: config.copyright.references, owned: config.copyright.owned },
    toolVersion: options.toolVersion,
    cacheDir: options.cacheDir,
    concurrency: options.concurrency,
  };
}

/** The cache folder of a project: `--cache-location`, else the config's `cache.location`, else node_modules/.cache/listinglint in the root. */
export function cacheFolder(project: Project, cwd: string, location?: string): string {
  const { config } = project;
  return location ? path.resolve(cwd, location) : (config.cache.location ?? path.join(config.root, 'node_modules', '.cache', 'listinglint'));
}

/** The project's files for these paths or globs (from `cwd`), else for the config's include globs; minus `ignore` (`withStats`: with the walk's stats, for the result cache). */
export function findProjectFiles(project: Project, cwd: string, patterns: string[] = [], withStats = false): Promise<Discovered> {
  const { config } = project;
  return discoverFiles({ cwd, root: config.root, patterns, include: config.include, ignore: config.ignore, withStats });
}

import { statSync } from 'node:fs';
import path from 'node:path';
import { findConfig, loadProject, type Project, type Report } from '@listinglint/core';
import { lintProject } from '../lint-project.js';
import { toolVersion } from '../run.js';

/** A project as a server holds it: loaded, or the error that stopped it loading (a config or watchlist problem). */
export type LoadedProject = { project: Project; error?: undefined } | { project?: undefined; error: Error };

/** Options of a server's project: as the CLI's flags. */
export interface ProjectHostOptions {
  cwd: string;
  config?: string;
  watchlists?: string[];
  /** Today as YYYY-MM-DD (default: today, asked at each load). */
  today?: () => string;
}

/** A file's modification time and size, or `missing`: what tells a reload is due. */
function stamp(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'missing';
  }
}

/**
 * One loaded project per workspace, shared by every request of a server (MCP, LSP). Before each
 * use it checks which config file applies and the stamps of the config and watchlist files:
 * when any changed (or a config appeared), the project is loaded again; otherwise the loaded
 * one is reused. A config or watchlist problem is kept as the error, never thrown.
 */
export class ProjectHost {
  private loaded?: { key: string; result: LoadedProject };
  private loading?: Promise<LoadedProject>;
  /** Loads so far (for tests and logs). */
  loads = 0;

  constructor(readonly options: ProjectHostOptions) {}

  /** The files whose change reloads the project: the config file and every watchlist file. */
  private key(project: Project | undefined): string {
    let configFile: string | undefined;
    try {
      configFile = findConfig(this.options.cwd, this.options.config);
    } catch {
      configFile = undefined;
    }
    const files = [configFile ?? '(no config)', ...(project?.watchlistFiles ?? [])];
    return files.map((file) => `${file}=${stamp(file)}`).join('\n');
  }

  /** The project, loaded again when its config or a watchlist changed since the last load. */
  async get(): Promise<LoadedProject> {
    if (this.loading) return this.loading;
    if (this.loaded && this.loaded.key === this.key(this.loaded.result.project)) return this.loaded.result;
    this.loading = this.load();
    try {
      return await this.loading;
    } finally {
      this.loading = undefined;
    }
  }

  private async load(): Promise<LoadedProject> {
    this.loads += 1;
    const { cwd, config, watchlists } = this.options;
    const today = this.options.today?.() ?? new Date().toISOString().slice(0, 10);
    let result: LoadedProject;
    try {
      result = { project: await loadProject(cwd, { config, watchlists, today }) };
    } catch (error) {
      result = { error: error instanceof Error ? error : new Error(String(error)) };
    }
    // Watchlists named in a config that failed to load are not known: the config's own stamp reloads it.
    this.loaded = { key: this.key(result.project), result };
    return result;
  }

  /** Lints text as the file `file` (absolute or relative to the workspace), text only (no OCR, no cache). */
  async lintText(text: string, file: string, options: { explicit?: boolean } = {}): Promise<Report> {
    const { project, error } = await this.get();
    if (!project) throw error;
    const absolute = path.resolve(this.options.cwd, file);
    const { report } = await lintProject(project, {
      cwd: this.options.cwd,
      files: [absolute],
      explicit: options.explicit === false ? undefined : new Set([absolute]),
      contents: new Map([[absolute, text]]),
      ocr: false,
      toolVersion: await toolVersion(),
    });
    return report;
  }
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ConfiguredRule } from '../kernel/lint-listing.js';
import { builtinRules, customRules } from '../rules/index.js';
import { ConfigError } from '../source/index.js';
import { decodeSettingsFile } from '../source/utf8.js';
import type { LintSettings } from '../types.js';
import type { WatchlistSource } from '../watchlist/index.js';
import { loadConfig, type Config } from './config.js';

/** A loaded project: its checked config, every rule with its configured severity, the watchlist files read, the settings. */
export interface Project {
  config: Config;
  rules: ConfiguredRule[];
  /** Absolute paths of the watchlist files: the config's, then the extra ones. */
  watchlistFiles: string[];
  /** The watchlist files' text, compiled by the engine only when some file misses the result cache. */
  watchlistSources: WatchlistSource[];
  settings: LintSettings;
}

/** How to load a project besides its folder. */
export interface ProjectOptions {
  /** `--config FILE`; else the nearest `listinglint.config.*` upward from `cwd`. */
  config?: string;
  /** Extra watchlist files (`--watchlist`), relative to `cwd`. */
  watchlists?: string[];
  /** Today as YYYY-MM-DD (authorizations expire). */
  today: string;
  /** False: a project without any watchlist loads (to show its config) instead of raising `NoWatchlistError`. */
  requireWatchlist?: boolean;
}

/** Raised when a project has no watchlist at all (the CLI's usage error). */
export class NoWatchlistError extends Error {
  constructor() {
    super('No watchlist: list one under `watchlists:` in listinglint.config.yaml or pass --watchlist FILE');
    this.name = 'NoWatchlistError';
  }
}

/**
 * Loads what a lint needs from a project folder: what the CLI, the Node API and editor servers
 * share. Config and watchlist problems are `ConfigError`s naming file, line and key.
 */
export async function loadProject(cwd: string, options: ProjectOptions): Promise<Project> {
  const config = await loadConfig(cwd, options.config, builtinRules);
  const watchlistFiles = [...config.watchlists, ...(options.watchlists ?? []).map((file) => path.resolve(cwd, file))];
  if (watchlistFiles.length === 0 && options.requireWatchlist !== false) throw new NoWatchlistError();
  const watchlistSources = await Promise.all(
    watchlistFiles.map(async (file) => {
      const shown = path.relative(cwd, file) || file;
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch {
        throw new ConfigError(shown, undefined, undefined, 'watchlist file not found');
      }
      return { file: shown, text: decodeSettingsFile(bytes, shown) };
    }),
  );
  const settings: LintSettings = {
    defaults: config.defaults,
    categories: config.categories,
    authorizations: config.authorizations,
    allow: config.allow,
    sellerBrands: config.sellerBrands,
    today: options.today,
    minOcrConfidence: config.ocr.minConfidence,
    ...(config.copyright.owners.length > 0 ? { copyrightOwners: config.copyright.owners } : {}),
    ...(Object.keys(config.presets).length > 0 ? { presets: config.presets } : {}),
    ...(config.customRules.length > 0 ? { customRules: config.customRules } : {}),
  };
  const rules: ConfiguredRule[] = [...builtinRules.values()].map((rule) => {
    const configured = config.rules.get(rule.id);
    return { rule, severity: configured?.severity ?? rule.meta.defaultSeverity, options: configured?.options };
  });
  for (const rule of customRules(settings).values()) rules.push({ rule, severity: rule.meta.defaultSeverity });
  return { config, rules, watchlistFiles, watchlistSources, settings };
}

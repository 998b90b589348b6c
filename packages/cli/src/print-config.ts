import path from 'node:path';
import { formatsFor, loadProject, marketplaceTerritories, presetIdFor, shopPlatforms, type Project } from '@listinglint/core';
import type { CliArgs } from './args.js';
import type { CliIo } from './run.js';

/** A path as the user sees it: relative to the working directory, forward slashes. */
function shown(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}

/** A config value as JSON: absolute paths made relative, maps made objects, in the config's own key order. */
function plain(value: unknown, cwd: string): unknown {
  if (typeof value === 'string') return path.isAbsolute(value) ? shown(cwd, value) : value;
  if (Array.isArray(value)) return value.map((item) => plain(item, cwd));
  if (value instanceof Map) return Object.fromEntries([...value].map(([key, item]) => [key, plain(item, cwd)]));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (item === undefined ? [] : [[key, plain(item, cwd)]])));
  }
  return value;
}

/**
 * The effective config for one file, as JSON: the config file found for it, every key of the
 * checked config with its defaults filled in, the preset each marketplace gets (`presetsInEffect`),
 * every rule with its effective severity and options, the format that reads the file (the
 * first that claims it) and whether `ignore` leaves it out.
 */
export async function effectiveConfig(project: Project, file: string, cwd: string): Promise<Record<string, unknown>> {
  const { config } = project;
  const absolute = path.resolve(cwd, file);
  const { file: configFile, root, rules: _configured, sellerBrands, ...keys } = config;
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  const { default: ignore } = await import('ignore');
  const outside = relative.startsWith('..') || path.isAbsolute(relative);
  return {
    filePath: shown(cwd, absolute),
    configFile: configFile === undefined ? null : shown(cwd, configFile),
    root: shown(cwd, root),
    format: formatsFor(absolute)[0]?.name ?? null,
    ignored: !outside && config.ignore.length > 0 && ignore().add(config.ignore).ignores(relative),
    ...(plain(keys, cwd) as Record<string, unknown>),
    seller: { brands: sellerBrands },
    // Which house-rule preset each known marketplace (and each one the config names) gets, after `presets`.
    presetsInEffect: Object.fromEntries(
      [...new Set([...Object.keys(marketplaceTerritories), ...shopPlatforms, ...Object.keys(config.presets)])]
        .sort()
        .map((marketplace) => [marketplace, presetIdFor(marketplace, project.settings) ?? false]),
    ),
    watchlists: project.watchlistFiles.map((watchlist) => shown(cwd, watchlist)),
    rules: Object.fromEntries(
      project.rules
        .map(({ rule, severity, options }) => [rule.id, options === undefined ? severity : [severity, options]] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  };
}

/** `listinglint --print-config FILE`: prints the effective config for FILE and exits 0 (config errors exit 2). */
export async function runPrintConfig(args: CliArgs, io: CliIo): Promise<number> {
  const project = await loadProject(io.cwd, { config: args.config, watchlists: args.watchlists, today: io.today, requireWatchlist: false });
  io.stdout.write(`${JSON.stringify(await effectiveConfig(project, args.printConfig!, io.cwd), null, 2)}\n`);
  return 0;
}

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, ConfigReader, type AllowEntry, type Authorization, type ConfigNode, type ConfiguredSeverity, type SellerBrand } from '@listinglint/core';

/** Config file names, in the order they are looked for in each folder. */
export const configNames = ['listinglint.config.yaml', 'listinglint.config.yml', 'listinglint.config.json', 'listinglint.config.mjs', 'listinglint.config.js'];

/** A checked config; paths are absolute. */
export interface Config {
  /** The config file, or undefined when there is none (defaults apply). */
  file?: string;
  /** The project root: the config's folder, or the working directory. */
  root: string;
  include: string[];
  ignore: string[];
  watchlists: string[];
  rules: Map<string, { severity: ConfiguredSeverity; options?: unknown }>;
  defaults: { marketplace?: string; category?: string };
  categories: Record<string, number[]>;
  authorizations: Authorization[];
  allow: AllowEntry[];
  /** `seller.brands`: the seller's own brands that are not watchlist marks, with their owner. */
  sellerBrands: SellerBrand[];
  ocr: { enabled: boolean; concurrency?: number; passes?: number[]; minConfidence: number; languages: string[] };
  cache: { enabled: boolean; location?: string };
  /** The raw config text (cache key part). */
  text: string;
}

const topKeys = ['include', 'ignore', 'watchlists', 'rules', 'defaults', 'categories', 'authorizations', 'allow', 'seller', 'ocr', 'cache'];
const severities = ['off', 'info', 'warn', 'warning', 'error'] as const;

/** Finds the config file: `--config`, else the nearest `listinglint.config.*` upward from `cwd`. */
export function findConfig(cwd: string, explicit?: string): string | undefined {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError(explicit, undefined, undefined, 'config file not found');
    return file;
  }
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    for (const name of configNames) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Loads and checks a config; every problem is a `ConfigError` naming file, line and key. */
export async function loadConfig(cwd: string, explicit: string | undefined, knownRules: ReadonlySet<string>): Promise<Config> {
  const file = findConfig(cwd, explicit);
  if (!file) return checkConfig(undefined, cwd, new ConfigReader('(defaults)', undefined, {}), '', knownRules);
  const shown = path.relative(cwd, file) || path.basename(file);
  let reader: ConfigReader;
  let text = '';
  if (/\.(?:mjs|js)$/.test(file)) {
    let loaded: unknown;
    try {
      loaded = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
    } catch (error) {
      throw new ConfigError(shown, undefined, undefined, `cannot load: ${(error as Error).message}`);
    }
    text = JSON.stringify(loaded) ?? '';
    reader = new ConfigReader(shown, undefined, loaded ?? {});
  } else {
    text = await readFile(file, 'utf8');
    reader = new ConfigReader(shown, text);
  }
  return checkConfig(file, path.dirname(file), reader, text, knownRules);
}

function checkConfig(file: string | undefined, root: string, reader: ConfigReader, text: string, knownRules: ReadonlySet<string>): Config {
  const top = reader.root === null ? new Map<string, ConfigNode>() : reader.entries(reader.root, '', topKeys);
  const given = (key: string) => {
    const value = top.get(key);
    return value === null ? undefined : value;
  };
  const strings = (key: string, fallback: string[]) => (given(key) === undefined ? fallback : reader.strings(given(key), key, true));
  const config: Config = {
    file,
    root,
    include: strings('include', ['**/*.md', '**/*.listing.json']),
    ignore: strings('ignore', []),
    watchlists: strings('watchlists', []).map((watchlist) => path.resolve(root, watchlist)),
    rules: new Map(),
    defaults: {},
    categories: {},
    authorizations: [],
    allow: [],
    sellerBrands: [],
    ocr: { enabled: true, minConfidence: 0.6, languages: ['eng'] },
    cache: { enabled: true },
    text,
  };
  for (const [index, watchlist] of config.watchlists.entries()) {
    if (!existsSync(watchlist)) reader.fail(given('watchlists'), `watchlists[${index}]`, `watchlist file not found: ${path.relative(root, watchlist)}`);
  }
  if (given('rules') !== undefined) {
    for (const [id, value] of reader.entries(given('rules'), 'rules')) {
      if (!knownRules.has(id)) reader.fail(value, `rules.${id}`, `unknown rule id (known: ${[...knownRules].sort().join(', ')})`);
      const items = reader.isList(value) ? reader.items(value, `rules.${id}`) : undefined;
      const severityNode = items ? items[0] : value;
      const severity = reader.oneOf(severityNode, `rules.${id}`, severities);
      config.rules.set(id, {
        severity: severity === 'warn' ? 'warning' : severity,
        options: items?.[1] ? reader.plain(items[1]) : undefined,
      });
    }
  }
  if (given('defaults') !== undefined) {
    const defaults = reader.entries(given('defaults'), 'defaults', ['marketplace', 'category']);
    for (const key of ['marketplace', 'category'] as const) {
      const value = defaults.get(key);
      if (value !== undefined && value !== null) config.defaults[key] = reader.string(value, `defaults.${key}`);
    }
  }
  if (given('categories') !== undefined) {
    for (const [category, value] of reader.entries(given('categories'), 'categories')) {
      config.categories[category] = reader.items(value, `categories.${category}`).map((item, i) => reader.integer(item, `categories.${category}[${i}]`, 1, 45));
    }
  }
  if (given('authorizations') !== undefined) {
    config.authorizations = reader.items(given('authorizations'), 'authorizations').map((node, i) => {
      const key = `authorizations[${i}]`;
      const entry = reader.entries(node, key, ['mark', 'skus', 'files', 'until', 'reference']);
      if (!entry.has('mark')) reader.fail(node, `${key}.mark`, 'is required');
      if (!entry.has('skus') && !entry.has('files')) reader.fail(node, key, 'needs `skus` or `files` (what the authorization covers)');
      const authorization: Authorization = { mark: reader.string(entry.get('mark'), `${key}.mark`) };
      if (entry.has('skus')) authorization.skus = reader.items(entry.get('skus'), `${key}.skus`).map((item, j) => reader.string(item, `${key}.skus[${j}]`, true));
      if (entry.has('files')) authorization.files = reader.strings(entry.get('files'), `${key}.files`, true);
      if (entry.has('until')) {
        const until = reader.string(entry.get('until'), `${key}.until`);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(until))) reader.fail(entry.get('until'), `${key}.until`, 'expected a date as YYYY-MM-DD');
        authorization.until = until;
      }
      if (entry.has('reference')) authorization.reference = reader.string(entry.get('reference'), `${key}.reference`, true);
      return authorization;
    });
  }
  if (given('allow') !== undefined) {
    config.allow = reader.items(given('allow'), 'allow').map((node, i) => {
      const key = `allow[${i}]`;
      const entry = reader.entries(node, key, ['mark', 'files', 'reason']);
      if (!entry.has('mark')) reader.fail(node, `${key}.mark`, 'is required');
      if (!entry.has('reason')) reader.fail(node, `${key}.reason`, 'is required: say why this mark is allowed');
      const allow: AllowEntry = { mark: reader.string(entry.get('mark'), `${key}.mark`), reason: reader.string(entry.get('reason'), `${key}.reason`) };
      if (entry.has('files')) allow.files = reader.strings(entry.get('files'), `${key}.files`, true);
      return allow;
    });
  }
  if (given('seller') !== undefined) {
    const seller = reader.entries(given('seller'), 'seller', ['brands']);
    if (seller.get('brands') != null) {
      config.sellerBrands = reader.items(seller.get('brands'), 'seller.brands').map((node, i) => {
        const key = `seller.brands[${i}]`;
        const entry = reader.entries(node, key, ['name', 'owner']);
        if (!entry.has('name')) reader.fail(node, `${key}.name`, 'is required');
        if (!entry.has('owner')) reader.fail(node, `${key}.owner`, 'is required: the owner as the watchlist writes it');
        return { name: reader.string(entry.get('name'), `${key}.name`), owner: reader.string(entry.get('owner'), `${key}.owner`) };
      });
    }
  }
  if (given('ocr') !== undefined) {
    const ocr = reader.entries(given('ocr'), 'ocr', ['enabled', 'concurrency', 'passes', 'minConfidence', 'languages']);
    if (ocr.get('enabled') != null) config.ocr.enabled = reader.boolean(ocr.get('enabled'), 'ocr.enabled');
    if (ocr.get('concurrency') != null) config.ocr.concurrency = reader.integer(ocr.get('concurrency'), 'ocr.concurrency', 1, 64);
    if (ocr.get('passes') != null) {
      config.ocr.passes = reader.items(ocr.get('passes'), 'ocr.passes').map((item, i) => reader.integer(item, `ocr.passes[${i}]`, -45, 45));
    }
    if (ocr.get('minConfidence') != null) config.ocr.minConfidence = reader.integer(ocr.get('minConfidence'), 'ocr.minConfidence', 0, 100) / 100;
    if (ocr.get('languages') != null) {
      const languages = reader.strings(ocr.get('languages'), 'ocr.languages');
      const unsupported = languages.find((language) => language !== 'eng');
      if (unsupported) reader.fail(ocr.get('languages'), 'ocr.languages', `only \`eng\` is bundled so far, not \`${unsupported}\``);
      config.ocr.languages = languages;
    }
  }
  if (given('cache') !== undefined) {
    const cache = reader.entries(given('cache'), 'cache', ['enabled', 'location']);
    if (cache.get('enabled') != null) config.cache.enabled = reader.boolean(cache.get('enabled'), 'cache.enabled');
    if (cache.get('location') != null) config.cache.location = path.resolve(root, reader.string(cache.get('location'), 'cache.location'));
  }
  return config;
}

import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultInclude, type FormatMapping } from '../formats/index.js';
import { bulkFormats } from '../formats/bulk/layouts.js';
import { classesOf, jurisdictionOf, marketplaceKey, marketplaceTerritories, presets, shopPlatforms } from '../legal/index.js';
import { unsafeRegexReason } from '../rules/index.js';
import { ConfigError, ConfigReader, type ConfigNode } from '../source/index.js';
import { decodeSettingsFile } from '../source/utf8.js';
import type { AllowEntry, Authorization, ConfiguredSeverity, CustomRuleSpec, Listing, Rule, SellerBrand } from '../types.js';

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
  ocr: { enabled: boolean; engine: 'paddle' | 'tesseract'; concurrency?: number; passes?: number[]; /** 0..1; undefined: the engine's calibrated default. */ minConfidence?: number };
  cache: { enabled: boolean; location?: string };
  /** Bulk files: how to read the files each entry's globs match (issue #12). */
  formats: FormatMapping[];
  /** `images.roots`: absolute folders where an image URL's file name is looked up. */
  images: { roots: string[] };
  /** `copyright`: absolute folders of reference pictures and of the seller's own, and the seller's names in rights metadata. */
  copyright: { references: string[]; owned: string[]; owners: string[] };

  /** `presets`: marketplace (folded: lower case, no `www.`) → preset id, or `false` for no house rules. */
  presets: Record<string, string | false>;
  /** `customRules`: the user's own rules, checked (a pattern is refused when it could backtrack catastrophically). */
  customRules: CustomRuleSpec[];
}

const topKeys = [
  '$schema', 'include', 'ignore', 'watchlists', 'rules', 'defaults', 'categories', 'authorizations', 'allow', 'seller', 'ocr', 'cache', 'formats', 'images',
  'copyright', 'presets', 'customRules',
];
const customRuleKeys = ['id', 'message', 'severity', 'existence', 'pattern', 'caseSensitive', 'fields', 'marketplaces'];
const mappedFields = ['sku', 'asin', 'title', 'brand', 'description', 'bullets', 'keywords', 'images', 'marketplace', 'category'];
const listFields = new Set(['bullets', 'keywords', 'images']);
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
export async function loadConfig(cwd: string, explicit: string | undefined, knownRules: ReadonlyMap<string, Rule>): Promise<Config> {
  const file = findConfig(cwd, explicit);
  if (!file) return checkConfig(undefined, cwd, new ConfigReader('(defaults)', undefined, {}), knownRules);
  const shown = path.relative(cwd, file) || path.basename(file);
  let reader: ConfigReader;
  if (/\.(?:mjs|js)$/.test(file)) {
    let loaded: unknown;
    try {
      loaded = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
    } catch (error) {
      throw new ConfigError(shown, undefined, undefined, `cannot load: ${(error as Error).message}`);
    }
    reader = new ConfigReader(shown, undefined, loaded ?? {});
  } else {
    reader = new ConfigReader(shown, decodeSettingsFile(await readFile(file), shown));
  }
  return checkConfig(file, path.dirname(file), reader, knownRules);
}

function checkConfig(file: string | undefined, root: string, reader: ConfigReader, knownRules: ReadonlyMap<string, Rule>): Config {
  const top = reader.root === null ? new Map<string, ConfigNode>() : reader.entries(reader.root, '', topKeys);
  const given = (key: string) => {
    const value = top.get(key);
    return value === null ? undefined : value;
  };
  const strings = (key: string, fallback: string[]) => (given(key) === undefined ? fallback : reader.strings(given(key), key, true));
  const config: Config = {
    file,
    root,
    include: strings('include', defaultInclude()),
    ignore: strings('ignore', []),
    watchlists: strings('watchlists', []).map((watchlist) => path.resolve(root, watchlist)),
    rules: new Map(),
    defaults: {},
    categories: {},
    authorizations: [],
    allow: [],
    sellerBrands: [],
    ocr: { enabled: true, engine: 'paddle' },
    cache: { enabled: true },
    formats: [],
    images: { roots: [] },
    copyright: { references: [], owned: [], owners: [] },
    presets: {},
    customRules: [],
  };
  // `$schema` (JSON configs name their schema for editors) is checked, then ignored.
  if (given('$schema') !== undefined) reader.string(given('$schema'), '$schema');
  for (const [index, watchlist] of config.watchlists.entries()) {
    if (!existsSync(watchlist)) reader.fail(given('watchlists'), `watchlists[${index}]`, `watchlist file not found: ${path.relative(root, watchlist)}`);
  }
  if (given('rules') !== undefined) {
    for (const [id, value] of reader.entries(given('rules'), 'rules')) {
      const rule = knownRules.get(id);
      if (!rule) reader.fail(value, `rules.${id}`, `unknown rule id (known: ${[...knownRules.keys()].sort().join(', ')})`);
      const items = reader.isList(value) ? reader.items(value, `rules.${id}`) : undefined;
      const severityNode = items ? items[0] : value;
      const severity = reader.oneOf(severityNode, `rules.${id}`, severities);
      if (items !== undefined && items.length > 2) reader.fail(items[2], `rules.${id}[2]`, 'expected `severity` or `[severity, options]`');
      config.rules.set(id, {
        severity: severity === 'warn' ? 'warning' : severity,
        options: items?.[1] ? checkRuleOptions(reader, items[1], rule!, `rules.${id}[1]`) : undefined,
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
  if (given('defaults') !== undefined) checkDefaults(reader, reader.entries(given('defaults'), 'defaults'), config);
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
    const ocr = reader.entries(given('ocr'), 'ocr', ['enabled', 'engine', 'concurrency', 'passes', 'minConfidence']);
    if (ocr.get('engine') != null) config.ocr.engine = reader.oneOf(ocr.get('engine'), 'ocr.engine', ['paddle', 'tesseract'] as const);
    if (ocr.get('enabled') != null) config.ocr.enabled = reader.boolean(ocr.get('enabled'), 'ocr.enabled');
    if (ocr.get('concurrency') != null) config.ocr.concurrency = reader.integer(ocr.get('concurrency'), 'ocr.concurrency', 1, 64);
    if (ocr.get('passes') != null) {
      config.ocr.passes = reader.items(ocr.get('passes'), 'ocr.passes').map((item, i) => reader.integer(item, `ocr.passes[${i}]`, -45, 45));
    }
    if (ocr.get('minConfidence') != null) {
      const node = ocr.get('minConfidence');
      const value = node?.kind === 'scalar' && typeof node.value === 'number' ? node.value : undefined;
      if (value === undefined || !(value >= 0 && value <= 1)) reader.fail(node, 'ocr.minConfidence', 'expected a number from 0 to 1 (a share, not a percentage)');
      config.ocr.minConfidence = value;
    }
  }
  if (given('cache') !== undefined) {
    const cache = reader.entries(given('cache'), 'cache', ['enabled', 'location']);
    if (cache.get('enabled') != null) config.cache.enabled = reader.boolean(cache.get('enabled'), 'cache.enabled');
    if (cache.get('location') != null) config.cache.location = path.resolve(root, reader.string(cache.get('location'), 'cache.location'));
  }
  if (given('formats') !== undefined) {
    config.formats = reader.items(given('formats'), 'formats').map((node, i) => {
      const key = `formats[${i}]`;
      const entry = reader.entries(node, key, ['files', 'delimiter', 'format', 'columns']);
      if (!entry.has('files')) reader.fail(node, `${key}.files`, 'is required (globs of the files this entry reads)');
      if (entry.has('format') === entry.has('columns')) reader.fail(node, key, 'needs either `format` (a built-in reader) or `columns` (your own mapping)');
      const mapping: FormatMapping = { files: reader.strings(entry.get('files'), `${key}.files`, true) };
      if (entry.has('delimiter')) mapping.delimiter = reader.oneOf(entry.get('delimiter'), `${key}.delimiter`, [',', '\t', ';'] as const);
      if (entry.has('format')) mapping.format = reader.oneOf(entry.get('format'), `${key}.format`, bulkFormats);
      if (entry.has('columns')) {
        const columns: Record<string, string | string[]> = {};
        for (const [field, value] of reader.entries(entry.get('columns'), `${key}.columns`, mappedFields)) {
          const at = `${key}.columns.${field}`;
          columns[field] = listFields.has(field) && reader.isList(value) ? reader.strings(value, at) : reader.string(value, at, true);
        }
        if (columns.sku === undefined && columns.title === undefined) reader.fail(entry.get('columns'), `${key}.columns`, 'maps no `sku` or `title` column');
        mapping.columns = columns;
      }
      return mapping;
    });
  }
  if (given('images') !== undefined) {
    const images = reader.entries(given('images'), 'images', ['roots']);
    if (images.get('roots') != null) config.images.roots = projectFolders(reader, images.get('roots'), 'images.roots', config.root);
  }
  if (given('copyright') !== undefined) {
    const copyright = reader.entries(given('copyright'), 'copyright', ['references', 'owned', 'owners']);
    for (const key of ['references', 'owned'] as const) {
      if (copyright.get(key) != null) config.copyright[key] = projectFolders(reader, copyright.get(key), `copyright.${key}`, config.root);
    }
    if (copyright.get('owners') != null) config.copyright.owners = reader.strings(copyright.get('owners'), 'copyright.owners', true);
  }
  if (given('presets') !== undefined) config.presets = checkPresets(reader, given('presets')!);
  if (given('customRules') !== undefined) config.customRules = checkCustomRules(reader, given('customRules')!, knownRules);
  return config;
}

/** A list of folders inside the project that must exist (`images.roots`, `copyright.references`, `copyright.owned`), as absolute paths. */
function projectFolders(reader: ConfigReader, node: ConfigNode | undefined, key: string, root: string): string[] {
  // Each problem points at its own item's line.
  const items = node !== undefined && reader.isList(node) ? reader.items(node, key).map((item, i) => ({ item, at: `${key}[${i}]` })) : [{ item: node, at: key }];
  return items.map(({ item, at }) => {
    const folder = reader.string(item, at);
    const absolute = path.resolve(root, folder);
    const relative = path.relative(root, absolute);
    if (relative.startsWith('..') || path.isAbsolute(relative)) reader.fail(item, at, `must be inside the project: ${folder}`);
    if (!existsSync(absolute) || !statSync(absolute).isDirectory()) reader.fail(item, at, `folder not found: ${folder}`);
    return absolute;
  });
}

/** `presets`: marketplace → a built-in preset id, or `false`. */
function checkPresets(reader: ConfigReader, node: ConfigNode): Record<string, string | false> {
  const result: Record<string, string | false> = {};
  const ids = [...presets.keys()];
  for (const [marketplace, value] of reader.entries(node, 'presets')) {
    const key = `presets.${marketplace}`;
    if (value?.kind === 'scalar' && value.value === false) result[marketplaceKey(marketplace)] = false;
    else if (value?.kind === 'string' && ids.includes(value.text.value)) result[marketplaceKey(marketplace)] = value.text.value;
    else reader.fail(value, key, `expected a preset (${ids.join(', ')}) or false`);
  }
  return result;
}

/** `customRules`: each entry checked, with the line of the key at fault. */
function checkCustomRules(reader: ConfigReader, node: ConfigNode, knownRules: ReadonlyMap<string, Rule>): CustomRuleSpec[] {
  const seen = new Set<string>();
  return reader.items(node, 'customRules').map((item, i) => {
    const key = `customRules[${i}]`;
    const entry = reader.entries(item, key, customRuleKeys);
    for (const required of ['id', 'message']) if (!entry.has(required)) reader.fail(item, `${key}.${required}`, 'is required');
    const id = reader.string(entry.get('id'), `${key}.id`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) reader.fail(entry.get('id'), `${key}.id`, 'expected lower-case letters, digits and dashes (the rule is reported as `custom/<id>`)');
    if (seen.has(id) || knownRules.has(`custom/${id}`)) reader.fail(entry.get('id'), `${key}.id`, `\`custom/${id}\` is defined twice`);
    seen.add(id);
    if (entry.has('existence') === entry.has('pattern')) reader.fail(item, key, 'needs either `existence` (a list of words) or `pattern` (a regular expression)');
    const severity = entry.get('severity') == null ? 'warning' : reader.oneOf(entry.get('severity'), `${key}.severity`, ['info', 'warn', 'warning', 'error'] as const);
    const spec: CustomRuleSpec = {
      id,
      message: reader.string(entry.get('message'), `${key}.message`),
      severity: severity === 'warn' ? 'warning' : severity,
    };
    if (spec.message.trim() === '') reader.fail(entry.get('message'), `${key}.message`, 'must say what is wrong and what to do');
    if (entry.has('caseSensitive')) spec.caseSensitive = reader.boolean(entry.get('caseSensitive'), `${key}.caseSensitive`);
    if (entry.has('existence')) {
      spec.existence = reader.strings(entry.get('existence'), `${key}.existence`);
      if (spec.existence.length === 0 || spec.existence.some((word) => word.trim() === '')) {
        reader.fail(entry.get('existence'), `${key}.existence`, 'expected a list of words or phrases, none empty');
      }
    }
    if (entry.has('pattern')) {
      const pattern = reader.string(entry.get('pattern'), `${key}.pattern`);
      try {
        new RegExp(pattern, 'u');
      } catch (error) {
        reader.fail(entry.get('pattern'), `${key}.pattern`, `not a valid regular expression: ${(error as Error).message}`);
      }
      if (new RegExp(pattern, 'u').test('')) {
        reader.fail(entry.get('pattern'), `${key}.pattern`, 'matches the empty text: it would report nothing useful');
      }
      const unsafe = unsafeRegexReason(pattern);
      if (unsafe) reader.fail(entry.get('pattern'), `${key}.pattern`, `could backtrack catastrophically on a long field: ${unsafe}; rewrite it without nested repetition`);
      spec.pattern = pattern;
    }
    if (entry.has('fields')) spec.fields = reader.strings(entry.get('fields'), `${key}.fields`, true);
    if (entry.has('marketplaces')) spec.marketplaces = reader.strings(entry.get('marketplaces'), `${key}.marketplaces`, true);
    return spec;
  });
}

/** A rule's options checked against what the rule declares (`meta.options`): unknown keys and wrong types are config errors. */
function checkRuleOptions(reader: ConfigReader, node: ConfigNode, rule: Rule, key: string): Record<string, unknown> {
  const specs = rule.meta.options ?? {};
  const known = Object.keys(specs);
  if (known.length === 0) reader.fail(node, key, `rule \`${rule.id}\` takes no options`);
  const options: Record<string, unknown> = {};
  for (const [name, value] of reader.entries(node, key, known)) {
    const at = `${key}.${name}`;
    switch (specs[name].type) {
      case 'string':
        options[name] = reader.string(value, at);
        break;
      case 'number':
        options[name] = reader.number(value, at);
        break;
      case 'boolean':
        options[name] = reader.boolean(value, at);
        break;
      case 'string[]':
        options[name] = reader.strings(value, at);
        break;
    }
  }
  return options;
}

/**
 * The defaults must name a known marketplace and a category some table maps to Nice classes:
 * a typo here would otherwise be reported against every listing instead of once, here.
 */
function checkDefaults(reader: ConfigReader, nodes: Map<string, ConfigNode>, config: Config): void {
  const settings = { defaults: config.defaults, categories: config.categories, authorizations: [], allow: [], today: '' };
  const { marketplace, category } = config.defaults;
  if (marketplace !== undefined && !shopPlatforms.has(marketplace.toLowerCase()) && jurisdictionOf(undefined, settings).problem === 'unknown') {
    const known = Object.keys(marketplaceTerritories).sort().join(', ');
    reader.fail(nodes.get('marketplace'), 'defaults.marketplace', `unknown marketplace \`${marketplace}\` (known: ${known}, or a country code)`);
  }
  if (category !== undefined && classesOf({ category } as Listing, settings).problem === 'unknown') {
    reader.fail(nodes.get('category'), 'defaults.category', `unknown category \`${category}\`: map it to Nice classes under \`categories:\` (see docs/configuration.md)`);
  }
}

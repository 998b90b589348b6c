import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { cacheContext } from './engine/cache-context.js';
import { sortAndFingerprint, type FileOutcome, type ListingDigest } from './engine/file-outcome.js';
import { fileLinter, type FileLintContext } from './engine/lint-file.js';
import { LintPool, workerCanRun } from './engine/lint-pool.js';
import { readListingTexts, type ListingText } from './engine/read-listing-texts.js';
import { ResultCache, type CachedResult } from './engine/result-cache.js';
import { ruleUrl, stampFact, type ConfiguredRule } from './kernel.js';
import { listingFormat, loadMarkdownParser, readListingFile } from './listing/index.js';
import { duplicateSku } from './rules/listing/duplicate-sku.js';
import { parseError } from './rules/listing/parse-error.js';
import type { CompiledWatchlist, FileResult, Finding, ImageText, LintSettings, OcrEngineName, Report, RuleDescriptor, Summary } from './types.js';
import { compileWatchlist, hashWatchlistSources, type WatchlistSource } from './watchlist/index.js';

/** How the engine reads images; the image pipeline is loaded only when there are images to read. */
export interface EngineOcrOptions {
  enabled: boolean;
  /** OCR engine (default 'paddle'). */
  engine?: OcrEngineName;
  /** OCR workers (default: min(cores, 2)). */
  concurrency?: number;
  cacheDir?: string;
  timeoutMs?: number;
  passes?: number[];
  /** A notice for the user (the fallback to tesseract). */
  onNotice?(message: string): void;
  onProgress?(done: number, total: number): void;
}

/** Everything one run needs; the CLI resolves config, globs and flags into this. */
export interface EngineOptions {
  /** Absolute working directory: report paths are relative to it. */
  cwd: string;
  /** Absolute project root (the config's folder): images outside it are refused. */
  root: string;
  /** Absolute paths of the files to lint. */
  files: string[];
  /** Files named on the command line: reported even when they are not listings. */
  explicit?: Set<string>;
  /** The compiled watchlist; or leave it out and give `watchlistSources`. */
  watchlist?: CompiledWatchlist;
  /** Watchlist files, compiled only when some file is not in the result cache (its errors are `ConfigError`s). */
  watchlistSources?: WatchlistSource[];
  rules: ConfiguredRule[];
  settings: Omit<LintSettings, 'images'>;
  ocr: EngineOcrOptions;
  reportUnusedDisables?: boolean;
  toolVersion: string;
  /** Folder of the per-file result cache; undefined: no result cache is read or written. */
  cacheDir?: string;
  /** Threads that lint text (default: available cores); worker threads start only for large runs. */
  concurrency?: number;
  /** Files to lint from which worker threads start (default `WORKER_THRESHOLD`). */
  workerThreshold?: number;
}

const imageRuleIds = new Set(['trademark/image', 'image/main-text', 'image/missing']);

/** Below this many files to lint, starting worker threads costs more than it saves (measured in docs/performance.md). */
export const WORKER_THRESHOLD = 2000;

/** Lints files into a report; the sources of linted files come back for code frames. */
export async function lintFiles(options: EngineOptions): Promise<{ report: Report; sources: Map<string, string> }> {
  const { cwd } = options;
  const imageRulesOn = options.ocr.enabled && options.rules.some((r) => imageRuleIds.has(r.rule.id) && r.severity !== 'off');
  const rules = imageRulesOn ? options.rules : options.rules.filter((r) => !imageRuleIds.has(r.rule.id));
  const lanes = options.concurrency ?? availableParallelism();
  const poolFor = (files: number) =>
    files >= (options.workerThreshold ?? WORKER_THRESHOLD) && lanes > 1 && workerCanRun(rules) ? LintPool.start(lanes - 1) : undefined;
  // Without a result cache (and no OCR to run first) every file will be linted: workers start
  // now and load while this thread reads the files and compiles the watchlist.
  let pool = options.cacheDir === undefined && !imageRulesOn ? poolFor(options.files.length) : undefined;
  try {
    return await lintWithPool();
  } finally {
    await pool?.close();
  }

  // Reads, checks the cache, runs OCR and lints what the cache does not hold.
  async function lintWithPool(): Promise<{ report: Report; sources: Map<string, string> }> {
    const texts = readListingTexts(options.files, cwd, options.cacheDir !== undefined);
    let compiled = options.watchlist;
    const watchlist = () => (compiled ??= compileWatchlist(options.watchlistSources ?? []));
    const cache =
      options.cacheDir === undefined
        ? undefined
        : ResultCache.open(
            options.cacheDir,
            cacheContext({ ...options, watchlistHash: watchlistHash(options), imageRulesOn }),
          );
    const cached = texts.map((text) => cache?.get(text.file, text.hash));

    const images = imageRulesOn ? await readImages(texts, cached, options) : undefined;
    const settings: LintSettings = { ...options.settings, images };
    const outcomes: FileOutcome[] = new Array(texts.length);
    const misses: number[] = [];
    cached.forEach((entry, i) => {
      if (entry && (!images || sameImages(entry.images ?? {}, imageDigests(entry.outcome, images)))) outcomes[i] = entry.outcome;
      else misses.push(i);
    });
    if (misses.length > 0 || texts.length === 0) {
      // Workers start before the watchlist is compiled here: they load meanwhile.
      pool ??= poolFor(misses.length);
      await loadMarkdownParser();
      const context: FileLintContext = { watchlist: watchlist(), rules, settings, cwd, root: options.root, reportUnusedDisables: options.reportUnusedDisables };
      const linted = await lintTexts(misses.map((i) => texts[i]), context, pool);
      misses.forEach((index, k) => {
        outcomes[index] = linted[k];
        const { hash } = texts[index];
        if (cache && hash !== undefined) cache.set(linted[k].file, { hash, ...(images ? { images: imageDigests(linted[k], images) } : {}), outcome: linted[k] });
      });
      // Saved before the cross-file checks below add findings to these outcomes.
      cache?.save();
    }
    return assembleReport(outcomes, texts, options);
  }
}

/** Lints files on this thread, and on the pool's workers when there is one; outcomes in input order. */
async function lintTexts(inputs: ListingText[], context: FileLintContext, pool: LintPool | undefined): Promise<FileOutcome[]> {
  const lintHere = fileLinter(context);
  if (!pool) return inputs.map(lintHere);
  const { watchlist, settings, cwd, root, reportUnusedDisables } = context;
  pool.setup({
    marks: [...watchlist.marks.values()],
    watchlistFiles: watchlist.files,
    watchlistHash: watchlist.hash,
    rules: context.rules.map(({ rule, severity, options }) => ({ id: rule.id, severity, options })),
    settings,
    cwd,
    root,
    reportUnusedDisables,
  });
  return pool.run(inputs, lintHere);
}

function watchlistHash(options: EngineOptions): string {
  return options.watchlist ? options.watchlist.hash : hashWatchlistSources(options.watchlistSources ?? []);
}

/** OCR results of every image the files reference; cached files name theirs without a parse. */
async function readImages(texts: ListingText[], cached: Array<CachedResult | undefined>, options: EngineOptions): Promise<Map<string, ImageText>> {
  const requests = new Map<string, { path: string; absolutePath: string }>();
  texts.forEach(({ absolutePath, file, text }, i) => {
    const entry = cached[i];
    if (entry) {
      for (const [path, absolutePath] of entry.outcome.listings.flatMap((listing) => listing.readable)) requests.set(path, { path, absolutePath });
      return;
    }
    if (text === undefined || !text.includes('images')) return;
    const format = listingFormat(absolutePath);
    if (!format) return;
    const { result } = readListingFile(text, format, { file, absolutePath, root: options.root, cwd: options.cwd }, false);
    if (result.kind !== 'listings') return;
    for (const image of result.listings.flatMap((listing) => listing.images)) {
      if (image.path !== undefined && image.absolutePath !== undefined) requests.set(image.path, { path: image.path, absolutePath: image.absolutePath });
    }
  });
  if (requests.size === 0) return new Map();
  const { readImageTexts } = await import('./image/index.js');
  return readImageTexts([...requests.values()], {
    engine: options.ocr.engine,
    concurrency: options.ocr.concurrency,
    cacheDir: options.ocr.cacheDir,
    timeoutMs: options.ocr.timeoutMs,
    passes: options.ocr.passes,
    onNotice: options.ocr.onNotice,
    onProgress: options.ocr.onProgress,
  });
}

/** Image path → digest of its OCR result, for the images a file's listings reference. */
function imageDigests(outcome: FileOutcome, images: Map<string, ImageText>): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const [path] of outcome.listings.flatMap((listing) => listing.readable)) {
    digests[path] = createHash('sha1').update(JSON.stringify(images.get(path) ?? null)).digest('base64');
  }
  return digests;
}

function sameImages(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Cross-file checks, fingerprints, order and totals; never cached, so never stale. */
function assembleReport(outcomes: FileOutcome[], texts: ListingText[], options: EngineOptions): { report: Report; sources: Map<string, string> } {
  const { cwd } = options;
  const parseErrorRule = options.rules.find((r) => r.rule.id === parseError.id) ?? { rule: parseError, severity: 'error' as const };
  // Outcomes come sorted and fingerprinted per file; only those that get a cross-file finding need it again.
  const touched = new Set<FileOutcome>();
  for (const outcome of outcomes) {
    if (outcome.listings.length === 0 && outcome.findings.length === 0 && options.explicit?.has(path.resolve(cwd, outcome.file))) {
      const finding = stampFact(parseErrorRule, { messageId: 'notListing', location: { line: 1, column: 1, endLine: 1, endColumn: 1 } }, { file: outcome.file });
      if (finding) outcome.findings.push(finding);
      touched.add(outcome);
    }
  }
  const order = outcomes.map((_, i) => i).sort((a, b) => (outcomes[a].file < outcomes[b].file ? -1 : outcomes[a].file > outcomes[b].file ? 1 : 0));
  reportDuplicateSkus(order.map((i) => outcomes[i]), options.rules, touched);

  const results: FileResult[] = [];
  const sources = new Map<string, string>();
  const summary: Summary = { files: 0, listings: 0, images: 0, errors: 0, warnings: 0, infos: 0 };
  const imagePaths = new Set<string>();
  for (const i of order) {
    const outcome = outcomes[i];
    if (outcome.listings.length === 0 && outcome.findings.length === 0) continue;
    if (touched.has(outcome)) sortAndFingerprint(outcome.findings);
    let errorCount = 0;
    let warningCount = 0;
    let infoCount = 0;
    for (const { severity } of outcome.findings) {
      if (severity === 'error') errorCount += 1;
      else if (severity === 'warning') warningCount += 1;
      else infoCount += 1;
    }
    results.push({ filePath: outcome.file, errorCount, warningCount, infoCount, findings: outcome.findings });
    const { text } = texts[i];
    if (outcome.framed && text !== undefined) sources.set(outcome.file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    summary.files += 1;
    summary.listings += outcome.listings.length;
    for (const image of outcome.listings.flatMap((listing) => listing.images)) imagePaths.add(image);
    summary.errors += errorCount;
    summary.warnings += warningCount;
    summary.infos += infoCount;
  }
  // With OCR off no image was checked, whatever the listings reference.
  summary.images = options.ocr.enabled ? imagePaths.size : 0;
  return { report: makeReport(results, summary, options.rules, options.toolVersion, cwd), sources };
}

/** Reports every listing after the first with the same SKU; `ordered` is sorted by file. */
function reportDuplicateSkus(ordered: FileOutcome[], rules: ConfiguredRule[], touched: Set<FileOutcome>): void {
  const configured = rules.find((r) => r.rule.id === duplicateSku.id);
  if (!configured || configured.severity === 'off') return;
  const first = new Map<string, { file: string; listing: ListingDigest }>();
  for (const outcome of ordered) {
    for (const listing of outcome.listings) {
      if (listing.sku === undefined) continue;
      const earlier = first.get(listing.sku);
      if (!earlier) {
        first.set(listing.sku, { file: outcome.file, listing });
        continue;
      }
      const finding = stampFact(
        configured,
        {
          messageId: 'duplicate',
          data: { sku: listing.sku, first: `${earlier.file}:${earlier.listing.skuLocation.line}` },
          location: listing.skuLocation,
          field: 'sku',
        },
        { file: outcome.file, sku: listing.sku },
      );
      if (finding) outcome.findings.push(finding);
      touched.add(outcome);
    }
  }
}

/** A minimal descriptor for a finding whose rule a report does not describe (a plugin rule, another version). */
export function describeFindingRule(finding: Finding): RuleDescriptor {
  return {
    id: finding.ruleId,
    name: finding.ruleId,
    shortDescription: finding.ruleId,
    fullDescription: finding.ruleId,
    defaultSeverity: finding.severity,
    url: finding.url,
  };
}

/** Describes configured rules for reporters. */
export function describeRules(rules: ConfiguredRule[]): RuleDescriptor[] {
  return rules
    .flatMap(({ rule, severity }) =>
      severity === 'off'
        ? []
        : [{
            id: rule.id,
            name: rule.meta.name,
            shortDescription: rule.meta.description,
            fullDescription: rule.meta.fullDescription,
            defaultSeverity: severity,
            url: ruleUrl(rule.id),
          }],
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}

function makeReport(results: FileResult[], summary: Summary, rules: ConfiguredRule[], version: string, cwd: string): Report {
  return {
    version: 1,
    tool: { name: 'listinglint', version },
    results,
    summary,
    rules: describeRules(rules),
    cwd: cwd.split(path.sep).join('/'),
  };
}

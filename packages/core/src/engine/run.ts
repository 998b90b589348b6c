import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { formatsFor, prepareFormats, readListingFile } from '../formats/index.js';
import { stripBom } from '../source/bom.js';
import { lintFailure, lintRun, ruleUrl, type ConfiguredRule } from '../kernel/lint-listing.js';
import type { CompiledWatchlist, FileFailure, FileResult, ImageText, OcrEngineName, Report, RuleDescriptor, RunFacts, RunFactKind, Summary } from '../types.js';
import { compileWatchlist, hashWatchlistSources, type WatchlistSource } from '../watchlist/index.js';
import { sortAndFingerprint, type FileOutcome } from './file-outcome.js';
import { fileLinter, type FileLintContext } from './lint-file.js';
import { LintPool, workerCanRun } from './lint-pool.js';
import { readListingText, readListingTexts, readUnread, type FileStat, type ListingText } from './read-listing-texts.js';
import { ResultCache, type CachedResult } from './result-cache.js';
import { hashRunContext, serialiseRunContext, type RunContext } from './run-context.js';

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

/** The files of one lint, given to a prepared lint (`prepareLint`). */
export interface LintTargets {
  /** Absolute paths of the files to lint. */
  files: string[];
  /** Files named on the command line: reported even when they are not listings. */
  explicit?: Set<string>;
  /** Text of some `files` given in memory (standard input, an editor's open document), by absolute path: read instead of the disk. */
  contents?: ReadonlyMap<string, string>;
  /** Stats of some `files` taken when they were found (the folder walk), by absolute path: not taken again. */
  stats?: ReadonlyMap<string, FileStat>;
}

/** What a lint needs besides its files: the run context, the watchlist and how to gather run facts. */
export interface LintSetup extends Omit<RunContext, 'reportUnusedDisables'> {
  reportUnusedDisables?: boolean;
  /** The compiled watchlist; or leave it out and give `watchlistSources`. */
  watchlist?: CompiledWatchlist;
  /** Watchlist files, compiled only when some file is not in the result cache (its errors are `ConfigError`s). */
  watchlistSources?: WatchlistSource[];
  ocr: EngineOcrOptions;
  /** Config `copyright` (absolute folders): reference pictures and the seller's own, for `image/copyright`. */
  copyright?: { references: string[]; owned: string[] };
  /** Folder of the per-file result cache; undefined: no result cache is read or written. */
  cacheDir?: string;
  /** Threads that lint text (default: available cores); worker threads start only for large runs. */
  concurrency?: number;
  /** Files to lint from which worker threads start (default `WORKER_THRESHOLD`). */
  workerThreshold?: number;
}

/** Everything one run needs: its set-up and its files. */
export interface EngineOptions extends LintSetup, LintTargets {}

/** Below this many files to lint, starting worker threads costs more than it saves (measured in docs/performance.md). */
export const WORKER_THRESHOLD = 2000;

const IMAGE_FACTS: ReadonlySet<RunFactKind> = new Set(['ocr-lines', 'image-facts']);

/** The run facts the enabled rules need and this run can gather (OCR only when it is on). */
function factsNeeded(options: LintSetup): Set<RunFactKind> {
  const needed = new Set<RunFactKind>();
  for (const { rule, severity } of options.rules) {
    if (severity === 'off') continue;
    // Image facts, like OCR, are gathered only when images are read at all (`--no-ocr` skips images).
    for (const need of rule.meta.needs ?? []) if (!IMAGE_FACTS.has(need) || options.ocr.enabled) needed.add(need);
  }
  return needed;
}

/** A run's report, the sources of linted files (for code frames) and the OCR engine that read the images. */
export interface LintFilesResult {
  report: Report;
  sources: Map<string, string>;
  /** Marks in each of `watchlistSources`, when known without parsing them again (compiled in this run, or counted by the run that filled the cache). */
  watchlistMarks?: number[];
  /** The engine that read the images (the fallback when it took over); undefined when no image was read. */
  ocrEngine?: OcrEngineName;
}

/** A lint whose set-up is done: `lint` it once with its files. */
export interface PreparedLint {
  lint(targets: LintTargets): Promise<LintFilesResult>;
}

/** Lints files into a report; the sources of linted files come back for code frames. */
export async function lintFiles(options: EngineOptions): Promise<LintFilesResult> {
  return prepareLint(options, options.files.length).lint(options);
}

/**
 * Does what a lint needs before its files are known, so that a caller can find them meanwhile
 * on another thread (the CLI walks the folders on one): without a result cache it compiles the
 * watchlist (every file will be linted), with one it reads the cache. With `fileCount` known,
 * the worker threads of a large run start first and load while the watchlist compiles.
 * A broken watchlist throws here (a `ConfigError`).
 */
export function prepareLint(options: LintSetup, fileCount?: number): PreparedLint {
  const { cwd } = options;
  const needed = factsNeeded(options);
  // A rule whose run facts cannot be gathered (OCR off) is left out rather than run blind.
  const rules = options.rules.filter(({ rule }) => (rule.meta.needs ?? []).every((need) => needed.has(need)));
  const run: RunContext = {
    cwd,
    root: options.root,
    rules,
    settings: options.settings,
    reportUnusedDisables: options.reportUnusedDisables ?? false,
    toolVersion: options.toolVersion,
    ...(options.inputs ? { inputs: options.inputs } : {}),
  };
  const lanes = options.concurrency ?? availableParallelism();
  const poolFor = (files: number) =>
    files >= (options.workerThreshold ?? WORKER_THRESHOLD) && lanes > 1 && workerCanRun(rules) ? LintPool.start(lanes - 1) : undefined;
  // Without a result cache (and no OCR to run first) every file will be linted: workers start
  // (when the number of files is known) and load while this thread compiles the watchlist, and
  // each lane reads the files it lints (this thread never holds every text at once).
  const everyFile = options.cacheDir === undefined && needed.size === 0;
  const early = everyFile && fileCount !== undefined ? poolFor(fileCount) : undefined;
  let compiled = options.watchlist;
  const watchlist = () => (compiled ??= compileWatchlist(options.watchlistSources ?? []));
  let cache: ResultCache | undefined;
  try {
    cache = options.cacheDir === undefined ? undefined : ResultCache.open(options.cacheDir, hashRunContext(run, watchlistHash(options), [...needed].sort()));
    if (everyFile) watchlist();
  } catch (error) {
    void early?.close();
    throw error;
  }

  return {
    async lint(targets) {
      let pool = early ?? (everyFile ? poolFor(targets.files.length) : undefined);
      try {
        return await lintWithPool({ ...options, ...targets }, pool !== undefined, (misses) => (pool ??= poolFor(misses)));
      } finally {
        await pool?.close();
      }
    },
  };

  // Reads, checks the cache, gathers run facts and lints what the cache does not hold.
  async function lintWithPool(options: EngineOptions, deferred: boolean, poolOf: (misses: number) => LintPool | undefined): Promise<LintFilesResult> {
    // With the cache, a file whose stat signature is the cached one is neither read nor hashed.
    const texts = readListingTexts(options.files, cwd, cache !== undefined, {
      contents: options.contents,
      known: cache && ((file) => cache!.known(file)),
      deferred,
      stats: options.stats,
    });
    const cached = texts.map((text) => {
      const entry = cache?.get(text.file, text.hash);
      if (entry && text.stat !== undefined) cache!.restat(text.file, text.stat);
      return entry;
    });

    const facts = await gatherImageFacts(texts, cached, options, needed);
    const outcomes: FileOutcome[] = new Array(texts.length);
    const misses: number[] = [];
    const imagesRead = facts.images !== undefined || facts.imageFacts !== undefined;
    cached.forEach((entry, i) => {
      if (entry && (!imagesRead || sameImages(entry.images ?? {}, imageDigests(entry.outcome, facts)))) outcomes[i] = entry.outcome;
      else misses.push(i);
    });
    if (misses.length > 0 || texts.length === 0) {
      // A file left unread on its stat signature whose images changed: read it now.
      if (!deferred) for (const i of misses) texts[i] = readUnread(texts[i]);
      // Workers start before the watchlist is compiled here: they load meanwhile.
      const pool = poolOf(misses.length);
      await prepareFormats();
      const context: FileLintContext = { run, watchlist: watchlist(), facts };
      const linted = await lintTexts(misses.map((i) => texts[i]), context, pool);
      misses.forEach((index, k) => {
        outcomes[index] = linted[k];
        const { hash, stat } = texts[index];
        if (cache && hash !== undefined) {
          const images = imagesRead ? { images: imageDigests(linted[k], facts) } : {};
          cache.set(linted[k].file, { hash, ...(stat !== undefined ? { stat } : {}), ...images, outcome: linted[k] });
        }
      });
    }
    const watchlistMarks = compiled && options.watchlistSources ? marksPerFile(compiled, options.watchlistSources) : cache?.watchlistMarks;
    if (cache) cache.watchlistMarks = watchlistMarks;
    // Saved before the cross-file rules below add findings to these outcomes (also when only
    // stat signatures changed: a file touched but not changed is hashed once, not on every run).
    cache?.save();
    const read = [...(facts.images?.values() ?? [])].flatMap((image) => (image.ok ? [image.engine] : []));
    const ocrEngine = read.includes('tesseract') ? 'tesseract' : read[0];
    return { ...assembleReport(outcomes, texts, options, rules), ...(ocrEngine ? { ocrEngine } : {}), ...(watchlistMarks ? { watchlistMarks } : {}) };
  }
}

/**
 * File texts for code frames: those read in this run, and those left unread on their stat
 * signature, read when a reporter asks for them (the JSON and SARIF reporters never do).
 * Iterating reads them all, in report order.
 */
class FileSources extends Map<string, string> {
  private readonly order: string[] = [];
  private readonly unread = new Map<string, string>();

  add(file: string, text: string): void {
    this.order.push(file);
    super.set(file, text);
  }

  later(file: string, absolutePath: string): void {
    this.order.push(file);
    this.unread.set(file, absolutePath);
  }

  override has(file: string): boolean {
    return super.has(file) || this.unread.has(file);
  }

  override get(file: string): string | undefined {
    const absolutePath = this.unread.get(file);
    if (absolutePath !== undefined) {
      this.unread.delete(file);
      const { text } = readListingText(absolutePath, file, false);
      if (text !== undefined) super.set(file, stripBom(text));
    }
    return super.get(file);
  }

  override get size(): number {
    this.readAll();
    return super.size;
  }

  override entries(): MapIterator<[string, string]> {
    this.readAll();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.readAll();
    return super.keys();
  }

  override values(): MapIterator<string> {
    this.readAll();
    return super.values();
  }

  override forEach(callback: (value: string, key: string, map: Map<string, string>) => void, thisArg?: unknown): void {
    this.readAll();
    super.forEach(callback, thisArg);
  }

  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  /** Reads every file still unread and puts all texts in report order. */
  private readAll(): void {
    if (this.unread.size === 0) return;
    for (const file of [...this.unread.keys()]) this.get(file);
    const texts = this.order.flatMap((file): Array<[string, string]> => (super.has(file) ? [[file, super.get(file)!]] : []));
    super.clear();
    for (const [file, text] of texts) super.set(file, text);
  }
}

/** How many of the compiled marks each watchlist file holds (ids are unique across files). */
function marksPerFile(watchlist: CompiledWatchlist, sources: WatchlistSource[]): number[] {
  const counts = new Map<string, number>();
  for (const mark of watchlist.marks.values()) counts.set(mark.source.file, (counts.get(mark.source.file) ?? 0) + 1);
  return sources.map((source) => counts.get(source.file) ?? 0);
}

/** Lints files on this thread, and on the pool's workers when there is one; outcomes in input order. */
async function lintTexts(inputs: ListingText[], context: FileLintContext, pool: LintPool | undefined): Promise<FileOutcome[]> {
  const lintHere = fileLinter(context);
  if (!pool) return inputs.map(lintHere);
  const { watchlist } = context;
  pool.setup({
    context: serialiseRunContext(context.run),
    marks: [...watchlist.marks.values()],
    watchlistFiles: watchlist.files,
    watchlistHash: watchlist.hash,
    facts: context.facts,
  });
  return pool.run(inputs, lintHere);
}

function watchlistHash(options: LintSetup): string {
  return options.watchlist ? options.watchlist.hash : hashWatchlistSources(options.watchlistSources ?? []);
}

/** The image run facts the enabled rules need (OCR lines, image facts) for every image the files reference. */
async function gatherImageFacts(texts: ListingText[], cached: Array<CachedResult | undefined>, options: EngineOptions, needed: Set<RunFactKind>): Promise<RunFacts> {
  if (!needed.has('ocr-lines') && !needed.has('image-facts')) return {};
  const requests = imageRequests(texts, cached, options);
  const facts: RunFacts = {};
  if (needed.has('ocr-lines')) facts.images = await readImages(requests, options);
  if (needed.has('image-facts')) {
    const { readImageFacts } = await import('../image/image-facts.js');
    facts.imageFacts = await readImageFacts(requests, {
      cwd: options.cwd,
      root: options.root,
      copyright: options.copyright,
      cacheDir: options.ocr.cacheDir,
      onNotice: options.ocr.onNotice,
    });
  }
  return facts;
}

/** Every image the files reference; cached files name theirs without a parse. */
function imageRequests(texts: ListingText[], cached: Array<CachedResult | undefined>, options: EngineOptions): Array<{ path: string; absolutePath: string }> {
  const requests = new Map<string, { path: string; absolutePath: string }>();
  texts.forEach(({ absolutePath, file, text, bytes }, i) => {
    const entry = cached[i];
    if (entry) {
      for (const [path, absolutePath] of entry.outcome.listings.flatMap((listing) => listing.readable)) requests.set(path, { path, absolutePath });
      return;
    }
    if (text === undefined) return;
    for (const format of formatsFor(absolutePath)) {
      const { result } = readListingFile(text, format, { file, absolutePath, root: options.root, cwd: options.cwd }, false, bytes, options.inputs);
      if (result.kind === 'not-listing') continue;
      if (result.kind !== 'listings') return;
      for (const image of result.listings.flatMap((listing) => listing.images)) {
        if (image.path !== undefined && image.absolutePath !== undefined) requests.set(image.path, { path: image.path, absolutePath: image.absolutePath });
      }
      return;
    }
  });
  return [...requests.values()];
}

/** OCR results of the requested images. */
async function readImages(requests: Array<{ path: string; absolutePath: string }>, options: EngineOptions): Promise<Map<string, ImageText>> {
  if (requests.length === 0) return new Map();
  const { readImageTexts } = await import('../image/index.js');
  return readImageTexts(requests, {
    root: options.root,
    engine: options.ocr.engine,
    concurrency: options.ocr.concurrency,
    cacheDir: options.ocr.cacheDir,
    timeoutMs: options.ocr.timeoutMs,
    passes: options.ocr.passes,
    onNotice: options.ocr.onNotice,
    onProgress: options.ocr.onProgress,
  });
}

/** Image path → digest of its OCR result and image facts, for the images a file's listings reference. */
function imageDigests(outcome: FileOutcome, facts: RunFacts): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const [path] of outcome.listings.flatMap((listing) => listing.readable)) {
    const seen = { text: facts.images?.get(path) ?? null, facts: facts.imageFacts?.get(path) ?? null };
    digests[path] = createHash('sha1').update(JSON.stringify(facts.imageFacts ? seen : seen.text)).digest('base64');
  }
  return digests;
}

function sameImages(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Files named on the command line that hold no listing, cross-file rules, fingerprints, order and totals; never cached, so never stale. */
function assembleReport(
  outcomes: FileOutcome[],
  texts: ListingText[],
  options: EngineOptions,
  rules: ConfiguredRule[],
): { report: Report; sources: Map<string, string> } {
  const { cwd } = options;
  // Outcomes come sorted and fingerprinted per file; only those that get a run-level finding need it again.
  const touched = new Set<FileOutcome>();
  for (const [i, outcome] of outcomes.entries()) {
    if (outcome.listings.length === 0 && outcome.findings.length === 0 && options.explicit?.has(path.resolve(cwd, outcome.file))) {
      // A named file that is not UTF-8 and no listing file (a glob would skip it): its bytes are the problem.
      texts[i] = readUnread(texts[i]);
      const { error } = texts[i];
      const at = { line: error?.line ?? 1, column: error?.column ?? 1, endLine: error?.line ?? 1, endColumn: error?.column ?? 1 };
      const failure: FileFailure = error?.kind === 'encoding' ? { kind: 'encoding', offset: Number(error.data.offset), location: at } : { kind: 'not-listing' };
      outcome.findings.push(...lintFailure(failure, rules, outcome.file));
      touched.add(outcome);
    }
  }
  const order = outcomes.map((_, i) => i).sort((a, b) => (outcomes[a].file < outcomes[b].file ? -1 : outcomes[a].file > outcomes[b].file ? 1 : 0));
  const byFile = new Map(order.map((i) => [outcomes[i].file, outcomes[i]]));
  for (const [file, findings] of lintRun(order.flatMap((i) => outcomes[i].listings), rules, options.settings)) {
    const outcome = byFile.get(file)!;
    outcome.findings.push(...findings);
    touched.add(outcome);
  }

  const results: FileResult[] = [];
  const sources = new FileSources();
  const summary: Summary = { files: 0, listings: 0, images: 0, errors: 0, warnings: 0, infos: 0 };
  const imagePaths = new Set<string>();
  for (const i of order) {
    const outcome = outcomes[i];
    if (outcome.listings.length === 0 && outcome.findings.length === 0) continue;
    if (touched.has(outcome)) sortAndFingerprint(outcome.findings);
    const counts = countSeverities(outcome.findings);
    results.push({ filePath: outcome.file, ...counts, findings: outcome.findings });
    const { text, unread, absolutePath } = texts[i];
    if (outcome.framed && text !== undefined) sources.add(outcome.file, stripBom(text));
    else if (outcome.framed && unread) sources.later(outcome.file, absolutePath);
    summary.files += 1;
    summary.listings += outcome.listings.length;
    for (const image of outcome.listings.flatMap((listing) => listing.images)) imagePaths.add(image);
    summary.errors += counts.errorCount;
    summary.warnings += counts.warningCount;
    summary.infos += counts.infoCount;
  }
  // With OCR off no image was checked, whatever the listings reference.
  summary.images = options.ocr.enabled ? imagePaths.size : 0;
  return { report: makeReport(results, summary, options.rules, options.toolVersion, cwd), sources };
}

/** Errors, warnings and infos among findings. */
export function countSeverities(findings: readonly { severity: string }[]): { errorCount: number; warningCount: number; infoCount: number } {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const { severity } of findings) {
    if (severity === 'error') errorCount += 1;
    else if (severity === 'warning') warningCount += 1;
    else infoCount += 1;
  }
  return { errorCount, warningCount, infoCount };
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
    version: 2,
    tool: { name: 'listinglint', version },
    results,
    summary,
    rules: describeRules(rules),
    cwd: cwd.split(path.sep).join('/'),
  };
}

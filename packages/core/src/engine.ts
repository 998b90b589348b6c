import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fingerprintFindings } from './fingerprint.js';
import { compareFindings, lintListing, ruleUrl, stampFact, type ConfiguredRule } from './kernel.js';
import { listingFormat, readListingFile, type ListingFileResult } from './listing/index.js';
import { parseDirectives } from './suppress/parse-directives.js';
import { duplicateSku } from './rules/listing/duplicate-sku.js';
import { parseError } from './rules/listing/parse-error.js';
import type {
  CompiledWatchlist,
  FileResult,
  Finding,
  ImageText,
  LintSettings,
  Listing,
  Report,
  RuleDescriptor,
  Summary,
} from './types.js';

/** How the engine reads images; the image pipeline is loaded only when there are images to read. */
export interface EngineOcrOptions {
  enabled: boolean;
  concurrency: number;
  cacheDir?: string;
  timeoutMs?: number;
  passes?: number[];
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
  watchlist: CompiledWatchlist;
  rules: ConfiguredRule[];
  settings: Omit<LintSettings, 'images'>;
  ocr: EngineOcrOptions;
  reportUnusedDisables?: boolean;
  toolVersion: string;
}

/** What linting one file gave, before cross-file checks. */
interface FileOutcome {
  file: string;
  findings: Finding[];
  listings: Listing[];
  source?: string;
}

const imageRuleIds = new Set(['trademark/image', 'image/main-text', 'image/missing']);

/** Lints files into a report; the sources of linted files come back for code frames. */
export async function lintFiles(options: EngineOptions): Promise<{ report: Report; sources: Map<string, string> }> {
  const { cwd } = options;
  const shown = (absolute: string) => path.relative(cwd, absolute).split(path.sep).join('/') || '.';
  const texts = await Promise.all(options.files.map(async (absolutePath) => ({ absolutePath, ...(await readText(absolutePath)) })));

  const imageRulesOn = options.ocr.enabled && options.rules.some((r) => imageRuleIds.has(r.rule.id) && r.severity !== 'off');
  let images: Map<string, ImageText> | undefined;
  if (imageRulesOn) {
    const requests = new Map<string, { path: string; absolutePath: string }>();
    for (const { absolutePath, text } of texts) {
      if (text === undefined || !text.includes('images')) continue;
      const format = listingFormat(absolutePath);
      if (!format) continue;
      const { result } = readListingFile(text, format, { file: shown(absolutePath), absolutePath, root: options.root, cwd }, false);
      if (result.kind !== 'listings') continue;
      for (const image of result.listings.flatMap((listing) => listing.images)) {
        if (image.path !== undefined && image.absolutePath !== undefined) requests.set(image.path, { path: image.path, absolutePath: image.absolutePath });
      }
    }
    if (requests.size > 0) {
      const { readImageTexts } = await import('./image/index.js');
      images = await readImageTexts([...requests.values()], {
        concurrency: options.ocr.concurrency,
        cacheDir: options.ocr.cacheDir,
        timeoutMs: options.ocr.timeoutMs,
        passes: options.ocr.passes,
        onProgress: options.ocr.onProgress,
      });
    } else images = new Map();
  }
  const rules = imageRulesOn ? options.rules : options.rules.filter((r) => !imageRuleIds.has(r.rule.id));
  const settings: LintSettings = { ...options.settings, images };

  const outcomes: FileOutcome[] = texts.map(({ absolutePath, text, error }) => {
    const file = shown(absolutePath);
    const format = listingFormat(absolutePath) ?? 'markdown';
    const configured = options.rules.find((r) => r.rule.id === parseError.id) ?? { rule: parseError, severity: 'error' as const };
    const fatal = (messageId: string, data: Record<string, string | number>, line = 1, column = 1): FileOutcome => {
      const finding = stampFact(configured, { messageId, data, location: { line, column, endLine: line, endColumn: column }, fatal: true }, { file });
      return { file, findings: finding ? [finding] : [], listings: [] };
    };
    if (error) return fatal(error.kind, error.data);
    const mayMatch = options.watchlist.matcher.mayMatch(text!);
    const { result, source } = readListingFile(text!, format, { file, absolutePath, root: options.root, cwd }, mayMatch);
    return lintParsed(result, source, file, format, fatal, options, rules, settings);
  });

  for (const outcome of outcomes) {
    if (outcome.listings.length === 0 && outcome.findings.length === 0 && options.explicit?.has(path.resolve(cwd, outcome.file))) {
      const configured = options.rules.find((r) => r.rule.id === parseError.id) ?? { rule: parseError, severity: 'error' as const };
      const finding = stampFact(configured, { messageId: 'notListing', location: { line: 1, column: 1, endLine: 1, endColumn: 1 } }, { file: outcome.file });
      if (finding) outcome.findings.push(finding);
    }
  }
  reportDuplicateSkus(outcomes, options.rules);

  const results: FileResult[] = [];
  const sources = new Map<string, string>();
  const summary: Summary = { files: 0, listings: 0, images: 0, errors: 0, warnings: 0, infos: 0 };
  const imagePaths = new Set<string>();
  for (const outcome of outcomes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (outcome.listings.length === 0 && outcome.findings.length === 0) continue;
    outcome.findings.sort(compareFindings);
    fingerprintFindings(outcome.findings);
    const count = (severity: Finding['severity']) => outcome.findings.filter((f) => f.severity === severity).length;
    const result: FileResult = {
      filePath: outcome.file,
      errorCount: count('error'),
      warningCount: count('warning'),
      infoCount: count('info'),
      findings: outcome.findings,
    };
    results.push(result);
    if (outcome.source !== undefined) sources.set(outcome.file, outcome.source);
    summary.files += 1;
    summary.listings += outcome.listings.length;
    for (const image of outcome.listings.flatMap((listing) => listing.images)) imagePaths.add(image.path ?? image.written);
    summary.errors += result.errorCount;
    summary.warnings += result.warningCount;
    summary.infos += result.infoCount;
  }
  summary.images = imagePaths.size;
  return { report: makeReport(results, summary, options.rules, options.toolVersion, cwd), sources };
}

function lintParsed(
  result: ListingFileResult,
  source: string,
  file: string,
  format: 'markdown' | 'json',
  fatal: (messageId: string, data: Record<string, string | number>, line?: number, column?: number) => FileOutcome,
  options: EngineOptions,
  rules: ConfiguredRule[],
  settings: LintSettings,
): FileOutcome {
  if (result.kind === 'not-listing') return { file, findings: [], listings: [] };
  if (result.kind === 'error') {
    const outcome = fatal('syntax', { problem: result.message, format: format === 'json' ? 'JSON' : 'front matter' }, result.location.line, result.location.column);
    outcome.source = source;
    return outcome;
  }
  const directives = parseDirectives(source, format);
  const findings: Finding[] = [];
  for (const listing of result.listings) {
    listing.directives = directives;
    findings.push(...lintListing(listing, options.watchlist, rules, settings, { reportUnusedDisables: options.reportUnusedDisables }));
  }
  return { file, findings, listings: result.listings, source };
}

async function readText(absolutePath: string): Promise<{ text?: string; error?: { kind: string; data: Record<string, string | number> } }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    return { error: { kind: 'unreadable', data: { problem: (error as NodeJS.ErrnoException).code ?? String(error) } } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: { kind: 'encoding', data: { offset: firstBadByte(bytes) } } };
  }
}

/** The offset of the first byte that breaks UTF-8 (overlong forms aside). */
function firstBadByte(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    const trailing = byte < 0x80 ? 0 : byte >> 5 === 0b110 ? 1 : byte >> 4 === 0b1110 ? 2 : byte >> 3 === 0b11110 ? 3 : -1;
    if (trailing < 0) return i;
    for (let k = 1; k <= trailing; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += trailing + 1;
  }
  return i;
}

function reportDuplicateSkus(outcomes: FileOutcome[], rules: ConfiguredRule[]): void {
  const configured = rules.find((r) => r.rule.id === duplicateSku.id);
  if (!configured || configured.severity === 'off') return;
  const first = new Map<string, Listing>();
  const ordered = [...outcomes].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const outcome of ordered) {
    for (const listing of outcome.listings) {
      if (listing.sku === undefined) continue;
      const earlier = first.get(listing.sku);
      if (!earlier) {
        first.set(listing.sku, listing);
        continue;
      }
      const where = listing.keyLocations.sku ?? listing.location;
      const finding = stampFact(
        configured,
        {
          messageId: 'duplicate',
          data: { sku: listing.sku, first: `${earlier.file}:${(earlier.keyLocations.sku ?? earlier.location).line}` },
          location: where,
          field: 'sku',
        },
        listing,
      );
      if (finding) outcome.findings.push(finding);
    }
  }
}

/** Describes configured rules for reporters. */
export function describeRules(rules: ConfiguredRule[]): RuleDescriptor[] {
  return rules
    .filter((configured) => configured.severity !== 'off')
    .map(({ rule, severity }) => ({
      id: rule.id,
      name: rule.meta.name,
      shortDescription: rule.meta.description,
      fullDescription: rule.meta.fullDescription,
      defaultSeverity: severity === 'off' ? rule.meta.defaultSeverity : severity,
      url: ruleUrl(rule.id),
    }))
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

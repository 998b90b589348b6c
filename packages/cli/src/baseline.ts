import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve as resolvePath } from 'node:path';
import { builtinRules, countSeverities, severityRank, unsuppressibleRuleIds } from '@listinglint/core';
import type { FileResult, Finding, Report } from '@listinglint/core';
import { UsageError } from './usage-error.js';

/** Version of the baseline file format. */
export const BASELINE_VERSION = 1;

/**
 * Known findings with the same identity, counted. Never keyed by line or column, so
 * inserting lines above a finding keeps it baselined.
 */
export interface BaselineEntry {
  file: string;
  sku?: string;
  field?: string;
  ruleId: string;
  markId?: string;
  /** Matched text, normalised (NFKC, lower case, letters and digits only). */
  text?: string;
  /** Image path, for findings on an image. */
  image?: string;
  /** The worst severity and use recorded: a finding that got worse (a warning that became an error, a compatibility use that became a "dupe") is not hidden. Absent in older baselines: any. */
  severity?: Finding['severity'];
  use?: NonNullable<Finding['use']>;
  count: number;
}

/** The contents of a baseline file. */
export interface Baseline {
  version: typeof BASELINE_VERSION;
  entries: BaselineEntry[];
}

/** What {@link applyBaseline} returns. */
export interface BaselineOutcome {
  /** Results without the baselined findings, counts recomputed. */
  results: FileResult[];
  /** Findings hidden by the baseline, marked `suppressed: 'baseline'`. */
  suppressed: Finding[];
  /** Entries of linted files that occurred fewer times than recorded, with the missing count. */
  stale: BaselineEntry[];
}

const keyFields = ['file', 'sku', 'field', 'ruleId', 'markId', 'text', 'image'] as const;
const useRank = { nominative: 0, brand: 1, counterfeit: 2 } as const;

/** Records the finding's severity and use on the entry, keeping the worst seen. */
function grade(entry: BaselineEntry, finding: Finding): void {
  if (entry.severity === undefined || severityRank[finding.severity] > severityRank[entry.severity]) entry.severity = finding.severity;
  if (finding.use !== undefined && (entry.use === undefined || useRank[finding.use] > useRank[entry.use])) entry.use = finding.use;
}

/** The more serious of two grades; undefined (any) when either is. */
function worse<T extends string>(a: T | undefined, b: T | undefined, rank: Readonly<Record<T, number>>): T | undefined {
  if (a === undefined || b === undefined) return undefined;
  return rank[a] >= rank[b] ? a : b;
}

/** Whether an entry may hide this finding: at the same or a lower severity and use than recorded. */
function covers(entry: BaselineEntry, finding: Finding): boolean {
  if (entry.severity !== undefined && severityRank[finding.severity] > severityRank[entry.severity]) return false;
  return entry.use === undefined || finding.use === undefined || useRank[finding.use] <= useRank[entry.use];
}

/** Matched text as it matters for identity: NFKC, lower case, letters and digits only. */
function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The identity part of an entry (everything but `count`) for a finding. */
function entryFor(finding: Finding): Omit<BaselineEntry, 'count'> {
  const entry: Omit<BaselineEntry, 'count'> = { file: finding.file, ruleId: finding.ruleId };
  if (finding.sku !== undefined) entry.sku = finding.sku;
  if (finding.field !== undefined) entry.field = finding.field;
  if (finding.markId !== undefined) entry.markId = finding.markId;
  if (finding.matchedText !== undefined) entry.text = normaliseText(finding.matchedText);
  if (finding.image !== undefined) entry.image = finding.image.path;
  return entry;
}

function keyOf(entry: Omit<BaselineEntry, 'count'>): string {
  return JSON.stringify(keyFields.map((name) => entry[name] ?? null));
}

/** Parse errors are never baselined: a file that cannot be read must always fail the gate. */
function baselinable(finding: Finding): boolean {
  return finding.fatal !== true && finding.internal !== true && !unsuppressible.has(finding.ruleId);
}

/**
 * Builds a baseline from the current results. Entries of `previous` whose file was not
 * linted in this run (a `--changed-since` or `--shard` run) are kept.
 */
export function createBaseline(
  results: FileResult[],
  previous?: Baseline,
  skipped: ReadonlySet<string> = new Set(),
  partial = previous !== undefined,
): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const result of results) {
    for (const finding of result.findings.filter(baselinable)) {
      const identity = entryFor(finding);
      const key = keyOf(identity);
      const entry = counts.get(key) ?? { ...identity, count: 0 };
      entry.count += 1;
      grade(entry, finding);
      counts.set(key, entry);
    }
  }
  const linted = new Set(results.map((result) => result.filePath));
  // Entries of files not linted in this run, and of rules this run skipped (image rules under --no-ocr), stay.
  const kept = (previous?.entries ?? []).filter((entry) => (partial && !linted.has(entry.file)) || skipped.has(entry.ruleId));
  return { version: BASELINE_VERSION, entries: sortEntries([...kept, ...counts.values()]) };
}

/** Hides findings recorded in the baseline, up to each entry's count. */
export function applyBaseline(results: FileResult[], baseline: Baseline): BaselineOutcome {
  const remaining = new Map<string, BaselineEntry>();
  for (const entry of baseline.entries) {
    const key = keyOf(entry);
    const known = remaining.get(key);
    const merged: BaselineEntry = { ...entry, count: entry.count + (known?.count ?? 0) };
    // Two entries of one identity (a hand-merged file) cover the worse grade; one without a grade covers any.
    if (known) {
      merged.severity = worse(known.severity, entry.severity, severityRank);
      merged.use = worse(known.use, entry.use, useRank);
      if (merged.severity === undefined) delete merged.severity;
      if (merged.use === undefined) delete merged.use;
    }
    remaining.set(key, merged);
  }
  const suppressed: Finding[] = [];
  const kept = results.map((result): FileResult => {
    const findings = result.findings.filter((finding) => {
      if (!baselinable(finding)) return true;
      const entry = remaining.get(keyOf(entryFor(finding)));
      if (!entry || entry.count === 0 || !covers(entry, finding)) return true;
      entry.count -= 1;
      suppressed.push({ ...finding, suppressed: 'baseline' });
      return false;
    });
    return { ...result, ...countSeverities(findings), findings };
  });
  const linted = new Set(results.map((result) => result.filePath));
  const stale = [...remaining.values()].filter((entry) => entry.count > 0 && linted.has(entry.file));
  return { results: kept, suppressed, stale: sortEntries(stale) };
}

/** Rules that read images: skipped under --no-ocr. */
const imageRuleIds = new Set([...builtinRules.values()].filter((rule) => rule.meta.needs?.includes('ocr-lines')).map((rule) => rule.id));

/** Rules whose findings a baseline never hides (`meta.suppressible: false`). */
const unsuppressible = unsuppressibleRuleIds(builtinRules.values());

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const compare = (a: BaselineEntry, b: BaselineEntry): number => {
    for (const name of keyFields) {
      const left = a[name] ?? '';
      const right = b[name] ?? '';
      if (left !== right) return left < right ? -1 : 1;
    }
    return 0;
  };
  return [...entries].sort(compare);
}

/** The baseline file's text: sorted entries, keys in a fixed order, two-space indent, final newline. */
export function formatBaseline(baseline: Baseline): string {
  const entries = sortEntries(baseline.entries).map((entry) => {
    const ordered: Record<string, string | number> = {};
    for (const name of keyFields) if (entry[name] !== undefined) ordered[name] = entry[name];
    if (entry.severity !== undefined) ordered.severity = entry.severity;
    if (entry.use !== undefined) ordered.use = entry.use;
    ordered.count = entry.count;
    return ordered;
  });
  return `${JSON.stringify({ version: BASELINE_VERSION, entries }, null, 2)}\n`;
}

/**
 * Reads a baseline file. A missing file is an empty baseline when `allowMissing` (for
 * `--update-baseline`); otherwise missing or broken files are usage errors naming the file.
 */
export async function readBaseline(path: string, options: { allowMissing: boolean }): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      if (options.allowMissing) return { version: BASELINE_VERSION, entries: [] };
      throw new UsageError(`Baseline file ${path} does not exist: create it with --update-baseline`);
    }
    throw new UsageError(`Cannot read baseline file ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseBaseline(text, path);
}

/** Parses and validates a baseline file's text; `path` names the file in errors. */
export function parseBaseline(text: string, path: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`Baseline file ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const broken = (what: string): UsageError =>
    new UsageError(`Baseline file ${path} is broken: ${what}; recreate it with --update-baseline`);
  if (!isRecord(data) || data.version !== BASELINE_VERSION) throw broken(`expected an object with "version": ${BASELINE_VERSION}`);
  if (!Array.isArray(data.entries)) throw broken('"entries" must be an array');
  const entries = data.entries.map((raw: unknown, index: number): BaselineEntry => {
    const where = `entries[${index}]`;
    if (!isRecord(raw)) throw broken(`${where} must be an object`);
    if (typeof raw.file !== 'string' || typeof raw.ruleId !== 'string') throw broken(`${where} needs string "file" and "ruleId"`);
    if (!Number.isInteger(raw.count) || (raw.count as number) < 1) throw broken(`${where}.count must be a positive integer`);
    const entry: BaselineEntry = { file: raw.file, ruleId: raw.ruleId, count: raw.count as number };
    for (const name of ['sku', 'field', 'markId', 'text', 'image'] as const) {
      const value = raw[name];
      if (value === undefined) continue;
      if (typeof value !== 'string') throw broken(`${where}.${name} must be a string`);
      entry[name] = value;
    }
    if (raw.severity !== undefined) {
      if (typeof raw.severity !== 'string' || !(raw.severity in severityRank)) throw broken(`${where}.severity must be error, warning or info`);
      entry.severity = raw.severity as BaselineEntry['severity'];
    }
    if (raw.use !== undefined) {
      if (typeof raw.use !== 'string' || !(raw.use in useRank)) throw broken(`${where}.use must be nominative, brand or counterfeit`);
      entry.use = raw.use as BaselineEntry['use'];
    }
    return entry;
  });
  return { version: BASELINE_VERSION, entries };
}

/** Writes a baseline file atomically (a temporary file renamed over the old one). */
export async function writeBaseline(path: string, baseline: Baseline): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, formatBaseline(baseline));
    await rename(temporary, path);
  } catch (error) {
    throw new UsageError(`Cannot write baseline file ${path}: ${(error as Error).message}`, { cause: error });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where {@link gateWithBaseline} writes notes (never stdout, which may hold a JSON report). */
export interface BaselineIo {
  cwd: string;
  stderr: { write(text: string): unknown };
}

/**
 * Applies `--baseline FILE` and `--update-baseline` to a finished report: with update, the
 * current findings are written first (keeping other files' entries in a partial run); then
 * the baseline hides known findings, the summary is recomputed and stale entries are noted
 * on stderr (each one with `--verbose`, with the suppressed findings).
 */
export async function gateWithBaseline(
  report: Report,
  args: { baseline?: string; updateBaseline: boolean; verbose: boolean; partial: boolean; ocr?: boolean },
  io: BaselineIo,
): Promise<Report> {
  if (args.baseline === undefined) return report;
  const file = resolvePath(io.cwd, args.baseline);
  let baseline = await readBaseline(file, { allowMissing: args.updateBaseline });
  if (args.updateBaseline) {
    // Under --no-ocr the image rules did not run: their entries are kept, not dropped.
    const skipped = args.ocr === false ? imageRuleIds : new Set<string>();
    baseline = createBaseline(report.results, args.partial || skipped.size > 0 ? baseline : undefined, skipped, args.partial);
    await writeBaseline(file, baseline);
    const total = baseline.entries.reduce((sum, entry) => sum + entry.count, 0);
    io.stderr.write(`listinglint: baseline ${args.baseline} written with ${total} findings\n`);
  }
  const outcome = applyBaseline(report.results, baseline);
  const sum = (key: 'errorCount' | 'warningCount' | 'infoCount') => outcome.results.reduce((total, result) => total + result[key], 0);
  if (args.verbose) {
    for (const finding of outcome.suppressed) {
      io.stderr.write(`baseline: suppressed ${finding.file}:${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}\n`);
    }
  }
  if (outcome.stale.length > 0) {
    const count = outcome.stale.reduce((total, entry) => total + entry.count, 0);
    const what = count === 1 ? '1 baseline finding no longer occurs' : `${count} baseline findings no longer occur`;
    io.stderr.write(`listinglint: ${what}; run with --update-baseline to drop them\n`);
    if (args.verbose) {
      for (const entry of outcome.stale) {
        const what = [entry.ruleId, entry.field, entry.markId, entry.text && `"${entry.text}"`, entry.image].filter(Boolean).join(' ');
        io.stderr.write(`baseline: stale ${entry.file} ${what} (${entry.count} no longer found)\n`);
      }
    }
  }
  return {
    ...report,
    results: outcome.results,
    summary: {
      ...report.summary,
      errors: sum('errorCount'),
      warnings: sum('warningCount'),
      infos: sum('infoCount'),
      suppressed: outcome.suppressed.length,
    },
  };
}

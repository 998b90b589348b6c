import { randomBytes } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ruleUrl } from '../kernel/lint-listing.js';
import type { FileOutcome } from './file-outcome.js';

/** Tag of the pack's layout: a pack with another tag is foreign and ignored. */
const FORMAT = 'listinglint-text-results/5';

/** The pack's file name inside the cache folder. */
export const RESULT_PACK = 'text-results.json';

/** One cached file: the hash of its bytes, the OCR results it was linted with, and what linting gave. */
export interface CachedResult {
  hash: string;
  /** The file's stat signature when it was cached (read-listing-texts.ts): an equal one spares reading and hashing it. */
  stat?: string;
  /** Image path → digest of its OCR result, for the images the file's listings reference. */
  images?: Record<string, string>;
  outcome: FileOutcome;
}

interface Pack {
  format: string;
  context: string;
  /** Marks in each watchlist file (the context covers the watchlists' content): a warm run's evidence, without parsing them. */
  watchlistMarks?: number[];
  entries: Record<string, CachedResult>;
}

/**
 * Per-file lint results in one pack file, so that a warm run reads one file instead of
 * thousands. Entries are valid for one context (watchlist, config, rules, tool version, ...);
 * a pack made in another context, a foreign or a corrupt file is ignored and rebuilt.
 */
export class ResultCache {
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly context: string,
    private readonly entries: Map<string, CachedResult>,
    private marks: number[] | undefined,
  ) {}

  /** Opens the pack in `dir` for `context` (a digest of everything besides file content that shapes results). */
  static open(dir: string, context: string): ResultCache {
    const file = path.join(dir, RESULT_PACK);
    const { entries, watchlistMarks } = readPack(file, context);
    return new ResultCache(file, context, entries, watchlistMarks);
  }

  /** Marks in each watchlist file, when a run of this context counted them. */
  get watchlistMarks(): number[] | undefined {
    return this.marks;
  }

  set watchlistMarks(counts: number[] | undefined) {
    if (counts === undefined || (this.marks !== undefined && counts.join() === this.marks.join())) return;
    this.marks = counts;
    this.changed = true;
  }

  /** The cached result of `file` when its bytes hash to `hash`. */
  get(file: string, hash: string | undefined): CachedResult | undefined {
    const entry = this.entries.get(file);
    return entry && hash !== undefined && entry.hash === hash ? entry : undefined;
  }

  /** What the cache knows of `file` without reading it: its stat signature and hash. */
  known(file: string): CachedResult | undefined {
    return this.entries.get(file);
  }

  /** Notes a new stat signature for a file whose bytes are unchanged (touched, copied back, checked out again). */
  restat(file: string, stat: string): void {
    const entry = this.entries.get(file);
    if (!entry || entry.stat === stat) return;
    entry.stat = stat;
    this.changed = true;
  }

  /** Records a fresh result. */
  set(file: string, entry: CachedResult): void {
    this.entries.set(file, entry);
    this.changed = true;
  }

  /** Writes the pack atomically (temp file + rename) when it changed; a cache that cannot be written is skipped. */
  save(): void {
    if (!this.changed) return;
    const entries = Object.fromEntries([...this.entries].map(([file, entry]) => [file, compact(entry)]));
    const pack: Pack = { format: FORMAT, context: this.context, ...(this.marks ? { watchlistMarks: this.marks } : {}), entries };
    const temporary = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temporary, asciiJson(pack), 'latin1');
      renameSync(temporary, this.file);
      this.changed = false;
    } catch {
      rmSync(temporary, { force: true });
    }
  }
}

function readPack(file: string, context: string): { entries: Map<string, CachedResult>; watchlistMarks?: number[] } {
  let pack: Partial<Pack>;
  try {
    // The pack is written in ASCII: read as Latin-1 it decodes in a moment (as UTF-8 with
    // accented letters in messages, 17 MB took 0.2 s) and parses into one-byte strings.
    const bytes = readFileSync(file);
    if (!isAscii(bytes)) return { entries: new Map() };
    pack = JSON.parse(bytes.toString('latin1')) as Partial<Pack>;
  } catch {
    return { entries: new Map() };
  }
  if (pack?.format !== FORMAT || pack.context !== context || typeof pack.entries !== 'object' || pack.entries === null) return { entries: new Map() };
  const entries = new Map<string, CachedResult>();
  for (const [name, entry] of Object.entries(pack.entries)) if (isCachedResult(entry)) entries.set(name, expand(name, entry));
  const marks = pack.watchlistMarks;
  const counted = Array.isArray(marks) && marks.every((count) => Number.isInteger(count) && count >= 0);
  return { entries, ...(counted ? { watchlistMarks: marks } : {}) };
}

/** JSON with every character beyond ASCII written as a `\\u` escape (outside strings JSON is ASCII already). */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// What every finding of a file repeats (its file, its rule's docs URL) is left out of the
// pack and put back on load: a fifth less to parse on a warm run.
function compact(entry: CachedResult): CachedResult {
  const { file: _file, ...outcome } = entry.outcome;
  const findings = outcome.findings.map(({ url: _url, file: _findingFile, ...finding }) => finding);
  return { ...entry, outcome: { ...outcome, findings } as unknown as FileOutcome };
}

function expand(file: string, entry: CachedResult): CachedResult {
  const outcome = entry.outcome;
  outcome.file = file;
  for (const finding of outcome.findings) {
    finding.file = file;
    finding.url = ruleUrl(finding.ruleId);
  }
  return entry;
}

function isCachedResult(value: unknown): value is CachedResult {
  const entry = value as CachedResult | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.hash === 'string' &&
    typeof entry.outcome === 'object' &&
    entry.outcome !== null &&
    Array.isArray(entry.outcome.findings) &&
    Array.isArray(entry.outcome.listings)
  );
}

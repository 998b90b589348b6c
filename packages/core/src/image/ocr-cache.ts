import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OcrLine } from '../types.js';

/** What the cache keeps for one image: lines, never findings, so watchlist edits reuse it. */
export interface CachedOcr {
  width: number;
  height: number;
  lines: OcrLine[];
}

const FORMAT = 2;

/**
 * OCR results on disk, one JSON file per image, keyed by the sha256 of the image bytes plus
 * the OCR settings and engine version. Writes are atomic; unreadable entries count as misses.
 */
export class OcrCache {
  private readonly folder: string | undefined;

  /** `directory` undefined disables the cache; `settings` is everything that changes the words. */
  constructor(directory: string | undefined, private readonly settings: string) {
    this.folder = directory === undefined ? undefined : path.join(directory, 'ocr');
  }

  /** The cache key of an image's bytes under these settings. */
  key(bytes: Buffer): string {
    return createHash('sha256').update(this.settings).update('\0').update(bytes).digest('hex');
  }

  /** The cached lines, or undefined on a miss or a corrupt entry. */
  async read(key: string): Promise<CachedOcr | undefined> {
    if (!this.folder) return undefined;
    try {
      const entry: unknown = JSON.parse(await readFile(this.file(key), 'utf8'));
      return isEntry(entry, key) ? { width: entry.width, height: entry.height, lines: entry.lines } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores lines atomically (temp file + rename); a cache that cannot be written is skipped. */
  async write(key: string, value: CachedOcr): Promise<void> {
    if (!this.folder) return;
    const file = this.file(key);
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(temporary, JSON.stringify({ format: FORMAT, key, ...value }));
      await rename(temporary, file);
    } catch {
      await rm(temporary, { force: true }).catch(() => undefined);
    }
  }

  private file(key: string): string {
    return path.join(this.folder as string, key.slice(0, 2), `${key}.json`);
  }
}

function isEntry(entry: unknown, key: string): entry is CachedOcr & { format: number; key: string } {
  if (typeof entry !== 'object' || entry === null) return false;
  const candidate = entry as Record<string, unknown>;
  return (
    candidate.format === FORMAT &&
    candidate.key === key &&
    typeof candidate.width === 'number' &&
    typeof candidate.height === 'number' &&
    Array.isArray(candidate.lines) &&
    candidate.lines.every(isLine)
  );
}

function isLine(word: unknown): word is OcrLine {
  if (typeof word !== 'object' || word === null) return false;
  const { text, confidence, bbox } = word as Record<string, unknown>;
  if (typeof text !== 'string' || typeof confidence !== 'number' || typeof bbox !== 'object' || bbox === null) return false;
  const box = bbox as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((side) => typeof box[side] === 'number');
}

import type { OcrLine } from '../types.js';
import { ContentCache } from './content-cache.js';

/** What the cache keeps for one image: lines, never findings, so watchlist edits reuse it. */
export interface CachedOcr {
  width: number;
  height: number;
  lines: OcrLine[];
}

const FORMAT = 2;

/**
 * OCR results on disk, one JSON file per image in `ocr/`, keyed by the sha256 of the image bytes
 * plus the OCR settings and engine version.
 */
export class OcrCache extends ContentCache<CachedOcr> {
  /** `directory` undefined disables the cache; `settings` is everything that changes the words. */
  constructor(directory: string | undefined, settings: string) {
    super(directory, 'ocr', settings, FORMAT, isEntry);
  }

  override async read(key: string): Promise<CachedOcr | undefined> {
    const entry = await super.read(key);
    return entry && { width: entry.width, height: entry.height, lines: entry.lines };
  }
}

function isEntry(candidate: Record<string, unknown>): boolean {
  return typeof candidate.width === 'number' && typeof candidate.height === 'number' && Array.isArray(candidate.lines) && candidate.lines.every(isLine);
}

function isLine(word: unknown): word is OcrLine {
  if (typeof word !== 'object' || word === null) return false;
  const { text, confidence, bbox } = word as Record<string, unknown>;
  if (typeof text !== 'string' || typeof confidence !== 'number' || typeof bbox !== 'object' || bbox === null) return false;
  const box = bbox as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((side) => typeof box[side] === 'number');
}

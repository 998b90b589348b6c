import * as crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatsFor } from '../formats/index.js';
import { LineIndex } from '../source/line-index.js';

/** A listing file as read from disk: its text, or why it could not be read. */
export interface ListingText {
  absolutePath: string;
  /** Path shown in reports: relative to the working directory, forward slashes. */
  file: string;
  text?: string;
  /** The bytes of a file in a binary format (its `text` is empty). */
  bytes?: Uint8Array;
  /** Why the file could not be read; for bad bytes, the line and column where they start. */
  error?: { kind: 'unreadable' | 'encoding'; data: Record<string, string | number>; line?: number; column?: number };
  /** Hash of the file's bytes (cache key part); set when asked for. */
  hash?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

// The one-shot `crypto.hash` (Node 20.12+) skips a Hash object per file.
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'base64') => string }).hash;
const sha1 = (bytes: Uint8Array) => (oneShot ? oneShot('sha1', bytes, 'base64') : crypto.createHash('sha1').update(bytes).digest('base64'));

/**
 * Reads listing files, decodes them as strict UTF-8 and, when `hashed`, hashes their bytes.
 * Reads are synchronous on purpose: for thousands of small files a plain loop is about five
 * times faster than promise-based reads through the thread pool (measured in docs/performance.md).
 */
export function readListingTexts(files: string[], cwd: string, hashed: boolean): ListingText[] {
  const prefix = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  return files.map((absolutePath): ListingText => {
    // Files under the working directory (nearly all) need no path.relative.
    const relative = absolutePath.startsWith(prefix) ? absolutePath.slice(prefix.length) : path.relative(cwd, absolutePath);
    const file = (path.sep === '/' ? relative : relative.split(path.sep).join('/')) || '.';
    let bytes: Buffer;
    try {
      bytes = readFileSync(absolutePath);
    } catch (error) {
      return { absolutePath, file, error: { kind: 'unreadable', data: { problem: (error as NodeJS.ErrnoException).code ?? String(error) } } };
    }
    const hash = hashed ? sha1(bytes) : undefined;
    if (formatsFor(absolutePath).some((format) => format.binary)) return { absolutePath, file, text: '', bytes, hash };
    try {
      return { absolutePath, file, text: utf8.decode(bytes), hash };
    } catch {
      const offset = firstBadByte(bytes);
      // Everything before the bad byte is valid UTF-8: decode it to place the byte in the text.
      const before = lenient.decode(bytes.subarray(0, offset));
      const { line, column } = new LineIndex(before).position(before.length);
      return { absolutePath, file, error: { kind: 'encoding', data: { offset }, line, column }, hash };
    }
  });
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

import * as crypto from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatsFor } from '../formats/index.js';
import type { FormatAdapter } from '../formats/format.js';
import { LineIndex } from '../source/line-index.js';
import { firstBadByte } from '../source/utf8.js';

/** A listing file as read from disk: its text, or why it could not be read. */
export interface ListingText {
  absolutePath: string;
  /** Path shown in reports: relative to the working directory, forward slashes. */
  file: string;
  text?: string;
  /** The bytes of a file in a binary format (its `text` is empty), or of a file that is not UTF-8 (to sniff it). */
  bytes?: Uint8Array;
  /** Why the file could not be read; for bad bytes, the line and column where they start. */
  error?: { kind: 'unreadable' | 'encoding' | 'too-large'; data: Record<string, string | number>; line?: number; column?: number };
  /** Hash of the file's bytes (cache key part); set when asked for. */
  hash?: string;
  /** The file's stat signature (`statSignature`), when its last change is old enough to trust it. */
  stat?: string;
  /**
   * True when the file was not read: its stat signature matched the result cache's (`hash` is the
   * cached one), or its reading was left to the lane that lints it (`deferred`, no `hash`).
   */
  unread?: boolean;
}

/** A file the result cache knows: the stat signature and the hash it was cached with. */
export interface KnownFile {
  stat?: string;
  hash: string;
}

/**
 * A change this recent (ms) is not trusted to show in the stat signature: a file rewritten within
 * the same timestamp tick (coarse file systems tick in seconds) would keep its signature.
 */
const SETTLED_MS = 2000;

/** What the stat signature is made of (`fs.Stats` has these), taken by whoever found the file. */
export interface FileStat {
  isFile: boolean;
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
}

/**
 * The stat signature of a file: size, inode, and modification and change times. Any write
 * moves the change time (which no tool can set back), so an equal signature means the same
 * bytes, once the file has not changed for `SETTLED_MS` (else undefined: the bytes are hashed).
 */
export function signatureOf(stat: FileStat | undefined, now: number): string | undefined {
  if (!stat || !stat.isFile || Math.max(stat.mtimeMs, stat.ctimeMs) > now - SETTLED_MS) return undefined;
  return `${stat.size}:${stat.ino}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

function statSignature(absolutePath: string, now: number): string | undefined {
  let stat;
  try {
    stat = statSync(absolutePath, { throwIfNoEntry: false });
  } catch {
    // A symlink loop, a file without permission: reading it reports the problem.
    return undefined;
  }
  return signatureOf(stat && { isFile: stat.isFile(), size: stat.size, ino: stat.ino, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs }, now);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

// The one-shot `crypto.hash` (Node 20.12+) skips a Hash object per file.
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'base64') => string }).hash;
const sha1 = (bytes: Uint8Array) => (oneShot ? oneShot('sha1', bytes, 'base64') : crypto.createHash('sha1').update(bytes).digest('base64'));

/**
 * Reads listing files, decodes them as strict UTF-8 and, when `hashed`, hashes their bytes.
 * With `known` (the result cache), a file whose stat signature is the known one is left
 * unread (`unread`, with the known hash); `now` is when the run started.
 * Reads are synchronous on purpose: for thousands of small files a plain loop is about five
 * times faster than promise-based reads through the thread pool (measured in docs/performance.md).
 * A file whose absolute path is in `contents` is not read: that text stands for it.
 */
/** What `readListingTexts` may use besides the disk. */
export interface ReadListingOptions {
  /** Text of some files given in memory (standard input, an editor's unsaved document), by absolute path. */
  contents?: ReadonlyMap<string, string>;
  /** The result cache's entry of a file: a file whose stat signature is the known one is not read. */
  known?: (file: string) => KnownFile | undefined;
  /** When the run started (stat signatures of files changed just before are not trusted). */
  now?: number;
  /** Leave every file on disk unread: each lane of a cold run reads the files it lints (`readUnread`). */
  deferred?: boolean;
  /** Stats of files taken already (by the folder walk), by absolute path: those files are not stat'ed again. */
  stats?: ReadonlyMap<string, FileStat>;
}

export function readListingTexts(files: string[], cwd: string, hashed: boolean, { contents, known, now = Date.now(), deferred = false, stats }: ReadListingOptions = {}): ListingText[] {
  const prefix = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  return files.map((absolutePath): ListingText => {
    // Files under the working directory (nearly all) need no path.relative.
    const relative = absolutePath.startsWith(prefix) ? absolutePath.slice(prefix.length) : path.relative(cwd, absolutePath);
    const file = (path.sep === '/' ? relative : relative.split(path.sep).join('/')) || '.';
    const given = contents?.get(absolutePath);
    // Text given in memory is read as it is, within the same size limit (never from the cache: the disk may differ).
    if (given !== undefined) {
      const size = Buffer.byteLength(given);
      const tooLarge = sizeProblem(formatsFor(absolutePath), absolutePath, file, size);
      return tooLarge ?? { absolutePath, file, text: given, hash: hashed ? sha1(Buffer.from(given)) : undefined };
    }
    if (deferred) return { absolutePath, file, unread: true };
    // With the result cache: a file whose stat signature is the cached one is not read at all.
    const taken = stats?.get(absolutePath);
    const stat = !known ? undefined : taken ? signatureOf(taken, now) : statSignature(absolutePath, now);
    if (stat !== undefined) {
      const entry = known!(file);
      if (entry?.stat === stat) return { absolutePath, file, hash: entry.hash, stat, unread: true };
    }
    const read = readListingText(absolutePath, file, hashed);
    return stat === undefined ? read : { ...read, stat };
  });
}

/** The file's text as read now when it was left unread (deferred to the lane that lints it); else as it is. */
export function readUnread(input: ListingText): ListingText {
  return input.unread ? { ...readListingText(input.absolutePath, input.file, input.hash !== undefined), ...(input.stat === undefined ? {} : { stat: input.stat }) } : input;
}

/** Reads, decodes and (when `hashed`) hashes one file. */
export function readListingText(absolutePath: string, file: string, hashed: boolean): ListingText {
  const formats = formatsFor(absolutePath);
  let bytes: Buffer;
  try {
    const fd = openSync(absolutePath, 'r');
    try {
      // The size is checked on the open file, before a byte is read.
      const { size } = fstatSync(fd);
      const tooLarge = sizeProblem(formats, absolutePath, file, size);
      if (tooLarge) return tooLarge;
      bytes = readOpenFile(fd, size);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { absolutePath, file, error: { kind: 'unreadable', data: { problem: (error as NodeJS.ErrnoException).code ?? String(error) } } };
  }
  const hash = hashed ? sha1(bytes) : undefined;
  if (formats.some((format) => format.binary)) return { absolutePath, file, text: '', bytes, hash };
  try {
    return { absolutePath, file, text: utf8.decode(bytes), hash };
  } catch {
    const offset = firstBadByte(bytes);
    // Everything before the bad byte is valid UTF-8: decode it to place the byte in the text.
    const before = lenient.decode(bytes.subarray(0, offset));
    const { line, column } = new LineIndex(before).position(before.length);
    return { absolutePath, file, bytes, error: { kind: 'encoding', data: { offset }, line, column }, hash };
  }
}

/**
 * The bytes of an open file of `size` bytes, in one read where the size still holds (as
 * `readFileSync(fd)` reads them, without its second `fstat`); asking for one byte more shows a
 * file that grew meanwhile, which is then read to its end.
 */
export function readOpenFile(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size + 1);
  let filled = 0;
  for (;;) {
    const read = readSync(fd, buffer, filled, buffer.length - filled, null);
    filled += read;
    // All of it (as `readFileSync` stops at the size it was told), or the end came early.
    if (read === 0 || filled === size) return buffer.subarray(0, filled);
    if (filled === buffer.length) return Buffer.concat([buffer, readFileSync(fd)]);
  }
}

/** A file over its format's size limit (the smallest limit of the formats that claim it). */
function sizeProblem(formats: readonly FormatAdapter[], absolutePath: string, file: string, size: number): ListingText | undefined {
  const limit = Math.min(...formats.map((format) => format.maxBytes));
  return size > limit ? { absolutePath, file, error: { kind: 'too-large', data: { size, limit, format: formats[0]?.name ?? '' } } } : undefined;
}

/** What a file that is not UTF-8 seems to be written in, and its first bytes decoded that way to sniff its header. */
export function guessEncoding(bytes: Uint8Array): { encoding: 'windows' | 'utf-16' | 'latin-1'; head: string } {
  // Enough for the header rows of a wide template (hundreds of columns, a settings cell).
  const head = bytes.subarray(0, 1 << 20);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { encoding: 'utf-16', head: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head) };
  }
  // 0x80–0x9F are C1 controls in Latin-1 and never used; in a Windows code page they are
  // curly quotes, dashes, the euro sign: text from Excel on Windows.
  let windows = false;
  for (let i = firstBadByte(bytes); i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte >= 0x80 && byte <= 0x9f && !continues(bytes, i)) {
      windows = true;
      break;
    }
  }
  return { encoding: windows ? 'windows' : 'latin-1', head: new TextDecoder('windows-1252').decode(head) };
}

/** Whether the byte at `i` (0x80–0xBF) is the continuation of a valid UTF-8 sequence. */
function continues(bytes: Uint8Array, i: number): boolean {
  for (let back = 1; back <= 3 && i - back >= 0; back++) {
    const lead = bytes[i - back];
    if ((lead & 0xc0) === 0x80) continue;
    const length = lead >> 5 === 0b110 ? 2 : lead >> 4 === 0b1110 ? 3 : lead >> 3 === 0b11110 ? 4 : 1;
    return back < length;
  }
  return false;
}

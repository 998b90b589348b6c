import { ConfigError } from './config-error.js';
import { LineIndex } from './line-index.js';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * A config or watchlist file's text, decoded as strict UTF-8; bytes that are not UTF-8 are a
 * `ConfigError` naming the file and the line of the first bad byte (a watchlist saved in a
 * Windows code page would otherwise load and silently never match).
 */
export function decodeSettingsFile(bytes: Uint8Array, shown: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    const before = lenient.decode(bytes.subarray(0, firstBadByte(bytes)));
    const { line } = new LineIndex(before).position(before.length);
    throw new ConfigError(shown, line, undefined, 'the file is not valid UTF-8 (saved in another encoding?): save it as UTF-8');
  }
}

/** The offset of the first byte that breaks UTF-8 (overlong forms aside). */
export function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    // C0, C1 and F5..FF never start a sequence (C0/C1 only start overlong forms).
    const trailing = byte < 0x80 ? 0 : byte >= 0xc2 && byte <= 0xdf ? 1 : byte >> 4 === 0b1110 ? 2 : byte >= 0xf0 && byte <= 0xf4 ? 3 : -1;
    if (trailing < 0) return i;
    for (let k = 1; k <= trailing; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    // The second byte's range rules out overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
    const second = bytes[i + 1];
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f) || (byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return i;
    i += trailing + 1;
  }
  return i;
}

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
    const text = lenient.decode(bytes);
    const { line } = new LineIndex(text).position(Math.max(0, text.indexOf('\uFFFD')));
    throw new ConfigError(shown, line, undefined, 'the file is not valid UTF-8 (saved in another encoding?): save it as UTF-8');
  }
}

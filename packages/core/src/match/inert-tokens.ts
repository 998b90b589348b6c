const MAX_TOKENS = 1 << 16;
const SLOTS = MAX_TOKENS << 1;
const POOL_SIZE = 1 << 20;

/**
 * A bounded set of tokens known to hold no candidate on their own: copy repeats its words.
 * A token is given as a range of the text it stands in, so asking costs no string: open
 * addressing over a flat pool of UTF-16 code units, compared unit by unit (never a false hit).
 * Emptied when full.
 */
export class InertTokens {
  private readonly hashes = new Int32Array(SLOTS);
  /** Pool offset + 1 of each slot's token (0: empty). */
  private readonly offsets = new Int32Array(SLOTS);
  private readonly lengths = new Int32Array(SLOTS);
  private readonly pool = new Uint16Array(POOL_SIZE);
  private poolUsed = 0;
  private count = 0;

  /** True when `text[start..end)` was added (and not since forgotten). */
  has(text: string, start = 0, end = text.length): boolean {
    const length = end - start;
    const hash = hashOf(text, start, end);
    for (let slot = hash & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
      const offset = this.offsets[slot];
      if (offset === 0) return false;
      if (this.hashes[slot] === hash && this.lengths[slot] === length && this.equals(offset - 1, text, start, length)) return true;
    }
  }

  /** Adds `text[start..end)`. */
  add(text: string, start = 0, end = text.length): void {
    const length = end - start;
    if (length > POOL_SIZE) return;
    if (this.count >= MAX_TOKENS || this.poolUsed + length > POOL_SIZE) this.clear();
    const hash = hashOf(text, start, end);
    let slot = hash & (SLOTS - 1);
    while (this.offsets[slot] !== 0) slot = (slot + 1) & (SLOTS - 1);
    const pool = this.pool;
    for (let index = 0; index < length; index++) pool[this.poolUsed + index] = text.charCodeAt(start + index);
    this.hashes[slot] = hash;
    this.offsets[slot] = this.poolUsed + 1;
    this.lengths[slot] = length;
    this.poolUsed += length;
    this.count++;
  }

  private equals(offset: number, text: string, start: number, length: number): boolean {
    const pool = this.pool;
    for (let index = 0; index < length; index++) if (pool[offset + index] !== text.charCodeAt(start + index)) return false;
    return true;
  }

  private clear(): void {
    this.offsets.fill(0);
    this.poolUsed = 0;
    this.count = 0;
  }
}

function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash ^ (hash >>> 15)) | 0;
}

const SLOT_BITS = 18;
const SLOTS = 1 << SLOT_BITS;
const MAX_WORDS = SLOTS >>> 1;
const POOL_SIZE = 1 << 21;

/**
 * A set of words (letter codes) without any allocation per lookup: open addressing over a flat
 * pool, compared letter by letter so that it never confuses two words. Emptied when full.
 */
export class PlainWordCache {
  private readonly hashes = new Int32Array(SLOTS);
  /** Pool offset + 1 of each slot's word (0: empty). */
  private readonly offsets = new Int32Array(SLOTS);
  private readonly lengths = new Int32Array(SLOTS);
  private readonly pool = new Int32Array(POOL_SIZE);
  private poolUsed = 0;
  private count = 0;

  /** True when `letters[0..length)` was added. */
  has(letters: Int32Array, length: number): boolean {
    const hash = hashOf(letters, length);
    for (let slot = hash & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
      const offset = this.offsets[slot];
      if (offset === 0) return false;
      if (this.hashes[slot] === hash && this.lengths[slot] === length && this.equals(offset - 1, letters, length)) return true;
    }
  }

  /** Adds `letters[0..length)`. */
  add(letters: Int32Array, length: number): void {
    if (this.count >= MAX_WORDS || this.poolUsed + length > POOL_SIZE) this.clear();
    const hash = hashOf(letters, length);
    let slot = hash & (SLOTS - 1);
    while (this.offsets[slot] !== 0) slot = (slot + 1) & (SLOTS - 1);
    this.pool.set(letters.subarray(0, length), this.poolUsed);
    this.hashes[slot] = hash;
    this.offsets[slot] = this.poolUsed + 1;
    this.lengths[slot] = length;
    this.poolUsed += length;
    this.count++;
  }

  private equals(offset: number, letters: Int32Array, length: number): boolean {
    for (let index = 0; index < length; index++) if (this.pool[offset + index] !== letters[index]) return false;
    return true;
  }

  private clear(): void {
    this.offsets.fill(0);
    this.poolUsed = 0;
    this.count = 0;
  }
}

function hashOf(letters: Int32Array, length: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let index = 0; index < length; index++) hash = Math.imul(hash ^ letters[index], 0x01000193);
  return (hash ^ (hash >>> 15)) | 0;
}

import { damerauDistance } from './damerau-distance.js';

const BASE = 0x01000193;
const BLOOM_BITS = 1 << 22;

/** A watchlist form that misspellings are looked up against. */
export interface FuzzyKey {
  markId: string;
  /** Lower-case Latin letters of the form, separators removed. */
  letters: Int32Array;
  /** 1 for 5–8 letters, 2 for 9 and more; 1 for 4 letters, but only a doubled or dropped letter (`nearMissDistance`). */
  maxDistance: number;
}

/** The edit distance allowed for a mark of `length` letters (0: no misspellings). */
export function allowedDistance(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** The distance a form is indexed with: `allowedDistance`, and 1 for a 4-letter form (a doubled or dropped letter only). */
export function nearMissDistance(length: number): number {
  return length === SHORT_FORM ? 1 : allowedDistance(length);
}

/** Forms this short have near misses only by a doubled letter (`Nikke`) or a dropped one, never the first (`Nke`). */
const SHORT_FORM = 4;

/** `word` is `form` with one letter doubled, or with one letter after the first dropped. */
export function doubledOrDropped(word: ArrayLike<number>, form: ArrayLike<number>): boolean {
  if (word.length === form.length + 1) {
    for (let i = 0; i < form.length; i++) {
      if (word[i] === form[i]) continue;
      // The extra letter sits at i: it must repeat its neighbour, and the rest must follow.
      if (word[i] !== word[i - 1] && word[i] !== word[i + 1]) return false;
      for (let j = i; j < form.length; j++) if (word[j + 1] !== form[j]) return false;
      return true;
    }
    return word[form.length] === form[form.length - 1];
  }
  if (word.length === form.length - 1) {
    if (word[0] !== form[0]) return false;
    let i = 0;
    while (i < word.length && word[i] === form[i]) i++;
    for (let j = i; j < word.length; j++) if (word[j] !== form[j + 1]) return false;
    return true;
  }
  return false;
}

function powersOf(base: number, count: number): Int32Array {
  const powers = new Int32Array(count);
  powers[0] = 1;
  for (let i = 1; i < count; i++) powers[i] = Math.imul(powers[i - 1], base);
  return powers;
}

function mix(hash: number, length: number): number {
  let h = (hash ^ Math.imul(length, 0x9e3779b1)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Symmetric-deletion index (the SymSpell idea) over hashes: every form is stored with its 1- and
 * (for long forms) 2-deletion neighbours, a word is looked up by its own deletions, and only the
 * few forms that share a hash are compared with the real Damerau distance. No per-mark loop.
 */
export class FuzzyIndex {
  readonly keys: FuzzyKey[] = [];
  private buckets = new HashBuckets();
  private bloom = new Uint32Array(BLOOM_BITS >>> 5);
  private deepest = 0;
  /** Shortest word within reach of some form, in letters. */
  private minReach = Number.MAX_SAFE_INTEGER;
  /** Longest form, in letters. */
  maxLength = 0;
  private prefix = new Int32Array(64);
  private suffix = new Int32Array(64);
  private power = powersOf(BASE, 64);
  private seen = new Int32Array(0);
  private stamp = 0;

  /** Adds a form; forms shorter than 4 letters are ignored. */
  add(key: FuzzyKey): void {
    if (key.maxDistance === 0) return;
    const index = this.keys.push(key) - 1;
    this.deepest = Math.max(this.deepest, key.maxDistance);
    this.maxLength = Math.max(this.maxLength, key.letters.length);
    this.minReach = Math.min(this.minReach, key.letters.length - key.maxDistance);
    this.forEachDeletion(key.letters, 0, key.letters.length, key.maxDistance, (hash) => {
      this.buckets.add(hash, index);
      this.bloom[(hash >>> 0) >>> 5 & ((BLOOM_BITS >>> 5) - 1)] |= 1 << (hash & 31);
    });
  }

  /** True when the word is too short or too long to be within reach of any form. */
  outOfReach(length: number): boolean {
    return length < this.minReach || length > this.maxLength + this.deepest || this.keys.length === 0;
  }

  /**
   * Calls `found(key, distance)` for each form within its allowed distance of `word[start..end)`
   * (distance ≥ 1); `accept()` is asked once, lazily, before the first comparison (the dictionary check).
   */
  lookup(
    word: Int32Array,
    start: number,
    end: number,
    accept: () => boolean,
    found: (key: FuzzyKey, distance: number) => void,
  ): void {
    if (this.seen.length < this.keys.length) this.seen = new Int32Array(this.keys.length);
    const stamp = ++this.stamp;
    const length = end - start;
    const depth = length >= 7 ? this.deepest : 1;
    let accepted: boolean | undefined;
    const slice = word.subarray(start, end);
    this.forEachDeletion(word, start, end, depth, (hash) => {
      if ((this.bloom[(hash >>> 0) >>> 5 & ((BLOOM_BITS >>> 5) - 1)] & (1 << (hash & 31))) === 0) return;
      const buckets = this.buckets;
      for (let entry = buckets.first(hash); entry !== -1; entry = buckets.next(entry)) {
        const index = buckets.keyOf(entry);
        if (this.seen[index] === stamp) continue;
        this.seen[index] = stamp;
        const key = this.keys[index];
        if (Math.abs(key.letters.length - length) > key.maxDistance) continue;
        if (key.letters.length === SHORT_FORM && !doubledOrDropped(slice, key.letters)) continue;
        accepted ??= accept();
        if (!accepted) return;
        const distance = damerauDistance(slice, key.letters, key.maxDistance);
        if (distance >= 1 && distance <= key.maxDistance) found(key, distance);
      }
    });
  }

  // Hashes of the word with 0, 1 and up to `depth` characters deleted, from prefix and suffix
  // hashes so that no substring is ever built.
  private forEachDeletion(word: ArrayLike<number>, start: number, end: number, depth: number, visit: (hash: number) => void): void {
    const length = end - start;
    this.reserve(length + 2);
    const { prefix, suffix, power } = this;
    prefix[0] = 0;
    for (let i = 0; i < length; i++) prefix[i + 1] = (Math.imul(prefix[i], BASE) + word[start + i]) | 0;
    suffix[length] = 0;
    for (let i = length - 1; i >= 0; i--) suffix[i] = (Math.imul(word[start + i], power[length - 1 - i]) + suffix[i + 1]) | 0;
    visit(mix(prefix[length], length));
    if (depth < 1 || length < 2) return;
    for (let p = 0; p < length; p++) {
      visit(mix((Math.imul(prefix[p], power[length - 1 - p]) + suffix[p + 1]) | 0, length - 1));
    }
    if (depth < 2 || length < 3) return;
    for (let p = 0; p < length; p++) {
      for (let q = p + 1; q < length; q++) {
        const middle = (prefix[q] - Math.imul(prefix[p + 1], power[q - p - 1])) | 0;
        const hash = (Math.imul(prefix[p], power[length - 2 - p]) + Math.imul(middle, power[length - 1 - q]) + suffix[q + 1]) | 0;
        visit(mix(hash, length - 2));
      }
    }
  }

  private reserve(size: number): void {
    if (size <= this.power.length) return;
    this.prefix = new Int32Array(size * 2);
    this.suffix = new Int32Array(size * 2);
    this.power = powersOf(BASE, size * 2);
  }
}

/**
 * Hash → key indices, in the order they were added, without a repeat in a row: an open-addressing
 * table of chains kept in typed arrays. A `Map` of arrays held a quarter of a million small arrays
 * for 5,000 marks, built again on every thread, and kept the garbage collector busy.
 */
class HashBuckets {
  private slots = 1 << 12;
  private used = 0;
  private slotHash = new Int32Array(this.slots);
  private slotFirst = new Int32Array(this.slots).fill(-1);
  private slotLast = new Int32Array(this.slots);
  private entries = 0;
  private entryKey = new Int32Array(1 << 12);
  private entryNext = new Int32Array(1 << 12);

  /** Appends `key` to the chain of `hash`, unless it is the chain's last key already. */
  add(hash: number, key: number): void {
    if ((this.used + 1) * 2 > this.slots) this.grow();
    const slot = this.slotOf(hash);
    if (this.slotFirst[slot] !== -1) {
      const last = this.slotLast[slot];
      if (this.entryKey[last] === key) return;
      this.entryNext[last] = this.push(key);
      this.slotLast[slot] = this.entries - 1;
      return;
    }
    this.slotHash[slot] = hash;
    this.slotFirst[slot] = this.push(key);
    this.slotLast[slot] = this.entries - 1;
    this.used += 1;
  }

  /** The first entry of `hash`'s chain, or -1. */
  first(hash: number): number {
    const slot = this.slotOf(hash);
    return this.slotFirst[slot] !== -1 && this.slotHash[slot] === hash ? this.slotFirst[slot] : -1;
  }

  next(entry: number): number {
    return this.entryNext[entry];
  }

  keyOf(entry: number): number {
    return this.entryKey[entry];
  }

  /** The slot holding `hash`, or the empty one where it would go (linear probing). */
  private slotOf(hash: number): number {
    const mask = this.slots - 1;
    let slot = mix32(hash) & mask;
    while (this.slotFirst[slot] !== -1 && this.slotHash[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }

  private push(key: number): number {
    if (this.entries === this.entryKey.length) {
      const keys = new Int32Array(this.entries * 2);
      keys.set(this.entryKey);
      const next = new Int32Array(this.entries * 2);
      next.set(this.entryNext);
      this.entryKey = keys;
      this.entryNext = next;
    }
    this.entryKey[this.entries] = key;
    this.entryNext[this.entries] = -1;
    return this.entries++;
  }

  private grow(): void {
    const { slotHash, slotFirst, slotLast } = this;
    this.slots *= 2;
    this.slotHash = new Int32Array(this.slots);
    this.slotFirst = new Int32Array(this.slots).fill(-1);
    this.slotLast = new Int32Array(this.slots);
    for (let old = 0; old < slotFirst.length; old++) {
      if (slotFirst[old] === -1) continue;
      const slot = this.slotOf(slotHash[old]);
      this.slotHash[slot] = slotHash[old];
      this.slotFirst[slot] = slotFirst[old];
      this.slotLast[slot] = slotLast[old];
    }
  }
}

/** Spreads a hash's bits before it is masked to a slot (deletion hashes are mixed already; this is cheap insurance). */
function mix32(hash: number): number {
  return Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) ^ (hash >>> 12);
}

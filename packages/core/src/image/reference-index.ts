import type { ReferenceMatch } from '../types.js';
import { hashFromHex, popcount32, type Hash64 } from './phash.js';

/** Reference matches at or within this many differing bits of 64 (design.md). */
export const MATCH_DISTANCE = 10;

/**
 * The perceptual hashes of the reference images, searched by a flat scan over two typed arrays:
 * 10,000 references cost 20,000 XOR-and-popcounts per hash, a few tens of microseconds
 * (`pnpm bench`, part `copyright`), less than walking a BK-tree at radius 10 of 64 bits, where
 * most of the tree lies within reach.
 */
export class ReferenceIndex {
  private high: Uint32Array = new Uint32Array(64);
  private low: Uint32Array = new Uint32Array(64);
  private readonly files: string[] = [];

  get size(): number {
    return this.files.length;
  }

  /** Adds a reference image's hash (and its file, as shown in messages). */
  add(file: string, hash: Hash64 | string): void {
    const { high, low } = typeof hash === 'string' ? hashFromHex(hash) : hash;
    const at = this.files.length;
    if (at === this.high.length) {
      this.high = grow(this.high);
      this.low = grow(this.low);
    }
    this.high[at] = high;
    this.low[at] = low;
    this.files.push(file);
  }

  /**
   * The closest reference within `maxDistance` of the image's hash or of its mirror image's
   * hash; on a tie the straight match, then the first reference added, wins. Undefined when none is that close.
   */
  nearest(hash: Hash64 | string, mirrored: Hash64 | string, maxDistance = MATCH_DISTANCE): ReferenceMatch | undefined {
    const straight = this.closest(typeof hash === 'string' ? hashFromHex(hash) : hash);
    const flipped = this.closest(typeof mirrored === 'string' ? hashFromHex(mirrored) : mirrored);
    const best = flipped.distance < straight.distance ? { ...flipped, mirrored: true } : { ...straight, mirrored: false };
    if (best.index < 0 || best.distance > maxDistance) return undefined;
    return { file: this.files[best.index], distance: best.distance, mirrored: best.mirrored };
  }

  private closest({ high, low }: Hash64): { index: number; distance: number } {
    let index = -1;
    let distance = 65;
    const highs = this.high;
    const lows = this.low;
    for (let i = 0, n = this.files.length; i < n; i++) {
      const d = popcount32(highs[i] ^ high) + popcount32(lows[i] ^ low);
      if (d < distance) {
        distance = d;
        index = i;
        if (d === 0) break;
      }
    }
    return { index, distance };
  }
}

function grow(array: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

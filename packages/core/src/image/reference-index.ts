import type { ReferenceMatch } from '../types.js';
import { hashFromHex, popcount32, type Hash64 } from './phash.js';

/** Reference matches at or within this many differing bits of 64 (design.md). */
export const MATCH_DISTANCE = 10;

/** The four 16-bit chunks the index files each hash under. */
const CHUNKS = 4;
const CHUNK_VALUES = 1 << 16;

/**
 * The perceptual hashes of the reference pictures (several per picture: the picture and its
 * cropped copies), searched by multi-index hashing: each hash is filed under each of its four
 * 16-bit chunks. Two hashes within 10 bits agree within 2 bits on at least one chunk (10 / 4
 * rounded down), so a query looks only in the buckets within 2 bits of its own chunks (137
 * per chunk) and compares the full hashes there: the same answer as comparing with every hash.
 */
export class ReferenceIndex {
  private high: Uint32Array = new Uint32Array(256);
  private low: Uint32Array = new Uint32Array(256);
  /** Entry → the reference picture it belongs to. */
  private owner: Int32Array = new Int32Array(256);
  /** Entry → next entry in the same bucket of each chunk table (-1 ends a bucket). */
  private next: Int32Array[] = Array.from({ length: CHUNKS }, () => new Int32Array(256));
  private readonly heads: Int32Array[] = Array.from({ length: CHUNKS }, () => new Int32Array(CHUNK_VALUES).fill(-1));
  private readonly files: string[] = [];
  private entries = 0;
  private readonly masks = new Map<number, Int32Array>();

  /** Reference pictures in the index. */
  get size(): number {
    return this.files.length;
  }

  /** Adds a reference picture (its file, as messages show it) with its hashes: its own and its cropped copies'. */
  add(file: string, hashes: Array<Hash64 | string>): void {
    const owner = this.files.length;
    this.files.push(file);
    for (const each of hashes) {
      const { high, low } = typeof each === 'string' ? hashFromHex(each) : each;
      const at = this.entries++;
      if (at === this.high.length) this.grow();
      this.high[at] = high;
      this.low[at] = low;
      this.owner[at] = owner;
      for (let c = 0; c < CHUNKS; c++) {
        const value = chunk(high, low, c);
        this.next[c][at] = this.heads[c][value];
        this.heads[c][value] = at;
      }
    }
  }

  /**
   * The closest reference within `maxDistance` bits of the image's hash or of its mirror image's
   * hash; on a tie the straight match, then the reference added first, wins. Undefined when none is that close.
   */
  nearest(hash: Hash64 | string, mirrored: Hash64 | string, maxDistance = MATCH_DISTANCE): ReferenceMatch | undefined {
    let best: { owner: number; distance: number; mirrored: boolean } | undefined;
    for (const [query, isMirror] of [
      [hash, false],
      [mirrored, true],
    ] as const) {
      const found = this.closest(typeof query === 'string' ? hashFromHex(query) : query, maxDistance);
      if (found && (best === undefined || found.distance < best.distance || (found.distance === best.distance && !isMirror && found.owner < best.owner))) {
        best = { ...found, mirrored: isMirror };
      }
    }
    return best && { file: this.files[best.owner], distance: best.distance, mirrored: best.mirrored };
  }

  private closest({ high, low }: Hash64, maxDistance: number): { owner: number; distance: number } | undefined {
    let owner = -1;
    let distance = maxDistance + 1;
    const masks = this.masksWithin(Math.floor(maxDistance / CHUNKS));
    for (let c = 0; c < CHUNKS; c++) {
      const value = chunk(high, low, c);
      const heads = this.heads[c];
      const next = this.next[c];
      for (let m = 0; m < masks.length; m++) {
        for (let at = heads[value ^ masks[m]]; at !== -1; at = next[at]) {
          const d = popcount32(this.high[at] ^ high) + popcount32(this.low[at] ^ low);
          if (d < distance || (d === distance && this.owner[at] < owner)) {
            distance = d;
            owner = this.owner[at];
          }
        }
      }
    }
    return owner === -1 ? undefined : { owner, distance };
  }

  /** Every 16-bit mask with at most `radius` bits set. */
  private masksWithin(radius: number): Int32Array {
    let masks = this.masks.get(radius);
    if (!masks) {
      const found: number[] = [];
      for (let mask = 0; mask < CHUNK_VALUES; mask++) if (popcount32(mask) <= radius) found.push(mask);
      masks = Int32Array.from(found);
      this.masks.set(radius, masks);
    }
    return masks;
  }

  private grow(): void {
    const size = this.high.length * 2;
    const bigger = <T extends Uint32Array | Int32Array>(array: T, make: (n: number) => T): T => {
      const copy = make(size);
      copy.set(array);
      return copy;
    };
    this.high = bigger(this.high, (n) => new Uint32Array(n));
    this.low = bigger(this.low, (n) => new Uint32Array(n));
    this.owner = bigger(this.owner, (n) => new Int32Array(n));
    this.next = this.next.map((array) => bigger(array, (n) => new Int32Array(n)));
  }
}

function chunk(high: number, low: number, c: number): number {
  switch (c) {
    case 0:
      return high >>> 16;
    case 1:
      return high & 0xffff;
    case 2:
      return low >>> 16;
    default:
      return low & 0xffff;
  }
}

import type { ReferenceMatch } from '../types.js';
import { hashFromHex, popcount32, type Hash64 } from './phash.js';

/** Reference matches at or within this many differing bits of 64 (design.md). */
export const MATCH_DISTANCE = 10;

/** The four 16-bit chunks the index files each hash under. */
const CHUNKS = 4;
const CHUNK_VALUES = 1 << 16;

/** One chunk's table: entries sorted by that chunk's value, each bucket a contiguous run. */
interface ChunkTable {
  /** Bucket v holds entries starts[v] .. starts[v + 1] - 1. */
  starts: Int32Array;
  high: Uint32Array;
  low: Uint32Array;
  owner: Int32Array;
}

/**
 * The perceptual hashes of the reference pictures (several per picture: the picture and its
 * cropped copies), searched by multi-index hashing: each hash is filed under each of its four
 * 16-bit chunks. Two hashes within 10 bits agree within 2 bits on at least one chunk (10 / 4
 * rounded down), so a query looks only in the buckets within 2 bits of its own chunks (137
 * per chunk) and compares the full hashes there: the same answer as comparing with every hash.
 * The tables are built on the first lookup after an `add`.
 */
export class ReferenceIndex {
  private readonly hashes: Hash64[] = [];
  private readonly owners: number[] = [];
  private readonly files: string[] = [];
  private tables: ChunkTable[] | undefined;
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
      this.hashes.push(typeof each === 'string' ? hashFromHex(each) : each);
      this.owners.push(owner);
    }
    this.tables = undefined;
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
    const tables = (this.tables ??= this.build());
    for (let c = 0; c < CHUNKS; c++) {
      const value = chunk(high, low, c);
      const { starts, high: highs, low: lows, owner: owners } = tables[c];
      for (let m = 0; m < masks.length; m++) {
        const bucket = value ^ masks[m];
        for (let at = starts[bucket], end = starts[bucket + 1]; at < end; at++) {
          const d = popcount32(highs[at] ^ high) + popcount32(lows[at] ^ low);
          if (d < distance || (d === distance && owners[at] < owner)) {
            distance = d;
            owner = owners[at];
          }
        }
      }
    }
    return owner === -1 ? undefined : { owner, distance };
  }

  /** Per chunk, the entries sorted into contiguous buckets (a counting sort by chunk value). */
  private build(): ChunkTable[] {
    const count = this.hashes.length;
    return Array.from({ length: CHUNKS }, (_, c) => {
      const starts = new Int32Array(CHUNK_VALUES + 1);
      const values = this.hashes.map(({ high, low }) => chunk(high, low, c));
      for (const value of values) starts[value + 1] += 1;
      for (let v = 0; v < CHUNK_VALUES; v++) starts[v + 1] += starts[v];
      const fill = starts.slice(0, CHUNK_VALUES);
      const table: ChunkTable = { starts, high: new Uint32Array(count), low: new Uint32Array(count), owner: new Int32Array(count) };
      values.forEach((value, i) => {
        const at = fill[value]++;
        table.high[at] = this.hashes[i].high;
        table.low[at] = this.hashes[i].low;
        table.owner[at] = this.owners[i];
      });
      return table;
    });
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

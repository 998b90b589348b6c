/**
 * The 64-bit DCT perceptual hash (pHash): the picture in grey at 32×32, its 2-D DCT, and one bit
 * per coefficient of the top-left 8×8 block (the lowest frequencies) telling whether it lies above
 * the median of that block's 63 AC coefficients (the DC term, the mean brightness, is left out of
 * the median so a brighter copy keeps its bits). Small edits move few bits: resizing, JPEG
 * recompression, brightness and small overlays change the low frequencies little.
 *
 * Pure: the caller decodes the image (image-facts.ts) and passes the 32×32 grey pixels.
 */

/** Side of the grey square the hash is computed on. */
export const HASH_INPUT_SIDE = 32;
/** Side of the low-frequency block that becomes the 64 bits. */
const BLOCK = 8;

/** A 64-bit hash as two unsigned 32-bit halves (bits 0..31 of the 8×8 block in `high`, 32..63 in `low`). */
export interface Hash64 {
  high: number;
  low: number;
}

// cos((2x + 1) u π / 2N) for the first 8 frequencies over 32 samples, computed once.
const COSINES: Float64Array = (() => {
  const table = new Float64Array(BLOCK * HASH_INPUT_SIDE);
  for (let u = 0; u < BLOCK; u++) {
    for (let x = 0; x < HASH_INPUT_SIDE; x++) table[u * HASH_INPUT_SIDE + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * HASH_INPUT_SIDE));
  }
  return table;
})();

/**
 * The 8×8 low-frequency DCT coefficients of a 32×32 grey image (row-major pixels, any scale),
 * as `coefficients[v * 8 + u]` (u horizontal, v vertical frequency). Unnormalised: only their
 * order matters.
 */
export function lowFrequencies(grey: ArrayLike<number>): Float64Array {
  const n = HASH_INPUT_SIDE;
  if (grey.length !== n * n) throw new Error(`pHash needs ${n}x${n} grey pixels, got ${grey.length}`);
  // Rows first: for each row y, its 8 horizontal frequencies.
  const rows = new Float64Array(n * BLOCK);
  for (let y = 0; y < n; y++) {
    for (let u = 0; u < BLOCK; u++) {
      let sum = 0;
      for (let x = 0; x < n; x++) sum += grey[y * n + x] * COSINES[u * n + x];
      rows[y * BLOCK + u] = sum;
    }
  }
  const out = new Float64Array(BLOCK * BLOCK);
  for (let v = 0; v < BLOCK; v++) {
    for (let u = 0; u < BLOCK; u++) {
      let sum = 0;
      for (let y = 0; y < n; y++) sum += rows[y * BLOCK + u] * COSINES[v * n + y];
      out[v * BLOCK + u] = sum;
    }
  }
  return out;
}

/** The hash of 64 coefficients: bit i set when coefficient i is above the median of the AC ones. */
export function hashOfCoefficients(coefficients: Float64Array): Hash64 {
  const ac = Array.from(coefficients.subarray(1)).sort((a, b) => a - b);
  const median = (ac[(ac.length - 1) >> 1] + ac[ac.length >> 1]) / 2;
  let high = 0;
  let low = 0;
  for (let i = 0; i < 64; i++) {
    if (!(coefficients[i] > median)) continue;
    if (i < 32) high |= 1 << (31 - i);
    else low |= 1 << (63 - i);
  }
  return { high: high >>> 0, low: low >>> 0 };
}

/**
 * The hash of a 32×32 grey image and of its mirror image. Mirroring left-right multiplies each
 * coefficient of odd horizontal frequency by −1, so the mirrored hash costs no second DCT.
 */
export function perceptualHashes(grey: ArrayLike<number>): { hash: Hash64; mirrored: Hash64 } {
  const coefficients = lowFrequencies(grey);
  const flipped = coefficients.map((value, i) => ((i % BLOCK) % 2 === 1 ? -value : value));
  return { hash: hashOfCoefficients(coefficients), mirrored: hashOfCoefficients(flipped) };
}

/** Bits set in a 32-bit integer. */
export function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Bits that differ between two hashes (0..64). */
export function hammingDistance(a: Hash64, b: Hash64): number {
  return popcount32((a.high ^ b.high) >>> 0) + popcount32((a.low ^ b.low) >>> 0);
}

/** A hash as 16 hex digits (how it is stored and shown). */
export function hashToHex(hash: Hash64): string {
  return hash.high.toString(16).padStart(8, '0') + hash.low.toString(16).padStart(8, '0');
}

/** The hash written by `hashToHex`. */
export function hashFromHex(hex: string): Hash64 {
  if (!/^[0-9a-f]{16}$/.test(hex)) throw new Error(`not a 64-bit hash: ${hex}`);
  return { high: Number.parseInt(hex.slice(0, 8), 16), low: Number.parseInt(hex.slice(8), 16) };
}

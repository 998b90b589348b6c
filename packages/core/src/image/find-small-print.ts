import type { BoundingBox } from '../types.js';

/** Grey-level step between horizontal neighbours that counts as the side of a letter stroke. */
const EDGE_STEP = 48;

/** Widest gap between stroke sides that still joins them into one run (letters and the spaces of a word). */
const JOIN_GAP = 8;

/** Heights of a run of strokes that count as small print; larger print is read by the passes. */
const MIN_HEIGHT = 6;
const MAX_HEIGHT = 32;

/** Most candidate runs in one image; more are a texture. */
const MAX_RUNS = 400;

/** Least share of a candidate's box its joined runs must fill: a line of print is a dense band. */
const MIN_FILL = 0.45;

/**
 * Bands of small print in an 8-bit grey image: rows of closely spaced vertical stroke sides
 * (a steep grey step between horizontal neighbours), joined across the gaps between letters,
 * whose box is 6–32 px high; runs on one line are joined, and lines at least twice as wide as high kept. Cheap (one pass plus a flood fill);
 * used to pick crops to read again at a larger scale. Boxes in reading order.
 */
export function findSmallPrint(grey: Uint8Array, width: number, height: number): BoundingBox[] {
  const size = width * height;
  const band = new Uint8Array(size);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let lastEdge = -JOIN_GAP - 1;
    for (let x = 1; x < width - 1; x++) {
      if (Math.abs(grey[row + x + 1] - grey[row + x - 1]) < EDGE_STEP) continue;
      if (x - lastEdge <= JOIN_GAP) band.fill(1, row + lastEdge, row + x + 1);
      else band[row + x] = 1;
      lastEdge = x;
    }
  }

  const regions: BoundingBox[] = [];
  const queue = new Int32Array(size);
  for (let start = 0; start < size; start++) {
    if (band[start] !== 1) continue;
    band[start] = 2;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    let left = width;
    let top = height;
    let right = 0;
    let bottom = 0;
    while (head < tail) {
      const at = queue[head++];
      const x = at % width;
      const y = (at - x) / width;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      for (const next of [x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, at - width, y < height - 1 ? at + width : -1]) {
        if (next >= 0 && band[next] === 1) {
          band[next] = 2;
          queue[tail++] = next;
        }
      }
    }
    const box = { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
    if (box.height >= MIN_HEIGHT && box.height <= MAX_HEIGHT && tail >= MIN_FILL * box.width * box.height) regions.push(box);
  }
  // So many runs are a texture (foliage, fabric, noise), not print; joining them would also cost n³.
  if (regions.length > MAX_RUNS) return [];
  return joinLines(regions).filter((box) => box.width >= 2 * box.height);
}

/**
 * Joins runs that sit side by side on one line (sharing half their height, at most one height
 * apart), so that a word split at a wide letter gap, or a line of words, is read as one crop.
 */
function joinLines(runs: BoundingBox[]): BoundingBox[] {
  const lines = [...runs].sort((a, b) => a.x - b.x || a.y - b.y);
  for (let joined = true; joined; ) {
    joined = false;
    for (let i = 0; i < lines.length && !joined; i++) {
      for (let j = i + 1; j < lines.length && !joined; j++) {
        const [a, b] = [lines[i], lines[j]];
        const shared = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        const gap = Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width);
        if (shared * 2 < Math.min(a.height, b.height) || gap > Math.max(a.height, b.height)) continue;
        const x = Math.min(a.x, b.x);
        const y = Math.min(a.y, b.y);
        lines[i] = { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
        lines.splice(j, 1);
        joined = true;
      }
    }
  }
  return lines.sort((a, b) => a.y - b.y || a.x - b.x);
}

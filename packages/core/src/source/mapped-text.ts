import type { Field } from '../types.js';
import type { LineIndex } from './line-index.js';

/**
 * A decoded string built piece by piece, remembering where each piece came from in the
 * source: a verbatim run maps unit for unit, a replaced piece (an escape `\u00e9`, a line
 * break folded to a space) maps every unit to the source range it replaced. Pieces are
 * kept as segments, not per unit, so decoding a large file allocates little.
 */
export class MappedText {
  value = '';
  /** Flat segments: value start, source start, source end, verbatim (1) or replaced (0). */
  private readonly segments: number[] = [];

  /** Appends `text` copied verbatim from the source at `sourceStart`. */
  copy(text: string, sourceStart: number): void {
    if (text.length === 0) return;
    const { segments } = this;
    const last = segments.length - 4;
    // A run continuing the previous verbatim segment extends it (decoders copy unit by unit).
    if (last >= 0 && segments[last + 3] === 1 && segments[last + 2] === sourceStart) segments[last + 2] += text.length;
    else segments.push(this.value.length, sourceStart, sourceStart + text.length, 1);
    this.value += text;
  }

  /** Appends `text` that stands for the source range `[sourceStart, sourceEnd)`. */
  put(text: string, sourceStart: number, sourceEnd: number): void {
    if (text.length === 0) return;
    this.segments.push(this.value.length, sourceStart, sourceEnd, 0);
    this.value += text;
  }

  /** Appends another mapped text. */
  append(other: MappedText): void {
    const base = this.value.length;
    const { segments } = other;
    // A loop, not push(...spread): a 10 MB paragraph would overflow the call stack.
    for (let i = 0; i < segments.length; i += 4) {
      this.segments.push(segments[i] + base, segments[i + 1], segments[i + 2], segments[i + 3]);
    }
    this.value += other.value;
  }

  /** Moves every source range by `base` (a text decoded from a slice of the file). */
  shift(base: number): this {
    for (let i = 0; i < this.segments.length; i += 4) {
      this.segments[i + 1] += base;
      this.segments[i + 2] += base;
    }
    return this;
  }

  /** Source range of the value unit at `index` (0 ≤ index < value.length). */
  sourceRange(index: number): [number, number] {
    const { segments } = this;
    let low = 0;
    let high = segments.length / 4 - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (segments[middle * 4] <= index) low = middle;
      else high = middle - 1;
    }
    const at = low * 4;
    if (segments[at + 3] === 0) return [segments[at + 1], segments[at + 2]];
    const offset = segments[at + 1] + (index - segments[at]);
    return [offset, offset + 1];
  }

  /** A field whose `locate` maps value ranges back through this text. */
  toField(path: string, lines: LineIndex): Field {
    const text = this;
    const { value } = this;
    const fallback = this.segments.length > 0 ? this.segments[1] : 0;
    return {
      path,
      value,
      locate(start, end) {
        if (value.length === 0) return lines.location(fallback, fallback);
        const first = Math.min(Math.max(start, 0), value.length - 1);
        const last = Math.min(Math.max(end - 1, first), value.length - 1);
        return lines.location(text.sourceRange(first)[0], text.sourceRange(last)[1]);
      },
    };
  }
}

import type { Field } from '../types.js';
import type { LineIndex } from './line-index.js';

/**
 * A decoded string built piece by piece, remembering for every UTF-16 unit the source range
 * it came from (an escape `\u00e9` maps one unit to six source units; a folded line break
 * maps a space to the newline it replaced).
 */
export class MappedText {
  value = '';
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  /** Appends `text` copied verbatim from the source at `sourceStart`. */
  copy(text: string, sourceStart: number): void {
    this.value += text;
    for (let i = 0; i < text.length; i++) {
      this.starts.push(sourceStart + i);
      this.ends.push(sourceStart + i + 1);
    }
  }

  /** Appends `text` that stands for the source range `[sourceStart, sourceEnd)`. */
  put(text: string, sourceStart: number, sourceEnd: number): void {
    this.value += text;
    for (let i = 0; i < text.length; i++) {
      this.starts.push(sourceStart);
      this.ends.push(sourceEnd);
    }
  }

  /** Appends another mapped text. */
  append(other: MappedText): void {
    this.value += other.value;
    // A loop, not push(...spread): a 10 MB paragraph would overflow the call stack.
    for (let i = 0; i < other.starts.length; i++) {
      this.starts.push(other.starts[i]);
      this.ends.push(other.ends[i]);
    }
  }

  /** Moves every source range by `base` (a text decoded from a slice of the file). */
  shift(base: number): this {
    for (let i = 0; i < this.starts.length; i++) {
      this.starts[i] += base;
      this.ends[i] += base;
    }
    return this;
  }

  /** Removes `count` units from the end. */
  truncate(count: number): void {
    if (count <= 0) return;
    this.value = this.value.slice(0, this.value.length - count);
    this.starts.length -= count;
    this.ends.length -= count;
  }

  /** A field whose `locate` maps value ranges back through this text. */
  toField(path: string, lines: LineIndex): Field {
    const { value, starts, ends } = this;
    const fallback = starts.length > 0 ? starts[0] : 0;
    return {
      path,
      value,
      locate(start, end) {
        if (value.length === 0) return lines.location(fallback, fallback);
        const first = Math.min(Math.max(start, 0), value.length - 1);
        const last = Math.min(Math.max(end - 1, first), value.length - 1);
        return lines.location(starts[first], ends[last]);
      },
    };
  }
}

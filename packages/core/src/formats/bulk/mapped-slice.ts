import { MappedText } from '../../source/mapped-text.js';

/** Appends units `[from, to)` of `source` to `target`, each still mapped to where it came from. */
export function appendSlice(target: MappedText, source: MappedText, from: number, to: number): void {
  const { value } = source;
  for (let i = from; i < to; i++) {
    const [start, end] = source.sourceRange(i);
    // A verbatim unit continues the previous run (MappedText merges them); a decoded one keeps its whole source range.
    if (end - start === 1) target.copy(value[i], start);
    else target.put(value[i], start, end);
  }
}

/** Units `[from, to)` of `source` as a mapped text of their own. */
export function sliceMapped(source: MappedText, from: number, to: number): MappedText {
  const out = new MappedText();
  appendSlice(out, source, from, to);
  return out;
}

/**
 * Splits a mapped text at `separator` (`,` for tags, `|` for eBay picture URLs), trimming each
 * piece and dropping empty ones; every piece keeps its mapping.
 */
export function splitMapped(source: MappedText, separator: string): { text: MappedText; start: number; end: number }[] {
  const pieces: { text: MappedText; start: number; end: number }[] = [];
  const { value } = source;
  let from = 0;
  for (;;) {
    const at = value.indexOf(separator, from);
    const to = at === -1 ? value.length : at;
    let start = from;
    let end = to;
    while (start < end && /\s/.test(value[start])) start++;
    while (end > start && /\s/.test(value[end - 1])) end--;
    if (end > start) pieces.push({ text: sliceMapped(source, start, end), start, end });
    if (at === -1) return pieces;
    from = at + separator.length;
  }
}

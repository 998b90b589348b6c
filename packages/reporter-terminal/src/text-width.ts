// East Asian wide and fullwidth blocks and the common emoji blocks take two terminal cells.
const WIDE_RANGES: [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/** Terminal cells one code point takes: 0 for marks and controls, 2 for wide characters, else 1. */
export function codePointWidth(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (/[\p{M}\p{Cc}\p{Cf}]/u.test(char)) return 0;
  return WIDE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to) ? 2 : 1;
}

/** Terminal cells a string takes, ANSI escapes excluded. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(/\u001B\[[0-9;]*m/g, '')) width += codePointWidth(char.codePointAt(0) ?? 0);
  return width;
}

/** Pads `text` with spaces on the right to `width` terminal cells. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

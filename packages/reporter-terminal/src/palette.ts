import type { Severity } from '@listinglint/types';

/** A way to style text: ANSI escapes, or nothing when colour is off. */
export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
  green(text: string): string;
  severity(severity: Severity, text: string): string;
}

function sgr(open: number, close: number): (text: string) => string {
  return (text) => `\u001B[${open}m${text}\u001B[${close}m`;
}

const red = sgr(31, 39);
const yellow = sgr(33, 39);
const cyan = sgr(36, 39);

const coloured: Palette = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  underline: sgr(4, 24),
  green: sgr(32, 39),
  severity: (severity, text) => (severity === 'error' ? red : severity === 'warning' ? yellow : cyan)(text),
};

const plain: Palette = {
  bold: (text) => text,
  dim: (text) => text,
  underline: (text) => text,
  green: (text) => text,
  severity: (_severity, text) => text,
};

/** The palette for `color`: styles only when it is true. */
export function paletteFor(color: boolean | undefined): Palette {
  return color === true ? coloured : plain;
}

import type { Finding } from '@listinglint/types';
import type { Palette } from './palette.js';
import { codePointWidth } from './text-width.js';

/** Source lines longer than this many UTF-16 code units are cut to a window around the match. */
const MAX_SHOWN = 100;
/** Code units of context kept before the match in a cut line. */
const CONTEXT_BEFORE = 30;

/**
 * The source line of a finding with its match underlined (`^^^`), as two lines
 * `5 | title: "N1ke"` and `  |         ^^^^`; empty when the line is not in the source.
 */
export function codeFrame(finding: Finding, source: string, palette: Palette): string[] {
  const line = source.split(/\r\n|\r|\n/)[finding.line - 1];
  if (line === undefined) return [];
  const start = clamp(finding.column - 1, 0, line.length);
  const end = finding.endLine === finding.line ? clamp(finding.endColumn - 1, start, line.length) : line.length;
  const shown = window(line, start, end);
  const prefix = shown.text.slice(0, start - shown.from + shown.lead.length);
  const marked = shown.text.slice(prefix.length, prefix.length + (end - start));
  const gutter = String(finding.line);
  const carets = '^'.repeat(Math.max(1, cells(marked)));
  return [
    `${palette.dim(`${gutter} |`)} ${shown.text}`,
    `${palette.dim(`${' '.repeat(gutter.length)} |`)} ${blankLike(prefix)}${palette.severity(finding.severity, carets)}`,
  ];
}

function window(line: string, start: number, end: number): { text: string; from: number; lead: string } {
  if (line.length <= MAX_SHOWN) return { text: line, from: 0, lead: '' };
  let from = Math.max(0, start - CONTEXT_BEFORE);
  let to = Math.min(line.length, Math.max(end, from + MAX_SHOWN));
  // Never cut a surrogate pair in half.
  if (isLowSurrogate(line.charCodeAt(from))) from -= 1;
  if (isLowSurrogate(line.charCodeAt(to))) to += 1;
  const lead = from > 0 ? '…' : '';
  return { text: `${lead}${line.slice(from, to)}${to < line.length ? '…' : ''}`, from, lead };
}

// Tabs stay tabs so the carets line up at the same tab stops as the source line.
function blankLike(text: string): string {
  let blank = '';
  for (const char of text) blank += char === '\t' ? '\t' : ' '.repeat(codePointWidth(char.codePointAt(0) ?? 0));
  return blank;
}

function cells(text: string): number {
  let width = 0;
  for (const char of text) width += char === '\t' ? 1 : codePointWidth(char.codePointAt(0) ?? 0);
  return width;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

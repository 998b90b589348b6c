import type { Scalar } from 'yaml';
import { MappedText } from './mapped-text.js';

const simpleEscapes: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r',
  e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0',
  L: '\u2028', P: '\u2029',
};
const hexEscapeLength: Record<string, number> = { x: 2, u: 4, U: 8 };

function isBreak(source: string, i: number): number {
  if (source[i] === '\n') return 1;
  if (source[i] === '\r' && source[i + 1] === '\n') return 2;
  return 0;
}

/**
 * Decodes a flow scalar (plain, single- or double-quoted) between `start` and `end` of the
 * source, folding line breaks as YAML does, and keeps the source range of every unit.
 */
export function decodeFlow(source: string, start: number, end: number, quote: '' | "'" | '"'): MappedText {
  const out = new MappedText();
  // Most scalars are one line without escapes: the whole run is copied as it is (the loop below
  // would copy it unit by unit into the same single segment).
  if (isVerbatim(source, start, end, quote)) {
    out.copy(source.slice(start, end), start);
    return out;
  }
  let pendingSpaces: number[] = [];
  const flushSpaces = () => {
    for (const at of pendingSpaces) out.copy(source[at], at);
    pendingSpaces = [];
  };
  let i = start;
  while (i < end) {
    const width = isBreak(source, i);
    if (width > 0) {
      // Trailing white space before a break is dropped; one break folds to a space, n breaks to n-1 newlines.
      pendingSpaces = [];
      const breaks: number[] = [];
      let j = i;
      for (;;) {
        const w = isBreak(source, j);
        if (w === 0) break;
        breaks.push(j);
        j += w;
        while (j < end && (source[j] === ' ' || source[j] === '\t')) j++;
      }
      if (breaks.length === 1) out.put(' ', i, i + width);
      else for (const at of breaks.slice(1)) out.put('\n', at, at + 1);
      i = j;
      continue;
    }
    const char = source[i];
    if (char === ' ' || char === '\t') {
      pendingSpaces.push(i);
      i++;
      continue;
    }
    flushSpaces();
    if (quote === "'" && char === "'" && source[i + 1] === "'") {
      out.put("'", i, i + 2);
      i += 2;
    } else if (quote === '"' && char === '\\') {
      const next = source[i + 1];
      const breakWidth = isBreak(source, i + 1);
      if (breakWidth > 0) {
        // An escaped line break joins the lines with nothing between them.
        let j = i + 1 + breakWidth;
        while (j < end && (source[j] === ' ' || source[j] === '\t')) j++;
        i = j;
      } else if (next in hexEscapeLength) {
        const length = hexEscapeLength[next];
        const code = Number.parseInt(source.slice(i + 2, i + 2 + length), 16);
        out.put(String.fromCodePoint(code), i, i + 2 + length);
        i += 2 + length;
      } else {
        out.put(simpleEscapes[next] ?? next, i, i + 2);
        i += 2;
      }
    } else {
      out.copy(char, i);
      i++;
    }
  }
  flushSpaces();
  return out;
}

/** Whether `[start, end)` holds no line break, and no escape (`\\` in double quotes, `''` in single ones). */
function isVerbatim(source: string, start: number, end: number, quote: '' | "'" | '"'): boolean {
  const special = quote === '"' ? 92 : quote === "'" ? 39 : 10;
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === 10 || code === 13 || code === special) return false;
  }
  return true;
}

/** Decodes a block scalar (`|` or `>`) starting at its header. */
function decodeBlock(source: string, start: number, end: number, folded: boolean): MappedText {
  const headerEnd = source.indexOf('\n', start);
  const header = source.slice(start + 1, headerEnd === -1 ? end : headerEnd).replace(/#.*$/, '').trim();
  const chomping = header.includes('-') ? 'strip' : header.includes('+') ? 'keep' : 'clip';
  const lines: { start: number; text: string }[] = [];
  let at = headerEnd === -1 ? end : headerEnd + 1;
  while (at < end) {
    let lineEnd = source.indexOf('\n', at);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    lines.push({ start: at, text: source.slice(at, lineEnd).replace(/\r$/, '') });
    at = lineEnd + 1;
  }
  const firstContent = lines.find((line) => line.text.trim() !== '');
  const indent = firstContent ? firstContent.text.length - firstContent.text.trimStart().length : 0;
  const out = new MappedText();
  let trailingBreaks: number[] = [];
  let previous: 'none' | 'normal' | 'more' = 'none';
  for (const line of lines) {
    if (line.text.trim() === '' && line.text.length <= indent) {
      trailingBreaks.push(line.start);
      continue;
    }
    const content = line.text.slice(indent);
    const kind = content.startsWith(' ') || content.startsWith('\t') ? 'more' : 'normal';
    if (previous !== 'none') {
      const breakAt = trailingBreaks.length > 0 ? trailingBreaks : [line.start - 1];
      if (folded && previous === 'normal' && kind === 'normal') {
        if (trailingBreaks.length === 0) out.put(' ', line.start - 1, line.start);
        else for (const b of trailingBreaks) out.put('\n', b, b + 1);
      } else {
        out.put('\n', line.start - 1, line.start);
        if (trailingBreaks.length > 0) for (const b of breakAt) out.put('\n', b, b + 1);
      }
    } else {
      for (const b of trailingBreaks) out.put('\n', b, b + 1);
    }
    trailingBreaks = [];
    out.copy(content, line.start + indent);
    previous = kind;
  }
  if (previous !== 'none' && chomping !== 'strip') {
    const lastLine = lines.filter((line) => line.text.trim() !== '' || line.text.length > indent).at(-1);
    const breakOffset = lastLine ? lastLine.start + lastLine.text.length : end;
    out.put('\n', breakOffset, breakOffset + 1);
    if (chomping === 'keep') for (const b of trailingBreaks) out.put('\n', b, b + 1);
  }
  return out;
}

/**
 * The decoded value of a YAML string scalar with the source range of each UTF-16 unit.
 * When the decoder disagrees with the yaml package (an exotic form), every unit maps to
 * the whole scalar, so positions stay inside the right value even then.
 */
export function mapScalar(source: string, node: Scalar): MappedText {
  const value = String(node.value);
  const [start, valueEnd] = node.range ?? [0, 0, 0];
  let mapped: MappedText;
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      mapped = decodeFlow(source, start + 1, valueEnd - 1, '"');
      break;
    case 'QUOTE_SINGLE':
      mapped = decodeFlow(source, start + 1, valueEnd - 1, "'");
      break;
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      mapped = decodeBlock(source, start, valueEnd, node.type === 'BLOCK_FOLDED');
      break;
    default:
      mapped = decodeFlow(source, start, valueEnd, '');
  }
  if (mapped.value === value) return mapped;
  const coarse = new MappedText();
  coarse.put(value, start, valueEnd);
  return coarse;
}

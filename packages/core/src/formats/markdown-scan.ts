import type { MappedText } from '../source/mapped-text.js';
import { ProseWriter } from './markdown-body.js';

/**
 * A position-keeping scanner for the Markdown most listing bodies are written in: ATX
 * headings, paragraphs, flat bullet and numbered lists, emphasis and strong emphasis, code
 * spans, inline links and images, autolinks, hard breaks, backslash escapes, common entities
 * and HTML blocks opened by common block tags (`<p>`, `<div>`, `<ul>` …). It writes the same nodes the full parser (remark) would, through the same
 * ProseWriter, so the prose and every position are identical; it gives up (undefined) on
 * anything it is not sure of, and the caller then runs the full parser. Giving up is cheap:
 * the scanner is one pass and allocates little.
 */
export function scannedProse(source: string, bodyStart: number): MappedText | undefined {
  if (!plainFrontMatter(source, bodyStart)) return undefined;
  // Tabs, carriage returns and NUL change columns, line endings and characters: the parser's.
  for (let i = bodyStart; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 32 && code !== 10) return undefined;
  }
  const writer = new ProseWriter(source);
  const text = new TextRun(writer);
  // The current paragraph, as pairs of [content start, line end].
  const paragraph: number[] = [];
  // The list the last block belonged to: its marker (`-`, `+`, `*`, `.`, `)`), or '' for none.
  let list = '';
  const endParagraph = (): boolean => {
    if (paragraph.length === 0) return true;
    writer.block();
    const ok = paragraphInline(source, paragraph, text, writer);
    paragraph.length = 0;
    return ok;
  };
  let at = bodyStart;
  while (at < source.length) {
    let lineEnd = source.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = source.length;
    let i = at;
    while (i < lineEnd && source.charCodeAt(i) === 32) i++;
    const indent = i - at;
    const next = lineEnd + 1;
    if (i === lineEnd) {
      if (!endParagraph()) return undefined;
      at = next;
      continue;
    }
    const item = indent === 0 ? listItem(source, i, lineEnd) : undefined;
    if (paragraph.length > 0 && !item) {
      // A continuation line, unless it could open a block of its own.
      if (mayOpenBlock(source, i, lineEnd)) return undefined;
      paragraph.push(i, lineEnd);
      at = next;
      continue;
    }
    if (item) {
      // A new item ends the paragraph before it; a numbered item not starting at 1 may only
      // follow an item of its own list (else it could be paragraph text).
      if (paragraph.length > 0 && item.ordered && item.marker !== list && item.number !== 1) return undefined;
      if (!endParagraph()) return undefined;
      if (mayOpenBlock(source, item.content, lineEnd)) return undefined;
      list = item.marker;
      paragraph.push(item.content, lineEnd);
      at = next;
      continue;
    }
    // A block after a blank line (or a heading): indented lines may belong to a list item or
    // be code; lines that open blocks other than headings and paragraphs go to the parser.
    if (indent > 0 && (list !== '' || indent >= 4)) return undefined;
    const html = indent === 0 ? htmlBlockEnd(source, i, lineEnd) : -1;
    if (html !== -1) {
      // An HTML block (`<p>…`, `<div>`): raw up to the next blank line, read as its visible text.
      writer.block();
      writer.html(source.slice(i, html), i, html);
      list = '';
      at = html + 1;
      continue;
    }
    if (mayOpenBlock(source, i, lineEnd) && !atxHeading(source, i, lineEnd)) return undefined;
    list = '';
    if (source.charCodeAt(i) === 35 /* # */ && atxHeading(source, i, lineEnd)) {
      if (!heading(source, i, lineEnd, text, writer)) return undefined;
      at = next;
      continue;
    }
    paragraph.push(i, lineEnd);
    at = next;
  }
  if (!endParagraph()) return undefined;
  return writer.out;
}

/**
 * Block-level tags that open an HTML block wherever a line starts with them (CommonMark's
 * sixth kind: it ends at a blank line). A few common ones; any other tag goes to the parser.
 */
const htmlBlockTags = new Set([
  'p', 'div', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'header', 'footer', 'blockquote', 'dl', 'dt', 'dd', 'hr',
]);

/**
 * Where an HTML block that opens at `i` (a line's first character) ends: the end of its last
 * line before a blank one (or of the body); -1 when no such block opens here.
 */
function htmlBlockEnd(source: string, i: number, lineEnd: number): number {
  const open = /^<\/?([A-Za-z][A-Za-z0-9]*)(?:[ >]|\/>|$)/.exec(source.slice(i, Math.min(lineEnd, i + 16)));
  if (!open || !htmlBlockTags.has(open[1].toLowerCase())) return -1;
  let end = lineEnd;
  while (end < source.length) {
    const next = end + 1;
    let nextEnd = source.indexOf('\n', next);
    if (nextEnd === -1) nextEnd = source.length;
    let j = next;
    while (j < nextEnd && source.charCodeAt(j) === 32) j++;
    if (j === nextEnd) break;
    end = nextEnd;
  }
  return end;
}

/** Front matter as remark-frontmatter reads it: `---` lines exactly, so the body starts where ours does. */
function plainFrontMatter(source: string, bodyStart: number): boolean {
  if (!source.startsWith('---\n')) return false;
  const closing = source.endsWith('\n', bodyStart) ? bodyStart - 4 : bodyStart - 3;
  return closing >= 4 && source.startsWith('---', closing) && source.charCodeAt(closing - 1) === 10;
}

interface ListItem {
  /** `-`, `+`, `*` for bullets, `.` or `)` for numbered items. */
  marker: string;
  ordered: boolean;
  number: number;
  content: number;
}

/** A list item opening at `i` with one space and some content after its marker. */
function listItem(source: string, i: number, lineEnd: number): ListItem | undefined {
  const code = source.charCodeAt(i);
  let after = -1;
  let number = 0;
  if (code === 45 || code === 43 || code === 42) after = i + 1;
  else if (code >= 48 && code <= 57) {
    let j = i;
    while (j < lineEnd && j - i < 9 && isDigit(source.charCodeAt(j))) j++;
    if (source[j] !== '.' && source[j] !== ')') return undefined;
    number = Number(source.slice(i, j));
    after = j + 1;
  } else return undefined;
  if (source.charCodeAt(after) !== 32 || after + 1 >= lineEnd || source.charCodeAt(after + 1) === 32) return undefined;
  const ordered = number > 0 || after - i > 1;
  return { marker: ordered ? source[after - 1] : source[i], ordered, number, content: after + 1 };
}

/** Whether the text at `i` could open a block (heading, list, quote, fence, HTML, break, setext line). */
function mayOpenBlock(source: string, i: number, lineEnd: number): boolean {
  const code = source.charCodeAt(i);
  const next = i + 1 < lineEnd ? source.charCodeAt(i + 1) : 32;
  switch (code) {
    case 35: // #
      return atxHeading(source, i, lineEnd);
    case 45: // -
    case 43: // +
    case 61: // =
    case 62: // >
    case 60: // <
    case 96: // `
    case 126: // ~
      return true;
    case 42: // *
    case 95: // _
      return next === 32 || thematicBreak(source, i, lineEnd, code);
    default:
      if (isDigit(code)) {
        let j = i;
        while (j < lineEnd && isDigit(source.charCodeAt(j))) j++;
        return source[j] === '.' || source[j] === ')';
      }
      return false;
  }
}

/** A line of three or more `*` (or `_`) and spaces only. */
function thematicBreak(source: string, i: number, lineEnd: number, marker: number): boolean {
  let count = 0;
  for (let j = i; j < lineEnd; j++) {
    const code = source.charCodeAt(j);
    if (code === marker) count++;
    else if (code !== 32) return false;
  }
  return count >= 3;
}

/** An ATX heading opens at `i`: 1–6 `#` and then a space or the end of the line. */
function atxHeading(source: string, i: number, lineEnd: number): boolean {
  let j = i;
  while (j < lineEnd && source.charCodeAt(j) === 35) j++;
  return j - i >= 1 && j - i <= 6 && (j === lineEnd || source.charCodeAt(j) === 32);
}

function heading(source: string, i: number, lineEnd: number, text: TextRun, writer: ProseWriter): boolean {
  let start = i;
  while (source.charCodeAt(start) === 35) start++;
  while (start < lineEnd && source.charCodeAt(start) === 32) start++;
  let end = lineEnd;
  while (end > start && source.charCodeAt(end - 1) === 32) end--;
  // A closing sequence of `#` has rules of its own: the parser's.
  if (end > start && source.charCodeAt(end - 1) === 35) return false;
  writer.block();
  if (end > start && !lineInline(source, start, end, text, writer)) return false;
  text.flush();
  return true;
}

/**
 * The inline content of a paragraph's lines: soft breaks stay in the text as `\n` (the
 * spaces around them dropped), two or more spaces before a line end are a hard break.
 */
function paragraphInline(source: string, lines: number[], text: TextRun, writer: ProseWriter): boolean {
  for (let k = 0; k < lines.length; k += 2) {
    const start = lines[k];
    const lineEnd = lines[k + 1];
    let end = lineEnd;
    while (end > start && source.charCodeAt(end - 1) === 32) end--;
    // A backslash before the line end is a hard break, or an escaped backslash: the parser's.
    if (source.charCodeAt(end - 1) === 92 /* \ */) return false;
    if (!lineInline(source, start, end, text, writer)) return false;
    if (k + 2 >= lines.length) break;
    if (lineEnd - end >= 2) {
      text.flush();
      writer.lineBreak(end, lineEnd + 1);
    } else {
      text.add('\n', lineEnd, lineEnd + 1);
    }
  }
  text.flush();
  return true;
}

/** Consecutive text of one text node: its decoded value and the source range it spans. */
class TextRun {
  private value = '';
  private start = -1;
  private end = -1;

  constructor(private readonly writer: ProseWriter) {}

  add(value: string, start: number, end: number): void {
    if (this.start === -1) this.start = start;
    this.value += value;
    this.end = end;
  }

  flush(): void {
    if (this.start === -1) return;
    this.writer.text(this.value, this.start, this.end);
    this.value = '';
    this.start = -1;
  }
}

const linkAt = /\[([^\][\\`<>&*_!\n]*[^\][\\`<>&*_!\n ][^\][\\`<>&*_!\n]*)\]\([^\s()<>\\`'"*[\]&]+\)/y;
const imageAt = /!\[[^\][\\`<>&*_!\n]*\]\([^\s()<>\\`'"*[\]&]+\)/y;
const autolinkAt = /<(https?:\/\/[^\s<>&\\\x00-\x1f\x7f]*)>/y;
const entityAt = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z0-9]{1,31}));/y;

/** Named entities the scanner decodes; any other name goes to the parser. */
const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
  mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', deg: '\u00b0', times: '\u00d7', middot: '\u00b7', bull: '\u2022',
  rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c', euro: '\u20ac', pound: '\u00a3', frac12: '\u00bd',
};

/**
 * The inline content of one line `[start, end)` into `text` and `writer`; false when it holds
 * anything the scanner does not read exactly as the parser does. Emphasis must open and close
 * on the line, unnested, with its markers clearly opening (after a space, before a letter or
 * digit) and clearly closing (after a letter, digit or closing punctuation, before a space or
 * punctuation).
 */
function lineInline(source: string, start: number, end: number, text: TextRun, writer: ProseWriter): boolean {
  let i = start;
  let run = -1;
  let open = 0;
  const plain = () => {
    if (run !== -1) text.add(source.slice(run, i), run, i);
    run = -1;
  };
  while (i < end) {
    const code = source.charCodeAt(i);
    switch (code) {
      case 92: {
        // \ before ASCII punctuation escapes it; before anything else it is a backslash.
        const next = source.charCodeAt(i + 1);
        if (i + 1 < end && isAsciiPunctuation(next)) {
          plain();
          text.add(source[i + 1], i, i + 2);
          i += 2;
          continue;
        }
        break;
      }
      case 38: {
        entityAt.lastIndex = i;
        const entity = entityAt.exec(source);
        if (!entity || entity.index + entity[0].length > end) break;
        const decoded = decodeEntity(entity);
        if (decoded === undefined) return false;
        plain();
        text.add(decoded, i, i + entity[0].length);
        i += entity[0].length;
        continue;
      }
      case 96: {
        // A code span of single backticks on this line, its content without edge spaces.
        const close = source.indexOf('`', i + 1);
        if (close === -1 || close >= end || close === i + 1) return false;
        if (source.charCodeAt(close + 1) === 96) return false;
        if (source.charCodeAt(i + 1) === 32 || source.charCodeAt(close - 1) === 32) return false;
        plain();
        text.flush();
        writer.code(source.slice(i + 1, close), i, close + 1);
        i = close + 1;
        continue;
      }
      case 33: {
        if (source.charCodeAt(i + 1) !== 91) break;
        imageAt.lastIndex = i;
        const image = imageAt.exec(source);
        if (!image || i + image[0].length > end) return false;
        plain();
        text.flush();
        i += image[0].length;
        continue;
      }
      case 91: {
        linkAt.lastIndex = i;
        const link = linkAt.exec(source);
        if (!link || i + link[0].length > end) return false;
        plain();
        text.flush();
        text.add(link[1], i + 1, i + 1 + link[1].length);
        text.flush();
        i += link[0].length;
        continue;
      }
      case 93:
        return false;
      case 60: {
        autolinkAt.lastIndex = i;
        const autolink = autolinkAt.exec(source);
        if (!autolink || i + autolink[0].length > end) return false;
        plain();
        text.flush();
        text.add(autolink[1], i + 1, i + 1 + autolink[1].length);
        text.flush();
        i += autolink[0].length;
        continue;
      }
      case 42:
      case 95: {
        let length = 1;
        while (source.charCodeAt(i + length) === code) length++;
        if (length > 2) return false;
        const before = i === start ? 32 : source.charCodeAt(i - 1);
        const after = i + length >= end ? 32 : source.charCodeAt(i + length);
        const kind = code * 4 + length;
        if (before === 32 && isAsciiAlphanumeric(after)) {
          if (open !== 0) return false;
          open = kind;
        } else if ((isAsciiAlphanumeric(before) && (after === 32 || isClosingPunctuation(after))) || (isClosingPunctuation(before) && after === 32)) {
          if (open !== kind) return false;
          open = 0;
        } else {
          return false;
        }
        plain();
        text.flush();
        i += length;
        continue;
      }
      default:
        break;
    }
    if (run === -1) run = i;
    i++;
  }
  plain();
  return open === 0;
}

function decodeEntity(entity: RegExpExecArray): string | undefined {
  if (entity[3] !== undefined) return namedEntities[entity[3]];
  const code = entity[1] !== undefined ? Number(entity[1]) : parseInt(entity[2], 16);
  // Control characters, surrogates and non-characters become U+FFFD in the parser: its business.
  if (code < 32 || (code >= 127 && code < 160) || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return undefined;
  if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return undefined;
  return String.fromCodePoint(code);
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiAlphanumeric = (code: number) => isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isClosingPunctuation = (code: number) => code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 41;
const isAsciiPunctuation = (code: number) => (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);

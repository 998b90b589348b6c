import { MappedText } from './mapped-text.js';
import { maxDepth, type SourceEntry, type SourceNode } from './source-tree.js';
import { decodeFlow } from './yaml-scalar.js';

/**
 * A fast reader for the plain YAML most front matter is written in: block mappings and
 * sequences of one-line scalars (plain, quoted) and one-line flow sequences. It gives up
 * (returns undefined) on anything else (block scalars, multi-line scalars, anchors, tags,
 * flow mappings, duplicate keys, tabs), and the caller then uses the full YAML parser; when
 * it answers, its tree is the one the full parser would give. Composing a full YAML
 * document for every file is the largest cost of a cold run.
 */
export function parseSimpleYaml(text: string, base: number): SourceNode | undefined {
  const lines = splitLines(text);
  if (lines === undefined) return undefined;
  if (lines.length === 0) return undefined;
  const reader = new SimpleReader(text, base, lines);
  try {
    const node = reader.block(0, lines[0].indent);
    return reader.at === lines.length ? node : undefined;
  } catch (error) {
    if (error === giveUp) return undefined;
    throw error;
  }
}

interface Line {
  indent: number;
  /** Offset of the first non-space character. */
  start: number;
  /** Offset of the line end (before `\r\n` or `\n`). */
  end: number;
}

const giveUp = Symbol('not simple YAML');
const flowKeyPattern = /^([A-Za-z0-9_][A-Za-z0-9_.\/-]*): /;
/** A plain key and its colon, matched in place (`lastIndex` where it may start; the line ends before `\r\n` or `\n`): no slice per line. */
const keyAt = /([A-Za-z0-9_][A-Za-z0-9_.\/-]*(?: [A-Za-z0-9_.\/-]+)*):(?=[ ]|\r?\n|\r?$)/y;
// A plain scalar may not start with an indicator, nor hold `: ` or ` #` (those need the full parser).
const plainStart = /^[^\-?:,\[\]{}#&*!|>'"%@`\s]|^[-?:][^\s]/;

function splitLines(text: string): Line[] | undefined {
  const lines: Line[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let start = at;
    while (start < lineEnd && text.charCodeAt(start) === 32) start++;
    if (start < lineEnd && text.charCodeAt(start) === 9) return undefined;
    if (start < lineEnd && text.charCodeAt(start) !== 35) lines.push({ indent: start - at, start, end: lineEnd });
    at = end + 1;
  }
  return lines;
}

class SimpleReader {
  at = 0;
  /** Open collections; deep nesting is left to the full parser, which reports it. */
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly lines: Line[],
  ) {}

  /** A block node whose first line is the current line, at `indent`. */
  block(line: number, indent: number): SourceNode {
    this.at = line;
    if (++this.depth > maxDepth) throw giveUp;
    const node = this.isItem(this.lines[line]) ? this.sequence(indent) : this.mapping(indent);
    this.depth--;
    return node;
  }

  private isItem(line: Line): boolean {
    return this.text[line.start] === '-' && (line.start + 1 === line.end || this.text[line.start + 1] === ' ');
  }

  private mapping(indent: number): SourceNode {
    const { text, lines, base } = this;
    const entries: SourceEntry[] = [];
    const seen = new Set<string>();
    const first = lines[this.at];
    let end = first.start;
    while (this.at < lines.length && lines[this.at].indent === indent && !this.isItem(lines[this.at])) {
      const line = lines[this.at];
      keyAt.lastIndex = line.start;
      const key = keyAt.exec(text);
      if (!key || seen.has(key[1])) throw giveUp;
      seen.add(key[1]);
      const keyStart = line.start;
      const keyEnd = line.start + key[1].length;
      const restStart = skipSpaces(text, line.start + key[0].length, line.end);
      let value: SourceNode;
      if (restStart === line.end || text[restStart] === '#') {
        const next = lines[this.at + 1];
        if (next && (next.indent > indent || (next.indent === indent && this.isItem(next)))) {
          value = this.block(this.at + 1, next.indent);
        } else {
          value = { kind: 'scalar', value: null, start: base + keyEnd + 1, end: base + keyEnd + 1 };
          this.at++;
        }
      } else {
        value = this.inline(restStart, line.end);
        this.at++;
        if (this.at < lines.length && lines[this.at].indent > indent) throw giveUp;
      }
      entries.push({ key: key[1], keyStart: base + keyStart, keyEnd: base + keyEnd, value });
      end = value.end - base;
    }
    if (this.at < lines.length && lines[this.at].indent > indent) throw giveUp;
    return { kind: 'map', entries, start: base + first.start, end: base + end };
  }

  private sequence(indent: number): SourceNode {
    const { text, lines, base } = this;
    const items: SourceNode[] = [];
    const first = lines[this.at];
    let end = first.start;
    while (this.at < lines.length && lines[this.at].indent === indent && this.isItem(lines[this.at])) {
      const line = lines[this.at];
      const restStart = skipSpaces(text, line.start + 1, line.end);
      if (restStart === line.end || text[restStart] === '#') throw giveUp;
      let value: SourceNode;
      keyAt.lastIndex = restStart;
      if (keyAt.test(text)) {
        // `- key: value` opens a mapping whose keys line up with this first one.
        const itemIndent = line.indent + (restStart - line.start);
        lines[this.at] = { indent: itemIndent, start: restStart, end: line.end };
        if (++this.depth > maxDepth) throw giveUp;
        value = this.mapping(itemIndent);
        this.depth--;
      } else {
        value = this.inline(restStart, line.end);
        this.at++;
        if (this.at < lines.length && lines[this.at].indent > indent) throw giveUp;
      }
      items.push(value);
      end = value.end - base;
    }
    return { kind: 'seq', items, start: base + first.start, end: base + end };
  }

  /** A one-line value from `start` to the line end: quoted, flow sequence, or plain. */
  private inline(start: number, lineEnd: number): SourceNode {
    const { text, base } = this;
    const char = text[start];
    if (char === '"' || char === "'") {
      const close = closingQuote(text, start, lineEnd, char);
      const after = skipSpaces(text, close + 1, lineEnd);
      if (after !== lineEnd && !(text[after] === '#' && after > close + 1)) throw giveUp;
      const decoded = decodeFlow(text, start + 1, close, char).shift(base);
      return { kind: 'string', text: decoded, start: base + start, end: base + close + 1 };
    }
    if (char === '[' || char === '{') {
      const [node, at] = char === '[' ? this.flowSequence(start, lineEnd) : this.flowMapping(start, lineEnd);
      const after = skipSpaces(text, at, lineEnd);
      if (after !== lineEnd && !(text[after] === '#' && after > at)) throw giveUp;
      return node;
    }
    const end = plainEnd(text, start, lineEnd);
    return plainScalar(text.slice(start, end), start, end, base);
  }

  /** A flow item: quoted, nested flow collection, or plain (no `,[]{}#` and no `: ` inside). */
  private flowItem(at: number, lineEnd: number): [SourceNode, number] {
    const { text, base } = this;
    const char = text[at];
    if (char === '"' || char === "'") {
      const close = closingQuote(text, at, lineEnd, char);
      return [{ kind: 'string', text: decodeFlow(text, at + 1, close, char).shift(base), start: base + at, end: base + close + 1 }, close + 1];
    }
    if (char === '[' || char === '{') {
      if (++this.depth > maxDepth) throw giveUp;
      const nested = char === '[' ? this.flowSequence(at, lineEnd) : this.flowMapping(at, lineEnd);
      this.depth--;
      return nested;
    }
    let end = at;
    while (end < lineEnd && text[end] !== ',' && text[end] !== ']' && text[end] !== '}') end++;
    let valueEnd = end;
    while (valueEnd > at && text[valueEnd - 1] === ' ') valueEnd--;
    const item = text.slice(at, valueEnd);
    if (item === '' || !plainStart.test(item) || /[\[\]{}#]|: |:$/.test(item)) throw giveUp;
    return [plainScalar(item, at, valueEnd, base), end];
  }

  /** `[a, "b", [c]]` on one line; returns the node and the offset after `]`. */
  private flowSequence(start: number, lineEnd: number): [SourceNode, number] {
    const { text, base } = this;
    const items: SourceNode[] = [];
    let at = skipSpaces(text, start + 1, lineEnd);
    if (text[at] === ']') return [{ kind: 'seq', items, start: base + start, end: base + at + 1 }, at + 1];
    for (;;) {
      const [item, after] = this.flowItem(at, lineEnd);
      items.push(item);
      at = skipSpaces(text, after, lineEnd);
      if (text[at] === ',') {
        at = skipSpaces(text, at + 1, lineEnd);
        if (text[at] === ']') throw giveUp;
        continue;
      }
      if (text[at] === ']') return [{ kind: 'seq', items, start: base + start, end: base + at + 1 }, at + 1];
      throw giveUp;
    }
  }

  /** `{ key: value, … }` on one line with plain keys; returns the node and the offset after `}`. */
  private flowMapping(start: number, lineEnd: number): [SourceNode, number] {
    const { text, base } = this;
    const entries: SourceEntry[] = [];
    const seen = new Set<string>();
    let at = skipSpaces(text, start + 1, lineEnd);
    if (text[at] === '}') return [{ kind: 'map', entries, start: base + start, end: base + at + 1 }, at + 1];
    for (;;) {
      const key = flowKeyPattern.exec(text.slice(at, Math.min(lineEnd, at + 256)));
      if (!key || seen.has(key[1])) throw giveUp;
      seen.add(key[1]);
      const keyStart = at;
      const [value, after] = this.flowItem(skipSpaces(text, at + key[0].length, lineEnd), lineEnd);
      entries.push({ key: key[1], keyStart: base + keyStart, keyEnd: base + keyStart + key[1].length, value });
      at = skipSpaces(text, after, lineEnd);
      if (text[at] === ',') {
        at = skipSpaces(text, at + 1, lineEnd);
        if (text[at] === '}') throw giveUp;
        continue;
      }
      if (text[at] === '}') return [{ kind: 'map', entries, start: base + start, end: base + at + 1 }, at + 1];
      throw giveUp;
    }
  }
}

function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && text.charCodeAt(at) === 32) at++;
  return at;
}

function closingQuote(text: string, start: number, lineEnd: number, quote: string): number {
  for (let at = start + 1; at < lineEnd; at++) {
    if (quote === '"' && text[at] === '\\') {
      at++;
      continue;
    }
    if (text[at] === quote) {
      if (quote === "'" && text[at + 1] === "'") {
        at++;
        continue;
      }
      return at;
    }
  }
  throw giveUp;
}

/** Where a plain scalar ends: before ` #` or trailing spaces; `: ` inside means not simple. */
function plainEnd(text: string, start: number, lineEnd: number): number {
  const slice = text.slice(start, lineEnd);
  if (!plainStart.test(slice)) throw giveUp;
  const comment = slice.indexOf(' #');
  let end = comment === -1 ? lineEnd : start + comment;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (/: |:$/.test(text.slice(start, end))) throw giveUp;
  return end;
}

const booleans: Record<string, boolean> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };

/** A plain scalar as YAML 1.2's core schema reads it: null, boolean, number or string. */
function plainScalar(value: string, start: number, end: number, base: number): SourceNode {
  // Only values that start like null, a boolean or a number need the patterns below.
  if (mayResolve.test(value)) return resolvePlain(value, start, end, base);
  const mapped = new MappedText();
  mapped.copy(value, base + start);
  return { kind: 'string', text: mapped, start: base + start, end: base + end };
}

const mayResolve = /^[-+.0-9~nNtTfF]/;

function resolvePlain(value: string, start: number, end: number, base: number): SourceNode {
  if (/^(?:null|Null|NULL|~)$/.test(value)) return { kind: 'scalar', value: null, start: base + start, end: base + end };
  if (value in booleans) return { kind: 'scalar', value: booleans[value], start: base + start, end: base + end };
  if (/^[-+]?[0-9]+$/.test(value)) return { kind: 'scalar', value: Number(value), start: base + start, end: base + end };
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(value)) {
    return { kind: 'scalar', value: Number(value), start: base + start, end: base + end };
  }
  // Other forms the core schema resolves (0x1F, 0o17, .inf, .nan) are left to the full parser.
  if (/^[-+]?(?:0x|0o|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN)/.test(value)) throw giveUp;
  const mapped = new MappedText();
  mapped.copy(value, base + start);
  return { kind: 'string', text: mapped, start: base + start, end: base + end };
}

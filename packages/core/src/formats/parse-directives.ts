import { stripBom } from '../source/bom.js';
import { yamlLibrary } from '../source/yaml-library.js';
import type { Directive, Location } from '../types.js';

/** Input formats that can carry inline disables (JSON has no comments, so none there). */
export type DirectiveFormat = 'markdown' | 'json';

type Keyword = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

/** A directive comment before its range is known. */
interface RawDirective {
  keyword: Keyword;
  rules: string[];
  reason: string | undefined;
  location: Location;
}

const keywordPattern = /^listinglint-(disable-next-line|disable-line|disable|enable)(?=\s|$)/;
const htmlComment = /<!--([\s\S]*?)-->/g;
const fence = /^ {0,3}(`{3,}|~{3,})/;
// yaml's lexer marks document starts, scalars and flow ends with these zero-width tokens.
const lexerMarkers = new Set(['\x02', '\x18', '\x1f']);

/**
 * Finds `listinglint-disable…` comments in a listing file's raw text: HTML comments in the
 * Markdown body (outside fenced code) and `#` comments in the YAML front matter.
 */
export function parseDirectives(raw: string, format: DirectiveFormat): Directive[] {
  if (format !== 'markdown') return [];
  const lines = stripBom(raw).split(/\r\n|\r|\n/);
  const frontMatterEnd = findFrontMatterEnd(lines);
  const found: RawDirective[] = [];
  if (frontMatterEnd > 0) found.push(...yamlDirectives(lines.slice(1, frontMatterEnd), 2));
  found.push(...markdownDirectives(lines, frontMatterEnd === 0 ? 0 : frontMatterEnd + 1));
  return resolveRanges(found);
}

/** Index of the closing front-matter line, or 0 when the file has no front matter. */
function findFrontMatterEnd(lines: string[]): number {
  if (lines[0]?.trimEnd() !== '---') return 0;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index].trimEnd();
    if (line === '---' || line === '...') return index;
  }
  return 0;
}

/** Directives in YAML comments; `firstLine` is the file line of `lines[0]`. */
function yamlDirectives(lines: string[], firstLine: number): RawDirective[] {
  const text = lines.join('\n');
  const found: RawDirective[] = [];
  let offset = 0;
  let line = firstLine;
  let lineStart = 0;
  // The lexer tells comments from `#` inside quoted or block scalars.
  for (const token of new (yamlLibrary().Lexer)().lex(text)) {
    if (lexerMarkers.has(token)) continue;
    if (token.startsWith('#')) {
      const column = offset - lineStart + 1;
      const ownLine = text.slice(lineStart, offset).trim() === '';
      const directive = readDirective(token.slice(1), {
        line,
        column,
        endLine: line,
        endColumn: column + token.length,
      });
      if (directive) found.push(ownLine ? directive : trailing(directive));
    }
    for (let index = token.indexOf('\n'); index !== -1; index = token.indexOf('\n', index + 1)) {
      line++;
      lineStart = offset + index + 1;
    }
    offset += token.length;
  }
  return found;
}

/** Directives in HTML comments of the Markdown body, skipping fenced code blocks. */
function markdownDirectives(lines: string[], fromIndex: number): RawDirective[] {
  const found: RawDirective[] = [];
  let openFence: string | undefined;
  for (let index = fromIndex; index < lines.length; index++) {
    const text = lines[index];
    const fenceMatch = fence.exec(text);
    if (openFence !== undefined) {
      if (fenceMatch && fenceMatch[1][0] === openFence[0] && fenceMatch[1].length >= openFence.length && text.trim() === fenceMatch[1]) {
        openFence = undefined;
      }
      continue;
    }
    if (fenceMatch) {
      openFence = fenceMatch[1];
      continue;
    }
    for (const comment of text.matchAll(htmlComment)) {
      const column = comment.index + 1;
      const location = { line: index + 1, column, endLine: index + 1, endColumn: column + comment[0].length };
      const directive = readDirective(comment[1], location);
      if (!directive) continue;
      const ownLine = text.slice(0, comment.index).trim() === '';
      found.push(ownLine ? directive : trailing(directive));
    }
  }
  return found;
}

/** A `disable-next-line` written after content on the same line covers that line instead. */
function trailing(directive: RawDirective): RawDirective {
  return directive.keyword === 'disable-next-line' ? { ...directive, keyword: 'disable-line' } : directive;
}

/** Parses `listinglint-<keyword> rule, rule -- reason` out of a comment's text. */
function readDirective(commentText: string, location: Location): RawDirective | undefined {
  const text = commentText.trim();
  const match = keywordPattern.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match[0].length);
  const separator = /(?:^|\s)--(?:\s|$)/.exec(rest);
  const ruleText = separator ? rest.slice(0, separator.index) : rest;
  const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : '';
  return {
    keyword: match[1] as Keyword,
    rules: ruleText.split(/[\s,]+/).filter((rule) => rule !== ''),
    reason: reason === '' ? undefined : reason,
    location,
  };
}

/** Gives every directive the lines it covers; a `disable` runs to the `enable` that closes it. */
function resolveRanges(found: RawDirective[]): Directive[] {
  return found.map((directive, index): Directive => {
    const { keyword, rules, reason, location } = directive;
    const base = { rules, ...(reason === undefined ? {} : { reason }), location };
    const line = location.line;
    if (keyword === 'disable-next-line') return { kind: 'disable-next-line', ...base, fromLine: line + 1, toLine: line + 1 };
    if (keyword === 'disable-line') return { kind: 'disable-next-line', ...base, fromLine: line, toLine: line };
    if (keyword === 'enable') return { kind: 'enable', ...base, fromLine: line, toLine: line };
    const closing = found.slice(index + 1).find((later) => later.keyword === 'enable' && closes(later.rules, rules));
    return { kind: 'disable', ...base, fromLine: line, toLine: closing ? closing.location.line : Infinity };
  });
}

/** An `enable` closes a `disable` when it names no rule, or every rule the disable names. */
function closes(enableRules: string[], disableRules: string[]): boolean {
  if (enableRules.length === 0) return true;
  return disableRules.length > 0 && disableRules.every((rule) => enableRules.includes(rule));
}

import { MappedText } from '../source/mapped-text.js';
import { htmlText } from './bulk/html-text.js';

interface MdastNode {
  type: string;
  value?: string;
  children?: MdastNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

let parse: ((source: string) => unknown) | undefined;

/**
 * Loads the Markdown parser (unified + remark-parse + remark-frontmatter). Reading a body
 * needs it; a run served from the cache never does, so it is not loaded at start-up.
 */
export async function loadMarkdownParser(): Promise<void> {
  if (parse) return;
  const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
  ]);
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  parse = (source) => processor.parse(source);
}
const blockTypes = new Set(['paragraph', 'heading', 'tableCell']);
const skippedTypes = new Set(['code', 'yaml', 'definition', 'image', 'imageReference', 'footnoteDefinition']);

// Anything that could be Markdown syntax: emphasis, code, links, HTML, entities, escapes,
// headings, lists, quotes, tables, indented code, setext underlines, thematic breaks, tabs,
// and carriage returns (remark keeps CRLF inside text in ways not worth copying).
const markdownSyntax = /[`*_[\]<>&\\#|~!=+\t\r]|^ {0,3}(?:[-+*>]|\d{1,9}[.)])|^ {4}/m;

/**
 * The prose of a body made of plain paragraphs (no character that could be Markdown
 * syntax), with the same text `markdownProse` gives, without running the parser; undefined
 * for any other body. Most listing bodies are plain sentences, and parsing them was the
 * largest cost of a cold run left.
 */
export function plainProse(source: string, bodyStart: number): MappedText | undefined {
  if (markdownSyntax.test(source.slice(bodyStart))) return undefined;
  const out = new MappedText();
  // End of the last line with text, and whether a blank line came after it.
  let lastEnd = -1;
  let blank = false;
  let at = bodyStart;
  while (at < source.length) {
    let lineEnd = source.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = source.length;
    let start = at;
    let end = lineEnd;
    while (start < end && source.charCodeAt(start) === 32) start++;
    while (end > start && source.charCodeAt(end - 1) === 32) end--;
    if (start === end) {
      blank = true;
    } else {
      // Lines of a paragraph join with a newline; paragraphs are separated as markdownProse does.
      if (lastEnd !== -1 && blank) out.put('\n\n', lastEnd, lastEnd);
      else if (lastEnd !== -1) out.put('\n', lastEnd, lastEnd + 1);
      out.copy(source.slice(start, end), start);
      lastEnd = end;
      blank = false;
    }
    at = lineEnd + 1;
  }
  return out;
}

/** Most lists and block quotes nested in one another a Markdown body may hold (as for front matter). */
export const maxBodyNesting = 64;
/**
 * Most runs of emphasis markers (`*`, `_`) one paragraph of a Markdown body may hold. A run is
 * counted once, whatever its length: a decorative line of 100 stars is one run, as the parser
 * pairs it; `*a*` repeated is two runs each time.
 */
export const maxEmphasisMarkers = 200;

/**
 * Where a Markdown body goes beyond what the parser reads safely: lists and block quotes
 * nested deeper than `maxBodyNesting` (the parser recurses and slows down with depth), or
 * a paragraph with more than `maxEmphasisMarkers` `*` and `_` (pairing them is quadratic).
 * One linear pass over the lines; the nesting of a line is its `>` and list markers plus
 * one level per two columns of indentation before them. Undefined when the body is fine.
 */
export function bodyLimitProblem(source: string, bodyStart: number): { message: string; offset: number } | undefined {
  let markers = 0;
  let at = bodyStart;
  while (at < source.length) {
    let lineEnd = source.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = source.length;
    let i = at;
    let column = 0;
    let depth = 0;
    let nested = false;
    // The container prefix: indentation, then `>` and list markers, each with its spaces.
    for (;;) {
      while (i < lineEnd && (source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9)) {
        column += source.charCodeAt(i) === 9 ? 4 - (column % 4) : 1;
        i++;
      }
      const code = source.charCodeAt(i);
      let next = -1;
      if (i >= lineEnd) break;
      if (code === 62 /* > */) next = i + 1;
      else if (code === 45 || code === 43 || code === 42 /* - + * */) next = i + 1;
      else if (code >= 48 && code <= 57) {
        let j = i;
        while (j < lineEnd && j - i < 9 && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
        if (source[j] === '.' || source[j] === ')') next = j + 1;
      }
      if (next === -1) break;
      // A list marker must be followed by a space, a tab or the end of the line.
      if (code !== 62 && next < lineEnd && source.charCodeAt(next) !== 32 && source.charCodeAt(next) !== 9 && source.charCodeAt(next) !== 13) break;
      if (!nested) {
        depth = Math.floor(column / 2);
        nested = true;
      }
      depth++;
      if (depth > maxBodyNesting) {
        return {
          message: `The Markdown body nests lists or block quotes more than ${maxBodyNesting} levels deep (the limit)`,
          offset: i,
        };
      }
      column += next - i;
      i = next;
    }
    // The rest of the line: a blank line ends the paragraph, else its emphasis markers count.
    let blank = true;
    for (let j = i; j < lineEnd; j++) {
      const code = source.charCodeAt(j);
      if (code !== 32 && code !== 9 && code !== 13) blank = false;
      // A marker continuing a run of the same marker is part of that run.
      if ((code === 42 || code === 95) /* * _ */ && source.charCodeAt(j - 1) !== code) {
        markers++;
        if (markers > maxEmphasisMarkers) {
          return {
            message: `A paragraph of the Markdown body has more than ${maxEmphasisMarkers} runs of emphasis markers (\`*\` or \`_\`, the limit)`,
            offset: j,
          };
        }
      }
    }
    if (blank) markers = 0;
    at = lineEnd + 1;
  }
  return undefined;
}

/**
 * Writes the prose of a Markdown body as the parser's nodes arrive: blocks (paragraphs,
 * headings, table cells) separated by blank lines, text and code spans aligned with their
 * source, hard breaks as newlines. The full parser's tree walk and the fast scanner
 * (markdown-scan.ts) both write through it, so they agree whenever they see the same nodes.
 */
export class ProseWriter {
  readonly out = new MappedText();
  private lastEnd = 0;

  constructor(private readonly source: string) {}

  /** A paragraph, heading or table cell begins. */
  block(): void {
    if (this.out.value.length > 0) this.out.put('\n\n', this.lastEnd, this.lastEnd);
  }

  /** A text node: its value (escapes and entities decoded) and its source range. */
  text(value: string, start: number, end: number): void {
    this.out.append(alignText(value, this.source, start, end));
    this.lastEnd = end;
  }

  /** A code span: its content and the source range of the whole span. */
  code(value: string, start: number, end: number): void {
    const at = this.source.indexOf(value, start);
    const piece = new MappedText();
    if (at !== -1 && at + value.length <= end) piece.copy(value, at);
    else piece.put(value, start, end);
    this.out.append(piece);
    this.lastEnd = end;
  }

  /**
   * HTML (a block, or a tag inside a paragraph): the text a shopper sees, as `htmlText` reads a
   * bulk file's HTML description (tags dropped, a block tag a line break, references decoded).
   */
  html(value: string, start: number, end: number): void {
    this.out.append(htmlText(alignText(value, this.source, start, end, false)));
    this.lastEnd = end;
  }

  /** A hard line break. */
  lineBreak(start: number, end: number): void {
    this.out.put('\n', start, end);
    this.lastEnd = end;
  }
}

/**
 * The prose of a Markdown document (paragraphs, headings, list items, table cells, link
 * text), blocks separated by blank lines, every unit mapped to its offset in `source`.
 */
export function markdownProse(source: string): MappedText {
  if (!parse) throw new Error('The Markdown parser is not loaded: await loadMarkdownParser() first');
  const tree = parse(source) as MdastNode;
  const writer = new ProseWriter(source);
  // An explicit stack, not recursion: no tree depth can overflow the call stack. Each node comes
  // with whether it sits inside a paragraph, heading or table cell (HTML there is inline).
  const stack: Array<[MdastNode, boolean]> = [[tree, false]];
  while (stack.length > 0) {
    const [node, inBlock] = stack.pop()!;
    if (skippedTypes.has(node.type)) continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (blockTypes.has(node.type) || (node.type === 'html' && !inBlock)) writer.block();
    if (node.type === 'text') writer.text(node.value ?? '', start, end);
    else if (node.type === 'html') writer.html(node.value ?? '', start, end);
    else if (node.type === 'inlineCode') writer.code(node.value ?? '', start, end);
    else if (node.type === 'break') writer.lineBreak(start, end);
    const children = node.children;
    const childrenInBlock = inBlock || blockTypes.has(node.type);
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], childrenInBlock]);
  }
  return writer.out;
}

/**
 * Aligns a text node's value with its source, skipping what Markdown removed (backslash
 * escapes, entity syntax, indentation and `>` markers after soft breaks). A raw value (HTML,
 * which the parser keeps as written: `decoded` false) has no escapes or entities decoded.
 */
function alignText(value: string, source: string, start: number, end: number, decoded = true): MappedText {
  const out = new MappedText();
  let i = start;
  let j = 0;
  let runStart = -1;
  let runValueStart = 0;
  const flush = () => {
    if (runStart !== -1) out.copy(value.slice(runValueStart, j), runStart);
    runStart = -1;
  };
  while (j < value.length) {
    const entity = decoded && source[i] === '&' ? /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i.exec(source.slice(i, i + 40)) : null;
    if (entity) {
      flush();
      const width = value.codePointAt(j)! > 0xffff ? 2 : 1;
      out.put(value.slice(j, j + width), i, i + entity[0].length);
      i += entity[0].length;
      j += width;
      continue;
    }
    if (i < end && source[i] === value[j]) {
      if (runStart === -1) {
        runStart = i;
        runValueStart = j;
      }
      i++;
      j++;
      continue;
    }
    flush();
    if (decoded && source[i] === '\\' && source[i + 1] === value[j]) {
      out.put(value[j], i, i + 2);
      i += 2;
      j++;
      continue;
    }
    if (i < end && (source[i] === ' ' || source[i] === '\t' || source[i] === '>' || source[i] === '\r' || source[i] === '\n')) {
      i++;
      continue;
    }
    // Something this alignment does not know: keep the rest inside the node's range.
    out.put(value.slice(j), Math.min(i, end), end);
    return out;
  }
  flush();
  return out;
}

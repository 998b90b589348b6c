import { MappedText } from '../source/mapped-text.js';

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
const skippedTypes = new Set(['code', 'html', 'yaml', 'definition', 'image', 'imageReference', 'footnoteDefinition']);

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

/**
 * The prose of a Markdown document (paragraphs, headings, list items, table cells, link
 * text), blocks separated by blank lines, every unit mapped to its offset in `source`.
 */
export function markdownProse(source: string): MappedText {
  if (!parse) throw new Error('The Markdown parser is not loaded: await loadMarkdownParser() first');
  const tree = parse(source) as MdastNode;
  const out = new MappedText();
  let lastEnd = 0;
  const separate = (text: string) => {
    if (out.value.length > 0) out.put(text, lastEnd, lastEnd);
  };
  const visit = (node: MdastNode) => {
    if (skippedTypes.has(node.type)) return;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (blockTypes.has(node.type)) separate('\n\n');
    if (node.type === 'text') {
      out.append(alignText(node.value ?? '', source, start, end));
      lastEnd = end;
    } else if (node.type === 'inlineCode') {
      const value = node.value ?? '';
      const at = source.indexOf(value, start);
      const piece = new MappedText();
      if (at !== -1 && at + value.length <= end) piece.copy(value, at);
      else piece.put(value, start, end);
      out.append(piece);
      lastEnd = end;
    } else if (node.type === 'break') {
      out.put('\n', start, end);
      lastEnd = end;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return out;
}

/**
 * Aligns a text node's value with its source, skipping what Markdown removed (backslash
 * escapes, entity syntax, indentation and `>` markers after soft breaks).
 */
function alignText(value: string, source: string, start: number, end: number): MappedText {
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
    const entity = source[i] === '&' ? /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i.exec(source.slice(i, i + 40)) : null;
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
    if (source[i] === '\\' && source[i + 1] === value[j]) {
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

import type { Document, Node } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import { parseSimpleYaml } from './simple-yaml.js';
import { mapScalar } from './yaml-scalar.js';
import { ListingSyntaxError, maxDepth, maxNodes, type SourceNode } from './source-tree.js';

/**
 * Parses YAML text (front matter) into a source tree. `base` is the offset of `text` in the
 * file, so every range in the tree is a file offset. Aliases are followed with a node budget,
 * so an alias bomb is refused instead of expanded.
 */
export function parseYamlSource(text: string, base: number, options: { full?: boolean } = {}): SourceNode | undefined {
  if (!options.full) {
    const simple = parseSimpleYaml(text, base);
    if (simple !== undefined) return simple;
  }
  const { isAlias, isMap, isScalar, isSeq, parseDocument } = yamlLibrary();
  let document;
  try {
    document = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    // Thousands of nested levels exhaust the parser's stack before our own depth check runs.
    if (error instanceof RangeError) throw new ListingSyntaxError(`Nested more than ${maxDepth} levels deep`, base + deepestOpening(text));
    throw error;
  }
  const problem = document.errors[0];
  if (problem) {
    if (/call stack/i.test(problem.message)) {
      throw new ListingSyntaxError(`Nested more than ${maxDepth} levels deep`, base + deepestOpening(text));
    }
    let at = problem.pos?.[0] ?? 0;
    // yaml reports an unterminated quote where the text ends; the opening quote is what to fix.
    const quote = /^Missing closing (["'])quote/.exec(problem.message)?.[1];
    if (quote) at = Math.max(0, text.lastIndexOf(quote, at - 1));
    throw new ListingSyntaxError(problem.message.split('\n')[0], base + at);
  }
  if (document.contents === null) return undefined;
  let nodes = 0;
  const convert = (node: unknown, depth: number): SourceNode => {
    if (depth > maxDepth) throw new ListingSyntaxError(`Nested more than ${maxDepth} levels deep`, base + rangeOf(node)[0]);
    if (++nodes > maxNodes) {
      throw new ListingSyntaxError(`More than ${maxNodes} values (alias expansion?)`, base + rangeOf(node)[0]);
    }
    if (isAlias(node)) {
      const target = node.resolve(document as Document);
      if (!target) throw new ListingSyntaxError(`Unknown alias \`*${node.source}\``, base + rangeOf(node)[0]);
      return convert(target, depth + 1);
    }
    const [start, end] = rangeOf(node);
    if (isMap(node)) {
      return {
        kind: 'map',
        start: base + start,
        end: base + end,
        entries: node.items.map((pair) => {
          const key = pair.key as Node | null;
          const keyRange = key ? rangeOf(key) : [start, start];
          return {
            key: isScalar(key) ? String(key.value) : String(key ?? ''),
            keyStart: base + keyRange[0],
            keyEnd: base + keyRange[1],
            value: pair.value === null
              ? { kind: 'scalar', value: null, start: base + keyRange[1], end: base + keyRange[1] }
              : convert(pair.value, depth + 1),
          };
        }),
      };
    }
    if (isSeq(node)) {
      return { kind: 'seq', start: base + start, end: base + end, items: node.items.map((item) => convert(item, depth + 1)) };
    }
    if (isScalar(node)) {
      if (typeof node.value === 'string') {
        return { kind: 'string', text: mapScalar(text, node).shift(base), start: base + start, end: base + end };
      }
      const value = node.value;
      return {
        kind: 'scalar',
        value: typeof value === 'number' || typeof value === 'boolean' ? value : value === null ? null : String(value) as never,
        start: base + start,
        end: base + end,
      };
    }
    return { kind: 'scalar', value: null, start: base + start, end: base + end };
  };
  return convert(document.contents, 0);
}

function rangeOf(node: unknown): [number, number] {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? [range[0], range[1]] : [0, 0];
}

/** The offset where nesting first goes past `maxDepth` (by indentation or flow brackets). */
function deepestOpening(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth--;
    else if (char === '\n') {
      let indent = 0;
      while (text[i + 1 + indent] === ' ') indent++;
      if (indent / 2 > maxDepth) return i + 1;
    }
    if (depth > maxDepth) return i;
  }
  return 0;
}

import { MappedText } from './mapped-text.js';
import { ListingSyntaxError, maxDepth, maxNodes, type SourceEntry, type SourceNode } from './source-tree.js';

const escapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Parses JSON text into a source tree, keeping the range of every string unit. */
export function parseJsonSource(source: string): SourceNode {
  let i = 0;
  let nodes = 0;
  const fail = (message: string, at = i): never => {
    throw new ListingSyntaxError(message, at);
  };
  const skipSpace = () => {
    while (i < source.length) {
      const c = source.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const describe = (at: number) =>
    at >= source.length ? 'end of file' : `\`${source[at]}\``;

  const parseString = (): MappedText => {
    const start = i;
    i++;
    const text = new MappedText();
    let runStart = i;
    for (;;) {
      if (i >= source.length) fail('Unterminated string', start);
      const c = source[i];
      if (c === '"') break;
      if (c === '\\') {
        if (runStart < i) text.copy(source.slice(runStart, i), runStart);
        const next = source[i + 1];
        if (next === 'u') {
          const hex = source.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Bad \\u escape in string');
          text.put(String.fromCharCode(Number.parseInt(hex, 16)), i, i + 6);
          i += 6;
        } else if (next in escapes) {
          text.put(escapes[next], i, i + 2);
          i += 2;
        } else fail(`Bad escape \`\\${next ?? ''}\` in string`);
        runStart = i;
        continue;
      }
      if (source.charCodeAt(i) < 0x20) fail('Control character in string (escape it as \\n, \\t …)');
      i++;
    }
    if (runStart < i) text.copy(source.slice(runStart, i), runStart);
    i++;
    return text;
  };

  const parseValue = (depth: number): SourceNode => {
    if (depth > maxDepth) fail(`Nested more than ${maxDepth} levels deep`);
    if (++nodes > maxNodes) fail(`More than ${maxNodes} values`);
    skipSpace();
    const start = i;
    const c = source[i];
    if (c === '{') {
      i++;
      const entries: SourceEntry[] = [];
      const seen = new Set<string>();
      skipSpace();
      if (source[i] === '}') {
        i++;
        return { kind: 'map', entries, start, end: i };
      }
      for (;;) {
        skipSpace();
        if (source[i] !== '"') fail(source[i] === '}' ? 'Trailing comma before `}`' : `Expected a key in double quotes, found ${describe(i)}`);
        const keyStart = i;
        const key = parseString().value;
        const keyEnd = i;
        if (seen.has(key)) fail(`Duplicate key \`${key}\``, keyStart);
        seen.add(key);
        skipSpace();
        if (source[i] !== ':') fail(`Expected \`:\` after key \`${key}\`, found ${describe(i)}`);
        i++;
        const value = parseValue(depth + 1);
        entries.push({ key, keyStart, keyEnd, value });
        skipSpace();
        if (source[i] === ',') {
          i++;
          continue;
        }
        if (source[i] === '}') {
          i++;
          return { kind: 'map', entries, start, end: i };
        }
        fail(`Expected \`,\` or \`}\`, found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      const items: SourceNode[] = [];
      skipSpace();
      if (source[i] === ']') {
        i++;
        return { kind: 'seq', items, start, end: i };
      }
      for (;;) {
        skipSpace();
        if (source[i] === ']') fail('Trailing comma before `]`');
        items.push(parseValue(depth + 1));
        skipSpace();
        if (source[i] === ',') {
          i++;
          continue;
        }
        if (source[i] === ']') {
          i++;
          return { kind: 'seq', items, start, end: i };
        }
        fail(`Expected \`,\` or \`]\`, found ${describe(i)}`);
      }
    }
    if (c === '"') {
      const text = parseString();
      return { kind: 'string', text, start, end: i };
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(source.slice(i, i + 64));
    if (!literal) fail(`Unexpected ${describe(i)}`);
    const word = literal![0];
    i += word.length;
    const value = word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : Number(word);
    return { kind: 'scalar', value, start, end: i };
  };

  const root = parseValue(0);
  skipSpace();
  if (i < source.length) fail(`Unexpected ${describe(i)} after the end of the JSON value`);
  return root;
}

import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { LineIndex } from '../listing/line-index.js';
import { ConfigError } from './config-error.js';

/**
 * Reads a YAML or JSON settings file (config, watchlist) and checks its shape, so every
 * problem names the file, the line and the key.
 */
export class ConfigReader {
  readonly root: Node | null;
  private readonly lines: LineIndex | undefined;

  constructor(
    readonly file: string,
    text: string | undefined,
    value?: unknown,
  ) {
    if (text === undefined) {
      this.lines = undefined;
      this.root = new Document(value).contents as Node | null;
      return;
    }
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.lines = new LineIndex(source);
    const document = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
    const problem = document.errors[0];
    if (problem) throw new ConfigError(file, this.lineOf(problem.pos?.[0]), undefined, problem.message.split('\n')[0]);
    this.root = document.contents as Node | null;
  }

  private lineOf(offset: number | undefined): number | undefined {
    return this.lines && offset !== undefined ? this.lines.position(offset).line : undefined;
  }

  /** The 1-based line a node starts on (undefined for JavaScript configs). */
  line(node: Node | null | undefined): number | undefined {
    return this.lineOf(node?.range?.[0]);
  }

  /** Stops with a config error at `node`. */
  fail(node: Node | null | undefined, key: string, reason: string): never {
    throw new ConfigError(this.file, this.line(node), key, reason);
  }

  /** The entries of a map, refusing keys not in `allowed`. */
  entries(node: Node | null | undefined, key: string, allowed?: readonly string[]): Map<string, Node | null> {
    if (!isMap(node)) this.fail(node, key, 'expected a mapping of keys to values');
    const result = new Map<string, Node | null>();
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const path = key ? `${key}.${name}` : name;
      if (allowed && !allowed.includes(name)) {
        this.fail(pair.key, path, `unknown key (expected one of: ${allowed.join(', ')})`);
      }
      result.set(name, pair.value);
    }
    return result;
  }

  /** The items of a sequence. */
  items(node: Node | null | undefined, key: string): (Node | null)[] {
    if (!isSeq(node)) this.fail(node, key, 'expected a list');
    return node.items as (Node | null)[];
  }

  /** A string (numbers are accepted and turned into strings when `numbersToo`). */
  string(node: Node | null | undefined, key: string, numbersToo = false): string {
    if (isScalar(node) && (typeof node.value === 'string' || (numbersToo && typeof node.value === 'number'))) {
      return String(node.value);
    }
    return this.fail(node, key, 'expected a string');
  }

  /** A list of strings; a single string is accepted as a list of one when `single`. */
  strings(node: Node | null | undefined, key: string, single = false): string[] {
    if (single && isScalar(node) && typeof node.value === 'string') return [node.value];
    return this.items(node, key).map((item, i) => this.string(item, `${key}[${i}]`));
  }

  /** A boolean. */
  boolean(node: Node | null | undefined, key: string): boolean {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    return this.fail(node, key, 'expected true or false');
  }

  /** A whole number within bounds. */
  integer(node: Node | null | undefined, key: string, min: number, max: number): number {
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= min && node.value <= max) {
      return node.value;
    }
    return this.fail(node, key, `expected a whole number from ${min} to ${max}`);
  }

  /** One of a fixed set of strings. */
  oneOf<T extends string>(node: Node | null | undefined, key: string, values: readonly T[]): T {
    const value = isScalar(node) ? String(node.value) : undefined;
    if (value !== undefined && (values as readonly string[]).includes(value)) return value as T;
    return this.fail(node, key, `expected one of: ${values.join(', ')}`);
  }
}

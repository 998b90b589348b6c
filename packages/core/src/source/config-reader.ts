import { stripBom } from './bom.js';
import { LineIndex } from './line-index.js';
import { MappedText } from './mapped-text.js';
import { ListingSyntaxError, type SourceNode } from './source-tree.js';
import { parseYamlSource } from './yaml-source.js';
import { ConfigError } from './config-error.js';

/** A node of a settings file; `null` where a key has no value. */
export type ConfigNode = SourceNode | null;

/**
 * Reads a YAML or JSON settings file (config, watchlist) and checks its shape, so every
 * problem names the file, the line and the key. Plain YAML is read by the fast reader
 * listings use (a 5,000-mark watchlist in a tenth of the time), anything else by the full
 * YAML parser; both give the same tree.
 */
export class ConfigReader {
  readonly root: ConfigNode;
  private readonly lines: LineIndex | undefined;

  constructor(
    readonly file: string,
    text: string | undefined,
    value?: unknown,
  ) {
    if (text === undefined) {
      this.lines = undefined;
      this.root = fromValue(value);
      return;
    }
    const source = stripBom(text);
    this.lines = new LineIndex(source);
    try {
      this.root = parseYamlSource(source, 0) ?? null;
    } catch (error) {
      if (error instanceof ListingSyntaxError) throw new ConfigError(file, this.lineOf(error.offset), undefined, error.message);
      throw error;
    }
  }

  private lineOf(offset: number | undefined): number | undefined {
    return this.lines && offset !== undefined && offset >= 0 ? this.lines.position(offset).line : undefined;
  }

  /** The 1-based line a node starts on (undefined for JavaScript configs). */
  line(node: ConfigNode | undefined): number | undefined {
    return this.lineOf(node?.start);
  }

  /** Stops with a config error at `node`. */
  fail(node: ConfigNode | undefined, key: string, reason: string): never {
    throw new ConfigError(this.file, this.line(node), key, reason);
  }

  /** The entries of a map, refusing keys not in `allowed`. */
  entries(node: ConfigNode | undefined, key: string, allowed?: readonly string[]): Map<string, ConfigNode> {
    if (node?.kind !== 'map') this.fail(node, key, 'expected a mapping of keys to values');
    const result = new Map<string, ConfigNode>();
    for (const entry of node.entries) {
      const path = key ? `${key}.${entry.key}` : entry.key;
      if (allowed && !allowed.includes(entry.key)) {
        // `$schema` (for editors) is allowed where a caller lists it, but not offered as a fix.
        const offered = allowed.filter((name) => !name.startsWith('$'));
        throw new ConfigError(this.file, this.lineOf(entry.keyStart), path, `unknown key (expected one of: ${offered.join(', ')})`);
      }
      result.set(entry.key, entry.value.kind === 'scalar' && entry.value.value === null ? null : entry.value);
    }
    return result;
  }

  /** The items of a sequence. */
  items(node: ConfigNode | undefined, key: string): ConfigNode[] {
    if (node?.kind !== 'seq') this.fail(node, key, 'expected a list');
    return node.items.map((item) => (item.kind === 'scalar' && item.value === null ? null : item));
  }

  /** True when `node` is a list. */
  isList(node: ConfigNode | undefined): boolean {
    return node?.kind === 'seq';
  }

  /** A string (numbers are accepted and turned into strings when `numbersToo`). */
  string(node: ConfigNode | undefined, key: string, numbersToo = false): string {
    if (node?.kind === 'string') return node.text.value;
    if (numbersToo && node?.kind === 'scalar' && typeof node.value === 'number') return String(node.value);
    return this.fail(node, key, 'expected a string');
  }

  /** A list of strings; a single string is accepted as a list of one when `single`. */
  strings(node: ConfigNode | undefined, key: string, single = false): string[] {
    if (single && node?.kind === 'string') return [node.text.value];
    return this.items(node, key).map((item, i) => this.string(item, `${key}[${i}]`));
  }

  /** A boolean. */
  boolean(node: ConfigNode | undefined, key: string): boolean {
    if (node?.kind === 'scalar' && typeof node.value === 'boolean') return node.value;
    return this.fail(node, key, 'expected true or false');
  }

  /** A whole number within bounds. */
  integer(node: ConfigNode | undefined, key: string, min: number, max: number): number {
    if (node?.kind === 'scalar' && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= min && node.value <= max) {
      return node.value;
    }
    return this.fail(node, key, `expected a whole number from ${min} to ${max}`);
  }

  /** A finite number. */
  number(node: ConfigNode | undefined, key: string): number {
    if (node?.kind === 'scalar' && typeof node.value === 'number' && Number.isFinite(node.value)) return node.value;
    return this.fail(node, key, 'expected a number');
  }

  /** One of a fixed set of strings. */
  oneOf<T extends string>(node: ConfigNode | undefined, key: string, values: readonly T[]): T {
    const value = node?.kind === 'string' ? node.text.value : node?.kind === 'scalar' ? String(node.value) : undefined;
    if (value !== undefined && (values as readonly string[]).includes(value)) return value as T;
    return this.fail(node, key, `expected one of: ${values.join(', ')}`);
  }

  /** A node as a plain JavaScript value (rule options). */
  plain(node: ConfigNode | undefined): unknown {
    if (!node) return null;
    switch (node.kind) {
      case 'string':
        return node.text.value;
      case 'scalar':
        return node.value;
      case 'seq':
        return node.items.map((item) => this.plain(item));
      case 'map':
        return Object.fromEntries(node.entries.map((entry) => [entry.key, this.plain(entry.value)]));
    }
  }
}

/** A JavaScript config value as a tree without source places. */
function fromValue(value: unknown): ConfigNode {
  const nowhere = { start: -1, end: -1 };
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const text = new MappedText();
    text.put(value, -1, -1);
    return { kind: 'string', text, ...nowhere };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'scalar', value, ...nowhere };
  if (Array.isArray(value)) return { kind: 'seq', items: value.map((item) => fromValue(item) ?? { kind: 'scalar', value: null, ...nowhere }), ...nowhere };
  if (typeof value === 'object') {
    return {
      kind: 'map',
      entries: Object.entries(value as Record<string, unknown>).map(([key, item]) => ({
        key,
        keyStart: -1,
        keyEnd: -1,
        value: fromValue(item) ?? { kind: 'scalar', value: null, ...nowhere },
      })),
      ...nowhere,
    };
  }
  return fromValue(String(value));
}

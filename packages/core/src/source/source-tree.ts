import type { MappedText } from './mapped-text.js';

/** A parsed value of a listing (front matter or JSON), every node with its source range. */
export type SourceNode =
  | { kind: 'string'; text: MappedText; start: number; end: number }
  | { kind: 'scalar'; value: number | boolean | null; start: number; end: number }
  | { kind: 'map'; entries: SourceEntry[]; start: number; end: number }
  | { kind: 'seq'; items: SourceNode[]; start: number; end: number };

/** One key of a map. */
export interface SourceEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: SourceNode;
}

/** A listing file that cannot be read as a listing, with the offset of the problem. */
export class ListingSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'ListingSyntaxError';
  }
}

/** Nesting beyond this depth is refused (hostile input). */
export const maxDepth = 64;
/** Node count beyond which a file is refused (alias bombs, absurd files). */
export const maxNodes = 200_000;

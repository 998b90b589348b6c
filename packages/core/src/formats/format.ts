import type { ListingFileContext } from '../listing/build-listing.js';
import type { Directive, Listing, Location } from '../types.js';

/** One mebibyte: format size limits are stated in MiB. */
export const MiB = 1024 * 1024;

/** A row of a bulk file that could not be read: a `listing/parse-error` naming its line and record; the other rows are linted. */
export interface RowProblem {
  message: string;
  location: Location;
  /** 1-based data record. */
  record: number;
  /** Workbooks: the sheet. */
  sheet?: string;
}

/** What reading one file gave: its listings (and rows that could not be read), nothing (not a listing), or a parse error. */
export type ListingFileResult =
  | {
      kind: 'listings';
      listings: Listing[];
      problems?: RowProblem[];
      /**
       * Set when the read was asked to `stream` and the format can (bulk files): `listings` and
       * `problems` are empty, and each listing or bad row is read as this is iterated, so a
       * listing can be linted and dropped before the next row is read.
       */
      stream?: Iterable<{ listing: Listing; mayMatch?: boolean } | { problem: RowProblem }>;
    }
  | { kind: 'not-listing' }
  | {
      kind: 'error';
      message: string;
      location: Location;
      /** What to fix when it is not the format's `syntax` (a Markdown body beyond a limit). */
      syntax?: string;
    };

/** Where a file is and how it is shown; the line index is made from the text. */
export type ListingFileInfo = Omit<ListingFileContext, 'lines'>;

/** A file as an adapter reads it: strict UTF-8 text without a BOM (and the bytes for binary formats). */
export interface FormatInput {
  text: string;
  /** Set for binary formats (`FormatAdapter.binary`); their `text` is empty. */
  bytes?: Uint8Array;
}

/** A config `formats` entry: how to read the bulk files its `files` globs match (relative to the project root). */
export interface FormatMapping {
  files: string[];
  /** `,`, `\t` or `;`: sniffed when absent. */
  delimiter?: string;
  /** Force a built-in bulk reader: `amazon-template`, `shopify`, … */
  format?: string;
  /** Field → header(s): `sku`, `title`, `bullets`, `description`, `keywords`, `brand`, `marketplace`, `category`, `images`. */
  columns?: Record<string, string | string[]>;
}

/** What the config says about reading input files: `formats` mappings and `images.roots` (absolute folders). */
export interface ReadInputs {
  formats: FormatMapping[];
  imageRoots: string[];
}

/** Options of one read. */
export interface FormatReadOptions {
  /** Config `formats` and `images.roots` (bulk files); absent means none. */
  inputs?: ReadInputs;
  /**
   * Whether parts that only matter to text rules and cost a parse (a Markdown body) are read.
   * False when the prefilter says no mark can be in them, or when only images are wanted.
   */
  prose: boolean;
  /** Whether a file of many listings may give them one by one (`stream` on the result). */
  stream?: boolean;
  /**
   * Formats with `rowPrefilter`: the matcher's raw prefilter. Each streamed listing is checked
   * on its own rows' raw text and carries `mayMatch`; one ruled out need not hold its text fields.
   */
  rowMayMatch?: (raw: string) => boolean;
}

/** The parts of a file the matcher's raw prefilter looks at: `body` is read only when it may match. */
export interface PrefilterParts {
  head: string;
  body?: string;
}

/**
 * One input format: how to know its files, read them into listings, find inline directives and
 * split them for the prefilter. Everything format-specific lives in the adapter; the engine, the
 * CLI's discovery and the rules ask the registry (`formats/index.ts`).
 */
export interface FormatAdapter {
  /** `markdown`, `json`, … */
  readonly name: string;
  /** What the file's syntax is called in a parse-error message: `front matter`, `JSON`. */
  readonly syntax: string;
  /** Globs this format adds to the default `include`. */
  readonly include: readonly string[];
  /** Binary formats get the file's bytes, not its text (no UTF-8 check, no code frame). */
  readonly binary?: boolean;
  /** The largest file of this format that is read, in bytes; a larger one is a `listing/parse-error` and is not read. */
  readonly maxBytes: number;
  /** Whether a file of this name may be of this format; content sniffing is `read` returning `not-listing`. */
  claims(fileName: string): boolean;
  /** Loads what `read` needs (a parser) once per thread, before the first read. */
  prepare?(): Promise<void>;
  /**
   * Whether a file that is not UTF-8, decoded leniently, is a file of this format (a bulk file's
   * header row is recognised). Formats with it let globs skip such files silently when they are
   * not; a file claimed by a format without it is always reported.
   */
  recognises?(text: string, context: ListingFileContext, inputs: ReadInputs | undefined): boolean;
  /** Reads the file into listings; never throws on bad input: that is a `kind: 'error'` result. */
  read(input: FormatInput, context: ListingFileContext, options: FormatReadOptions): ListingFileResult;
  /** Inline disable comments in the file (formats without comments leave this out). */
  directives?(text: string): Directive[];
  /** The raw parts for the prefilter; without it, the whole text is one part. */
  prefilterParts?(text: string): PrefilterParts;
  /**
   * Whether streamed listings are prefiltered one by one on their raw text (`rowMayMatch`), so
   * the whole file needs no prefilter of its own (bulk text files).
   */
  readonly rowPrefilter?: boolean;
}

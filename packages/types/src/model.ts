import type { BoundingBox, Location, MarkUse, MatchStrategy, Place, Severity } from './report.js';

/**
 * A text field of a listing: its decoded value and a way back to the source.
 * `locate` maps a range of `value` (UTF-16 offsets, end exclusive) to the source file;
 * a listing without spans (a CSV row) returns the cell's place for any range.
 */
export interface Field {
  /** Field name as shown in findings: `title`, `bullets[0]`, `a_plus.headline`. */
  path: string;
  value: string;
  locate(start: number, end: number): Location;
  /** Bulk files: the record and column (and spreadsheet cell) the field was read from. */
  place?: Place;
}

/** An image referenced by a listing. */
export interface ImageRef {
  /** Field name, `images[0]`; the first image is the main image. */
  field: string;
  /** The path as written in the listing. */
  written: string;
  /** Path relative to the project root with forward slashes, or undefined when it escapes the root or is absolute. */
  path: string | undefined;
  /** Absolute file-system path, when resolvable inside the root. */
  absolutePath: string | undefined;
  /** Where the entry stands in the listing file. */
  location: Location;
  /** Bulk files: the record and column (and cell) of the image URL. */
  place?: Place;
}

/** One listing, whatever the input format. */
export interface Listing {
  /** Listing file, relative to the working directory, forward slashes. */
  file: string;
  /** Index of this listing in its file (JSON arrays hold several). */
  index: number;
  sku?: string;
  /** Amazon's product id (the reserved `asin` key or column): complaint triage finds listings by it. */
  asin?: string;
  marketplace?: string;
  category?: string;
  classes?: number[];
  language?: string;
  /** The seller's own brand, as a field so that someone else's mark there can be located. */
  brand?: Field;
  /** Every scanned text field (title, bullets, keywords, description, body, custom keys). */
  fields: Field[];
  images: ImageRef[];
  /** Where listing-level findings point (the `sku` key, or the listing's first line). */
  location: Location;
  /** Location of a reserved key's value, for findings about it (`marketplace`, `category`, `sku`). */
  keyLocations: Record<string, Location>;
  /** Reserved keys written with the wrong kind of value (`classes: nine`, `marketplace: [1]`): key → what was expected. */
  invalidKeys?: Record<string, string>;
  /** `listinglint: { ignore: [...] }` entries written in the listing. */
  ignores: ListingIgnore[];
  /** Inline disable comments found in the listing file. */
  directives: Directive[];
  /** Bulk files: the listing's record (its SKU cell); listing-level findings carry it. */
  place?: Place;
  /**
   * Bulk files without a marketplace column: every listing has the file's marketplace (the one the
   * template names, or none), so a missing one is one finding per file, on its first listing.
   */
  fileMarketplace?: boolean;
}

/** A `listinglint.ignore` entry written in a listing. */
export interface ListingIgnore {
  rule?: string;
  mark?: string;
  reason?: string;
  location: Location;
}

/** An inline disable comment. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason?: string;
  location: Location;
  /** Lines covered, inclusive; `Infinity` for an open range. */
  fromLine: number;
  toLine: number;
}

/** Status of a registration; dead, expired and cancelled ones are ignored. */
export type RegistrationStatus = 'registered' | 'pending' | 'dead' | 'expired' | 'cancelled';

/** A trademark registration or application at one office. */
export interface Registration {
  office: string;
  number: string;
  classes: number[];
  status: RegistrationStatus;
  /** WIPO international registrations: the designated territories. */
  designations?: string[];
  /** The application (serial) number, where the office gives one apart from the registration number. */
  serial?: string;
  /** Where the record came from (a registry import): the data file and the case's serial number. */
  source?: RegistrationSource;
}

/** Where an imported registration came from, and the record's own dates and status code. */
export interface RegistrationSource {
  /** The registry data file, as named to `registry import`. */
  file: string;
  serial?: string;
  /** The office's status code (USPTO `status-code`), before it was mapped to `status`. */
  statusCode?: string;
  /** ISO dates `YYYY-MM-DD`. */
  filingDate?: string;
  registrationDate?: string;
}

/** A watched trademark, as loaded from a watchlist file. */
export interface Mark {
  id: string;
  mark: string;
  owner: string;
  famous: boolean;
  variants: string[];
  genericPhrases: string[];
  registrations: Registration[];
  examples?: { match: string[]; noMatch: string[] };
  /** Where the mark is defined, for config errors. */
  source: { file: string; line: number };
}

/** A mark found in a piece of text. */
export interface MarkMatch {
  markId: string;
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  /** The source text matched, `text.slice(start, end)`. */
  text: string;
  strategy: MatchStrategy;
  /** 0..1 */
  confidence: number;
}

/** The OCR engines: PaddleOCR on onnxruntime (default) and tesseract.js (fallback). */
export type OcrEngineName = 'paddle' | 'tesseract';

/**
 * A line of text read from an image by OCR, with its box in image pixels. Paddle gives one box
 * and confidence per line (and often drops the spaces between its words); tesseract's lines are
 * single words.
 */
export interface OcrLine {
  text: string;
  /** 0..1 */
  confidence: number;
  bbox: BoundingBox;
  /** The text runs up or down the image (its box is much taller than wide). */
  vertical?: boolean;
}

/** @deprecated OCR reads lines: use `OcrLine`. */
export type OcrWord = OcrLine;

/** What the engine learned about one image before the kernel runs. */
export type ImageText =
  | { ok: true; width: number; height: number; lines: OcrLine[]; engine: OcrEngineName }
  | { ok: false; problem: 'missing' | 'unreadable' | 'outside' | 'timeout' | 'not-file' | 'too-large'; detail: string };

/** One rights statement embedded in an image (`field`: where it was read, e.g. `EXIF Copyright`, `XMP dc:rights`). */
export interface RightsEntry {
  field: string;
  value: string;
}

/** The closest reference image within the match distance (config `copyright.references`). */
export interface ReferenceMatch {
  /** The reference file, relative to the working directory. */
  file: string;
  /** Bits (of 64) in which the perceptual hashes differ. */
  distance: number;
  /** The listing image matches the reference's mirror image. */
  mirrored: boolean;
}

/** What an image's bytes tell besides its text: size, hashes, border, rights metadata. */
export interface ImageMeasures {
  /** Pixels after the EXIF orientation is applied. */
  width: number;
  height: number;
  /** 64-bit DCT perceptual hash, 16 hex digits; `mirrored`: the hash of its mirror image. */
  hash: string;
  mirrored: string;
  /** Share (0..1) of border pixels whose every channel is at least 250 (pure white). */
  whiteBorder: number;
  rights: RightsEntry[];
}

/** What the engine measured on one image besides its text, and how it relates to the copyright folders. */
export type ImageFacts =
  | (ImageMeasures & {
      ok: true;
      /** The image lies in a `copyright.owned` folder: never flagged as a reference copy. */
      owned?: boolean;
      reference?: ReferenceMatch;
    })
  | Extract<ImageText, { ok: false }>;

/** Options of one scan. */
export interface ScanOptions {
  /** Text read by OCR: also tolerate OCR confusions (rn/m, 0/O, l/I) and words split in two. */
  ocr?: boolean;
}

/** A compiled matcher: built once from the watchlist, then only scans. */
export interface Matcher {
  /** Every mark occurrence in `text`, sorted by start. */
  scan(text: string, options?: ScanOptions): MarkMatch[];
  /** Cheap prefilter on raw file text: false means no field of the file can match. */
  mayMatch(raw: string): boolean;
}

/** A watchlist after loading and compiling. */
export interface CompiledWatchlist {
  marks: Map<string, Mark>;
  matcher: Matcher;
  /** Files the marks came from (for cache keys and `--changed-since`). */
  files: string[];
  /** A hash of the merged watchlist content (cache key part). */
  hash: string;
}

/** A written-down permission to use a mark. */
export interface Authorization {
  mark: string;
  skus?: string[];
  files?: string[];
  /** ISO date (inclusive), or undefined for no expiry. */
  until?: string;
  reference?: string;
}

/** An `allow` entry from config. */
export interface AllowEntry {
  mark: string;
  files?: string[];
  reason: string;
}

/** One of the seller's own brands: every watchlist mark of its owner is the seller's own too. */
export interface SellerBrand {
  name: string;
  owner: string;
}

/** Everything the kernel needs besides the listing and the watchlist; no I/O behind it. */
export interface LintSettings {
  defaults: { marketplace?: string; category?: string };
  /** category → Nice classes, overriding the built-in table. */
  categories: Record<string, number[]>;
  authorizations: Authorization[];
  allow: AllowEntry[];
  /** The seller's own brands that are not watchlist marks, with their owner (config `seller.brands`). */
  sellerBrands?: SellerBrand[];
  /** Today, as an ISO date `YYYY-MM-DD` (authorizations expire). */
  today: string;
  /** OCR line confidence below which a line is ignored (0..1); undefined: the engine's calibrated default (`DEFAULT_MIN_CONFIDENCE`). */
  minOcrConfidence?: number;
  /** Config `copyright.owners`: rights metadata that contains one of these names (any case) is the seller's. */
  copyrightOwners?: string[];
  /**
   * Config `presets`: marketplace (lower case, no `www.`) → the house-rule preset it gets (`amazon`,
   * `walmart`, `ebay`, `etsy`), or `false` for none. Marketplaces not named get the built-in choice.
   */
  presets?: Record<string, string | false>;
  /** Config `customRules`: the user's own rules, each reported as `custom/<id>`. */
  customRules?: CustomRuleSpec[];
}

/** A user rule from config `customRules` (Vale-like): a list of words or one safe regular expression. */
export interface CustomRuleSpec {
  /** The part after `custom/`: lower-case letters, digits and dashes. */
  id: string;
  /** The finding's message; `{{match}}` is the text found, `{{field}}` the field. */
  message: string;
  severity: 'info' | 'warning' | 'error';
  /** Words or phrases matched whole-word (through the disguise-aware matcher unless `caseSensitive`). */
  existence?: string[];
  /** A regular expression (JavaScript syntax), checked at load for catastrophic backtracking. */
  pattern?: string;
  caseSensitive?: boolean;
  /** Field names (`title`, `bullets`, `description`, `brand`); all text fields when absent. */
  fields?: string[];
  /** Marketplaces the rule applies to (`amazon.com`, or `amazon.*` for every Amazon store); all when absent. */
  marketplaces?: string[];
}

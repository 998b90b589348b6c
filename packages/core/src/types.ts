/** Severity of a finding, as reported. */
export type Severity = 'error' | 'warning' | 'info';

/** Severity as written in config: `warn` is an alias of `warning`, `off` disables. */
export type ConfiguredSeverity = Severity | 'off';

/** A 1-based line and column range in a source file (UTF-16 columns, end exclusive). */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

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
}

/** One listing, whatever the input format. */
export interface Listing {
  /** Listing file, relative to the working directory, forward slashes. */
  file: string;
  /** Index of this listing in its file (JSON arrays hold several). */
  index: number;
  sku?: string;
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
  /** `listinglint: { ignore: [...] }` entries written in the listing. */
  ignores: ListingIgnore[];
  /** Inline disable comments found in the listing file. */
  directives: Directive[];
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

/** How a match was found. */
export type MatchStrategy = 'exact' | 'normalised' | 'confusable' | 'leet' | 'spaced' | 'fuzzy';

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

/** How a mark is used in a listing. */
export type MarkUse = 'brand' | 'nominative' | 'counterfeit';

/** A pixel box on an image. */
export interface BoundingBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The image part of an image finding. */
export interface ImageEvidence {
  path: string;
  bbox: BoundingBox;
  /** 0..1 */
  confidence: number;
}

/** What a rule says beside place and message: the field, the mark and its evidence, the image. */
export interface FindingEvidence {
  field?: string;
  markId?: string;
  matchedText?: string;
  strategy?: MatchStrategy;
  confidence?: number;
  registration?: { office: string; number: string; classes: number[] };
  use?: MarkUse;
  territory?: string;
  image?: ImageEvidence;
  /** Parse errors: the file could not be linted. */
  fatal?: boolean;
}

/** A finding, fully stamped by the kernel (rule id, severity, docs URL). */
export interface Finding extends Location, FindingEvidence {
  ruleId: string;
  severity: Severity;
  message: string;
  url: string;
  /** Listing file relative to the working directory. */
  file: string;
  sku?: string;
  /** Stable identity across unrelated edits; equals SARIF `partialFingerprints["listinglint/v1"]`. */
  fingerprint?: string;
  /** Set by the engine for findings suppressed by a baseline (kept out of `results`). */
  suppressed?: 'baseline';
}

/** Results for one linted file. */
export interface FileResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  findings: Finding[];
}

/** Totals over a run. */
export interface Summary {
  files: number;
  listings: number;
  images: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings suppressed by a baseline. */
  suppressed?: number;
}

/** Description of a rule for reporters (SARIF `tool.driver.rules`, docs links). */
export interface RuleDescriptor {
  id: string;
  name: string;
  shortDescription: string;
  fullDescription: string;
  /** Default severity (for trademark rules: the ceiling). */
  defaultSeverity: Severity;
  url: string;
}

/** A whole run, what every reporter formats. */
export interface Report {
  version: 1;
  tool: { name: 'listinglint'; version: string };
  results: FileResult[];
  summary: Summary;
  /** Every enabled rule, for SARIF. */
  rules: RuleDescriptor[];
  /** Working directory the paths are relative to (absolute, forward slashes). */
  cwd: string;
}

/** A reporter: a pure function from a report to text. */
export type Reporter = (report: Report, options: ReporterOptions) => string;

/** Options every reporter accepts; unknown ones are ignored. */
export interface ReporterOptions {
  color?: boolean;
  verbose?: boolean;
  /** Source text of files, by file path, for code frames. */
  sources?: Map<string, string>;
}

/** A word read from an image by OCR, with its box in image pixels. */
export interface OcrWord {
  text: string;
  /** 0..1 */
  confidence: number;
  bbox: BoundingBox;
}

/** What the engine learned about one image before the kernel runs. */
export type ImageText =
  | { ok: true; width: number; height: number; words: OcrWord[] }
  | { ok: false; problem: 'missing' | 'unreadable' | 'outside' | 'timeout'; detail: string };

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
  /** OCR results by image path (relative to the project root); absent when OCR is off. */
  images?: Map<string, ImageText>;
  /** OCR word confidence below which a word is ignored (0..1). */
  minOcrConfidence: number;
}

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

/** How a match was found. */
export type MatchStrategy = 'exact' | 'normalised' | 'confusable' | 'leet' | 'spaced' | 'fuzzy';

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

/**
 * Where a finding stands in a bulk file (a CSV/TSV row or a spreadsheet cell): the 1-based data
 * record, the column's header (and localised label), the row's SKU; `sheet` and `cell` in spreadsheets.
 */
export interface Place {
  record: number;
  header: string;
  label?: string;
  sku?: string;
  sheet?: string;
  cell?: string;
}

/** What a rule says beside place and message: the field, the mark and its evidence, the image. */
export interface FindingEvidence {
  field?: string;
  /** Bulk files: the record and column (and cell) of the field. */
  place?: Place;
  markId?: string;
  matchedText?: string;
  strategy?: MatchStrategy;
  confidence?: number;
  registration?: { office: string; number: string; classes: number[] };
  use?: MarkUse;
  /** What decided the use (design.md's vocabulary): `compatibility`, `first-word`, `counterfeit-phrase`, … */
  cause?: UseCause;
  /** The words that decided it, lower case: `compatible with`, `-style`, `dupe`. */
  phrase?: string;
  territory?: string;
  /** The legal facts behind a trademark finding, as data. */
  evidence?: MarkEvidence;
  image?: ImageEvidence;
  /** Parse errors: the file could not be linted. */
  fatal?: boolean;
  /** The rule crashed on this listing (a bug in listinglint): the finding says so instead of the run stopping. */
  internal?: boolean;
}

/** What decided how a mark is used (design.md "Vocabulary"). */
export type UseCause =
  | 'compatibility'
  | 'list-item'
  | 'platform'
  | 'component'
  | 'disclaimer'
  | 'certification'
  | 'reference'
  | 'comparison'
  | 'counterfeit-phrase'
  | 'disguise'
  | 'first-word'
  | 'brand-field'
  | 'product-name'
  | 'official'
  | 'plain';

/** The legal facts of a trademark finding: whose mark, which registration, which classes overlap, where. */
export interface MarkEvidence {
  owner: string;
  famous: boolean;
  /** The registration that weighs most, with the listing's classes it covers (`overlap`). */
  registration?: { office: string; number: string; classes: number[]; status: string; overlap: number[] };
  /** The listing's jurisdiction (or the registration's territory when the marketplace is unknown). */
  territory: string;
  /** What the listing lacks, so that every registration or class counted: `marketplace`, `category`. */
  missingContext?: string[];
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
  /** 2 since structured judgements (`use`, `cause`, `phrase`, `evidence`) were added. */
  version: 2;
  tool: { name: 'listinglint'; version: string };
  results: FileResult[];
  summary: Summary;
  /** Every enabled rule, for SARIF. */
  rules: RuleDescriptor[];
  /** Working directory the paths are relative to (absolute, forward slashes). */
  cwd: string;
  /** What was checked against what, and when: a saved report is dated evidence. */
  run?: RunEvidence;
  /** A merged report: the run object of each shard, in the order the shards were given. */
  runs?: RunEvidence[];
}

/**
 * The evidence of one run (design.md "JSON report"): when it started, which listinglint, which
 * commit, which config and watchlists (by content hash), which presets and which OCR engine.
 */
export interface RunEvidence {
  /** ISO 8601 UTC, e.g. `2026-11-29T13:47:09.123Z`. */
  startedAt: string;
  toolVersion: string;
  /** The git commit of the working directory's repository; absent outside one. */
  git?: { commit: string; dirty: boolean };
  /** The config file (relative to the working directory) and a SHA-256 of its bytes; absent without one. */
  config?: { path: string; hash: string };
  /** Each watchlist: path (relative to the working directory), SHA-256 of its bytes, marks in it. */
  watchlists: { path: string; hash: string; marks: number }[];
  /** Presets the config extends, with their versions. */
  presets: { name: string; version: string }[];
  /** The OCR engine that read the images and its model; `enabled: false` with `--no-ocr`. */
  ocr: { enabled: boolean; engine?: string; model?: string };
}

/**
 * An image a reporter may embed (the HTML report): downscaled bytes as a `data:` URI, and the
 * size of the auto-oriented source image the finding boxes are measured in.
 */
export interface EmbeddedImage {
  /** `data:image/jpeg;base64,…` (or png/webp). */
  dataUri: string;
  /** Source width and height in pixels (what `ImageEvidence.bbox` counts in). */
  width: number;
  height: number;
}

/** A reporter: a pure function from a report to text. */
export type Reporter = (report: Report, options: ReporterOptions) => string;

/** Options every reporter accepts; unknown ones are ignored. */
export interface ReporterOptions {
  color?: boolean;
  verbose?: boolean;
  /** Source text of files, by file path, for code frames. */
  sources?: Map<string, string>;
  /** Downscaled images by their report path (`finding.image.path`), for reporters that show them. */
  images?: Map<string, EmbeddedImage>;
  /** Report errors only (`--quiet`). */
  quiet?: boolean;
  /** `--max-warnings N`, so the summary can say why the exit code is 1. */
  maxWarnings?: number;
}

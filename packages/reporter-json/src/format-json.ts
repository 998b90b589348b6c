import type { FileResult, Finding, MarkEvidence, Report, ReporterOptions, RunEvidence, Summary } from '@listinglint/types';

/** Version of the JSON report format: 2 added `run` (`runs` when merged), `cause`, `phrase`, `evidence`, `place` and `internal` (all optional). */
export const JSON_REPORT_VERSION = 2;

/** A finding as written in the JSON report (see docs/schemas/report.schema.json). */
export interface JsonFinding {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  url: string;
  markId?: string;
  matchedText?: string;
  field?: string;
  sku?: string;
  /** Absent for spreadsheet cells (`place.sheet` set): a cell has no line. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  strategy?: Finding['strategy'];
  confidence?: number;
  use?: Finding['use'];
  cause?: Finding['cause'];
  phrase?: string;
  territory?: string;
  registration?: { office: string; number: string; classes: number[] };
  evidence?: MarkEvidence;
  image?: {
    path: string;
    bbox: { x: number; y: number; width: number; height: number };
    confidence: number;
  };
  fatal?: true;
  internal?: true;
  /** Bulk files: record, column header (and label), SKU; `sheet` and `cell` in spreadsheets. */
  place?: { record: number; header: string; label?: string; sku?: string; sheet?: string; cell?: string };
  fingerprint?: string;
}

/** One linted file as written in the JSON report. */
export interface JsonFileResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  findings: JsonFinding[];
}

/** The whole JSON report. */
export interface JsonReport {
  version: number;
  tool: { name: string; version: string };
  /** The run's evidence: when, which commit, config, watchlists, presets and OCR engine. */
  run?: RunEvidence;
  /** A merged report: each shard's `run`. */
  runs?: RunEvidence[];
  results: JsonFileResult[];
  summary: Summary;
}

/** Formats a report as the versioned JSON contract, two-space indented, ending in a newline. */
export function formatJson(report: Report, _options: ReporterOptions = {}): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}

/**
 * The JSON contract as an object, built field by field: an internal field added to the
 * core types never reaches the output, and the key order stays fixed.
 */
export function toJsonReport(report: Report): JsonReport {
  const json: JsonReport = {
    version: JSON_REPORT_VERSION,
    tool: { name: report.tool.name, version: report.tool.version },
    run: report.run && toJsonRun(report.run),
    runs: report.runs?.map(toJsonRun),
    results: report.results.map(toJsonFileResult),
    summary: toJsonSummary(report.summary),
  };
  if (json.run === undefined) delete json.run;
  if (json.runs === undefined) delete json.runs;
  return json;
}

/** The `run` evidence object, field by field (optional parts only when present). */
export function toJsonRun(run: RunEvidence): RunEvidence {
  const ocr: RunEvidence['ocr'] = { enabled: run.ocr.enabled };
  if (run.ocr.engine !== undefined) ocr.engine = run.ocr.engine;
  if (run.ocr.model !== undefined) ocr.model = run.ocr.model;
  return {
    startedAt: run.startedAt,
    toolVersion: run.toolVersion,
    ...(run.git ? { git: { commit: run.git.commit, dirty: run.git.dirty } } : {}),
    ...(run.config ? { config: { path: run.config.path, hash: run.config.hash } } : {}),
    watchlists: run.watchlists.map((watchlist) => ({ path: watchlist.path, hash: watchlist.hash, marks: watchlist.marks })),
    presets: run.presets.map((preset) => ({ name: preset.name, version: preset.version })),
    ocr,
  };
}

function toJsonFileResult(result: FileResult): JsonFileResult {
  return {
    filePath: result.filePath,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    findings: result.findings.map(toJsonFinding),
  };
}

function toJsonFinding(finding: Finding): JsonFinding {
  const json: JsonFinding = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    url: finding.url,
    markId: finding.markId,
    matchedText: finding.matchedText,
    field: finding.field,
    sku: finding.sku,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    strategy: finding.strategy,
    confidence: finding.confidence,
    use: finding.use,
    cause: finding.cause,
    phrase: finding.phrase,
    territory: finding.territory,
    registration: finding.registration && {
      office: finding.registration.office,
      number: finding.registration.number,
      classes: [...finding.registration.classes],
    },
    evidence: finding.evidence && toJsonEvidence(finding.evidence),
    image: finding.image && {
      path: finding.image.path,
      bbox: {
        x: finding.image.bbox.x,
        y: finding.image.bbox.y,
        width: finding.image.bbox.width,
        height: finding.image.bbox.height,
      },
      confidence: finding.image.confidence,
    },
    fatal: finding.fatal === true ? true : undefined,
    internal: finding.internal === true ? true : undefined,
    place: finding.place && {
      record: finding.place.record,
      header: finding.place.header,
      label: finding.place.label,
      sku: finding.place.sku,
      sheet: finding.place.sheet,
      cell: finding.place.cell,
    },
    fingerprint: finding.fingerprint,
  };
  if (json.place) {
    for (const key of Object.keys(json.place) as (keyof NonNullable<JsonFinding['place']>)[]) {
      if (json.place[key] === undefined) delete json.place[key];
    }
    // A spreadsheet cell has no line or column: the place is the position.
    if (json.place.sheet !== undefined) {
      json.line = json.column = json.endLine = json.endColumn = undefined;
    }
  }
  // JSON.stringify drops undefined values, but consumers of toJsonReport see the object.
  for (const key of Object.keys(json) as (keyof JsonFinding)[]) {
    if (json[key] === undefined) delete json[key];
  }
  return json;
}

function toJsonEvidence(evidence: MarkEvidence): MarkEvidence {
  const { registration } = evidence;
  const json: MarkEvidence = { owner: evidence.owner, famous: evidence.famous, territory: evidence.territory };
  if (registration) {
    json.registration = {
      office: registration.office,
      number: registration.number,
      classes: [...registration.classes],
      status: registration.status,
      overlap: [...registration.overlap],
    };
  }
  if (evidence.missingContext) json.missingContext = [...evidence.missingContext];
  return json;
}

function toJsonSummary(summary: Summary): Summary {
  const json: Summary = {
    files: summary.files,
    listings: summary.listings,
    images: summary.images,
    errors: summary.errors,
    warnings: summary.warnings,
    infos: summary.infos,
  };
  if (summary.suppressed !== undefined) json.suppressed = summary.suppressed;
  return json;
}

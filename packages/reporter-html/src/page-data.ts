import type { BoundingBox, EmbeddedImage, Finding, Report, ReporterOptions, RunEvidence, Severity, Summary } from '@listinglint/types';

/** The source line of a finding cut in three: before the match, the match, after it. */
export interface Excerpt {
  line: number;
  before: string;
  match: string;
  after: string;
}

/** One finding as the page shows it. */
export interface PageFinding {
  fingerprint: string;
  ruleId: string;
  url: string;
  severity: Severity;
  message: string;
  /** `5:9`, or a spreadsheet cell. */
  position: string;
  /** Bulk files: `row 12, bullet_point3`. */
  place?: string;
  excerpt?: Excerpt;
  image?: { path: string; bbox: BoundingBox; confidence: number };
}

/** A box of a finding on an image. */
export interface PageBox {
  fingerprint: string;
  severity: Severity;
  ruleId: string;
  label: string;
  bbox: BoundingBox;
}

/** An image of a listing with its findings' boxes. */
export interface PageImage {
  path: string;
  /** Absent when the CLI could not embed it (unreadable, or another caller gave no images). */
  embedded?: EmbeddedImage;
  boxes: PageBox[];
}

/** The findings of one listing of a file (one SKU, or the file's only listing). */
export interface PageListing {
  sku?: string;
  findings: PageFinding[];
  images: PageImage[];
}

/** A file with findings. */
export interface PageFile {
  path: string;
  listings: PageListing[];
}

/** Everything the page renders, embedded in it as JSON. */
export interface PageData {
  tool: { name: string; version: string };
  summary: Summary;
  runs: RunEvidence[];
  rules: { id: string; url: string; count: number }[];
  files: PageFile[];
}

/** Characters of a long source line kept before the match in an excerpt. */
const CONTEXT = 60;
/** Characters kept after it. */
const AFTER = 100;

/** Turns a report into what the page shows: files, listings by SKU, findings with excerpts, images with boxes. */
export function toPageData(report: Report, options: ReporterOptions = {}): PageData {
  const ruleCounts = new Map<string, number>();
  const files: PageFile[] = [];
  for (const result of report.results) {
    if (result.findings.length === 0) continue;
    const source = options.sources?.get(result.filePath);
    const lines = source?.split(/\r\n|\r|\n/);
    const listings = new Map<string, PageListing>();
    result.findings.forEach((finding, index) => {
      ruleCounts.set(finding.ruleId, (ruleCounts.get(finding.ruleId) ?? 0) + 1);
      const key = finding.sku ?? finding.place?.sku ?? '';
      let listing = listings.get(key);
      if (!listing) {
        listing = { ...(key !== '' ? { sku: key } : {}), findings: [], images: [] };
        listings.set(key, listing);
      }
      const page = toPageFinding(finding, `${result.filePath}#${index}`, lines);
      listing.findings.push(page);
      if (finding.image) addBox(listing, finding, page.fingerprint, options.images?.get(finding.image.path));
    });
    files.push({ path: result.filePath, listings: [...listings.values()] });
  }
  const urls = new Map(report.rules.map((rule) => [rule.id, rule.url]));
  for (const finding of report.results.flatMap((result) => result.findings)) if (!urls.has(finding.ruleId)) urls.set(finding.ruleId, finding.url);
  return {
    tool: { name: report.tool.name, version: report.tool.version },
    summary: report.summary,
    runs: report.runs ?? (report.run ? [report.run] : []),
    rules: [...ruleCounts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, count]) => ({ id, url: urls.get(id) ?? '', count })),
    files,
  };
}

function toPageFinding(finding: Finding, fallbackId: string, lines: string[] | undefined): PageFinding {
  const page: PageFinding = {
    fingerprint: finding.fingerprint ?? fallbackId,
    ruleId: finding.ruleId,
    url: finding.url,
    severity: finding.severity,
    message: finding.message,
    position: finding.place?.sheet !== undefined ? (finding.place.cell ?? '') : `${finding.line}:${finding.column}`,
  };
  if (finding.place) page.place = describePlace(finding.place);
  const excerpt = finding.place?.sheet === undefined ? excerptOf(finding, lines) : undefined;
  if (excerpt) page.excerpt = excerpt;
  if (finding.image) page.image = { path: finding.image.path, bbox: { ...finding.image.bbox }, confidence: finding.image.confidence };
  return page;
}

function addBox(listing: PageListing, finding: Finding, fingerprint: string, embedded: EmbeddedImage | undefined): void {
  const image = finding.image!;
  let page = listing.images.find((candidate) => candidate.path === image.path);
  if (!page) {
    page = { path: image.path, ...(embedded ? { embedded } : {}), boxes: [] };
    listing.images.push(page);
  }
  page.boxes.push({ fingerprint, severity: finding.severity, ruleId: finding.ruleId, label: finding.matchedText ?? finding.ruleId, bbox: { ...image.bbox } });
}

/** The finding's source line split around the match; long lines cut to a window (`…`). */
export function excerptOf(finding: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>, lines: string[] | undefined): Excerpt | undefined {
  const text = lines?.[finding.line - 1];
  if (text === undefined) return undefined;
  const start = Math.min(Math.max(finding.column - 1, 0), text.length);
  const end = finding.endLine === finding.line ? Math.min(Math.max(finding.endColumn - 1, start), text.length) : text.length;
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + AFTER);
  return {
    line: finding.line,
    before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
  };
}

function describePlace(place: NonNullable<Finding['place']>): string {
  const parts: string[] = [];
  if (place.sheet !== undefined) parts.push(`sheet ${place.sheet}`);
  parts.push(`row ${place.record}`);
  if (place.header !== '') parts.push(place.label !== undefined && place.label !== place.header ? `${place.header} (${place.label})` : place.header);
  return parts.join(', ');
}

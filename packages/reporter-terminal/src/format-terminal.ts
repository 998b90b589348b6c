import type { FileResult, Finding, Report, ReporterOptions, Summary } from '@listinglint/types';
import { codeFrame } from './code-frame.js';
import { paletteFor, type Palette } from './palette.js';
import { groupFindings, morePlaces } from './group-findings.js';
import { splitMessage, wrap } from './split-message.js';
import { padEnd, textWidth } from './text-width.js';

/** Terminal columns an entry's first line fits in (code frames aside). */
export const WIDTH = 100;
/** Headlines never get narrower than this, however deep the columns before them. */
const MIN_HEADLINE = 40;

/**
 * Formats a report for people at a terminal: findings by file in aligned columns
 * `line:col  severity  message  rule`, the same mark, use and severity in one listing as one
 * entry with its other places, each entry's first line within `WIDTH` columns and the rest of
 * its message (owner, registration, territory) on indented lines below, code frames for errors
 * (for every finding with `verbose`), image boxes, then the summary. Colour only when
 * `options.color` is true.
 */
export function formatTerminal(report: Report, options: ReporterOptions = {}): string {
  const palette = paletteFor(options.color);
  const groups = report.results
    .filter((result) => result.findings.length > 0)
    .map((result) => formatFile(result, options, palette).join('\n'));
  const summary = formatTerminalSummary(report, options);
  return groups.length > 0 ? `${groups.join('\n\n')}\n\n${summary}` : summary;
}

/**
 * Only the summary: counts per severity (occurrences, never groups), files, listings and images
 * checked, what `--quiet` left out, why `--max-warnings` fails the run, suppressed findings.
 */
export function formatTerminalSummary(report: Report, options: ReporterOptions = {}): string {
  const palette = paletteFor(options.color);
  const { errors, warnings, infos } = report.summary;
  const problems = errors + warnings + infos;
  const lines: string[] = [];
  if (problems === 0) {
    lines.push(`${palette.green('✔')} No problems`);
  } else {
    const worst = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'info';
    const symbol = { error: '✖', warning: '⚠', info: 'ℹ' }[worst];
    const counts = `${count(errors, 'error')}, ${count(warnings, 'warning')}, ${infos} info`;
    lines.push(palette.severity(worst, palette.bold(`${symbol} ${count(problems, 'problem')} (${counts})`)));
  }
  lines.push(`  ${checked(report.summary)}`);
  if (options.quiet && warnings + infos > 0) {
    lines.push(palette.dim(`  ${count(warnings, 'warning')} and ${infos} info not shown (--quiet)`));
  }
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    lines.push(palette.severity('error', `  ${count(warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}`));
  }
  if (report.summary.suppressed) {
    lines.push(palette.dim(`  ${count(report.summary.suppressed, 'finding')} suppressed by the baseline`));
  }
  return `${lines.join('\n')}\n`;
}

function formatFile(result: FileResult, options: ReporterOptions, palette: Palette): string[] {
  const groups = groupFindings(result.findings);
  const firsts = groups.map((group) => group.first);
  // Lines right-aligned and columns left-aligned, so the colons line up; a spreadsheet finding shows its cell.
  const lined = firsts.filter((finding) => finding.place?.sheet === undefined);
  const lineWidth = Math.max(0, ...lined.map((finding) => String(finding.line).length));
  const columnWidth = Math.max(0, ...lined.map((finding) => String(finding.column).length));
  const raw = firsts.map((finding) =>
    finding.place?.sheet !== undefined
      ? (finding.place.cell ?? '')
      : `${String(finding.line).padStart(lineWidth)}:${String(finding.column).padEnd(columnWidth)}`,
  );
  const positionWidth = Math.max(...raw.map((position) => position.length));
  const positions = raw.map((position) => position.padEnd(positionWidth));
  const severityWidth = Math.max(...firsts.map((finding) => finding.severity.length));
  const ruleWidth = Math.max(...firsts.map((finding) => finding.ruleId.length));
  const indent = 2 + positionWidth + 2 + severityWidth + 2;
  // The first line of an entry fits WIDTH: what does not fit goes to the evidence line below.
  const split = firsts.map((finding) => splitMessage(finding, Math.max(MIN_HEADLINE, WIDTH - indent - 2 - ruleWidth)));
  const messageWidth = Math.max(...split.map((part) => textWidth(part.headline)));
  const detailIndent = ' '.repeat(indent);
  const detailWidth = Math.max(MIN_HEADLINE, WIDTH - indent);
  const source = options.sources?.get(result.filePath);
  const lines = [palette.underline(palette.bold(result.filePath))];
  groups.forEach(({ first: finding, more }, index) => {
    lines.push(
      [
        `  ${palette.dim(positions[index])}`,
        palette.severity(finding.severity, finding.severity.padEnd(severityWidth)),
        padEnd(split[index].headline, messageWidth),
        palette.dim(finding.ruleId),
      ].join('  '),
    );
    // Where (bulk files: row and column), then the rest of the message, the other places, the image box.
    const details = [
      ...placeDetails(finding).flatMap((detail) => wrap(detail, detailWidth)),
      ...(split[index].evidence !== '' ? wrap(split[index].evidence, detailWidth).map((line) => palette.dim(line)) : []),
      ...[...(more.length > 0 ? [morePlaces(more)] : []), ...imageDetails(finding)].flatMap((detail) => wrap(detail, detailWidth)),
    ];
    if (source !== undefined && (finding.severity === 'error' || options.verbose)) {
      details.push(...codeFrame(finding, source, palette));
    }
    lines.push(...details.map((detail) => `${detailIndent}${detail}`));
  });
  return lines;
}

/** Bulk files: `row 12, bullet_point3 (SKU ABC-1)`; in a workbook `sheet Template, row 12, …`. */
export function describePlace(place: NonNullable<Finding['place']>): string {
  const parts: string[] = [];
  if (place.sheet !== undefined) parts.push(`sheet ${place.sheet}`);
  parts.push(`row ${place.record}`);
  const column = place.header !== '' ? (place.label !== undefined && place.label !== place.header ? `${place.header} (${place.label})` : place.header) : '';
  if (column !== '') parts.push(column);
  return parts.join(', ') + (place.sku !== undefined ? ` (SKU ${place.sku})` : '');
}

function placeDetails(finding: Finding): string[] {
  return finding.place ? [describePlace(finding.place)] : [];
}

function imageDetails(finding: Finding): string[] {
  if (!finding.image) return [];
  const { path, bbox, confidence } = finding.image;
  return [
    `image ${path}, box x=${bbox.x} y=${bbox.y} ${bbox.width}×${bbox.height} px, OCR confidence ${Math.round(confidence * 100)}%`,
  ];
}

function checked(summary: Summary): string {
  return `${count(summary.files, 'file')}, ${count(summary.listings, 'listing')}, ${count(summary.images, 'image')} checked`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

import type { FileResult, Finding, Report, ReporterOptions, Summary } from '@listinglint/types';
import { codeFrame } from './code-frame.js';
import { paletteFor, type Palette } from './palette.js';
import { padEnd, textWidth } from './text-width.js';

/**
 * Formats a report for people at a terminal: findings grouped by file in aligned columns
 * `line:col  severity  message  rule`, code frames for errors (for every finding with
 * `verbose`), image boxes, then the summary. Colour only when `options.color` is true.
 */
export function formatTerminal(report: Report, options: ReporterOptions = {}): string {
  const palette = paletteFor(options.color);
  const groups = report.results
    .filter((result) => result.findings.length > 0)
    .map((result) => formatFile(result, options, palette).join('\n'));
  const summary = formatTerminalSummary(report, options);
  return groups.length > 0 ? `${groups.join('\n\n')}\n\n${summary}` : summary;
}

/** Only the summary: counts per severity, files, listings and images checked, suppressed findings. */
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
  if (report.summary.suppressed) {
    lines.push(palette.dim(`  ${count(report.summary.suppressed, 'finding')} suppressed by the baseline`));
  }
  return `${lines.join('\n')}\n`;
}

function formatFile(result: FileResult, options: ReporterOptions, palette: Palette): string[] {
  // Lines right-aligned and columns left-aligned, so the colons line up; a spreadsheet finding shows its cell.
  const lined = result.findings.filter((finding) => finding.place?.sheet === undefined);
  const lineWidth = Math.max(0, ...lined.map((finding) => String(finding.line).length));
  const columnWidth = Math.max(0, ...lined.map((finding) => String(finding.column).length));
  const raw = result.findings.map((finding) =>
    finding.place?.sheet !== undefined
      ? (finding.place.cell ?? '')
      : `${String(finding.line).padStart(lineWidth)}:${String(finding.column).padEnd(columnWidth)}`,
  );
  const positionWidth = Math.max(...raw.map((position) => position.length));
  const positions = raw.map((position) => position.padEnd(positionWidth));
  const severityWidth = Math.max(...result.findings.map((finding) => finding.severity.length));
  const messageWidth = Math.max(...result.findings.map((finding) => textWidth(finding.message)));
  const detailIndent = ' '.repeat(2 + positionWidth + 2 + severityWidth + 2);
  const source = options.sources?.get(result.filePath);
  const lines = [palette.underline(palette.bold(result.filePath))];
  result.findings.forEach((finding, index) => {
    lines.push(
      [
        `  ${palette.dim(positions[index])}`,
        palette.severity(finding.severity, finding.severity.padEnd(severityWidth)),
        padEnd(finding.message, messageWidth),
        palette.dim(finding.ruleId),
      ].join('  '),
    );
    const details = [...placeDetails(finding), ...imageDetails(finding)];
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

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
  // Lines right-aligned and columns left-aligned, so the colons line up.
  const lineWidth = Math.max(...result.findings.map((finding) => String(finding.line).length));
  const columnWidth = Math.max(...result.findings.map((finding) => String(finding.column).length));
  const positions = result.findings.map(
    (finding) => `${String(finding.line).padStart(lineWidth)}:${String(finding.column).padEnd(columnWidth)}`,
  );
  const positionWidth = lineWidth + 1 + columnWidth;
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
    const details = [...imageDetails(finding)];
    if (source !== undefined && (finding.severity === 'error' || options.verbose)) {
      details.push(...codeFrame(finding, source, palette));
    }
    lines.push(...details.map((detail) => `${detailIndent}${detail}`));
  });
  return lines;
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

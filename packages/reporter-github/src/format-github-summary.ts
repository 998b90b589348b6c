import type { Finding, Report, Severity } from '@listinglint/types';
import { findingsErrorsFirst } from './errors-first.js';
import { groupFindings } from './group-findings.js';
import { describeImageEvidence } from './image-evidence.js';

/** Annotations of each type GitHub shows per step. */
export const ANNOTATIONS_SHOWN = 10;

/** Rows written at most; a step summary is limited to 1 MiB. */
export const MAX_SUMMARY_ROWS = 500;

const ICON: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };

/**
 * Markdown for `$GITHUB_STEP_SUMMARY`: totals, a table of findings (errors first) and a
 * reminder that GitHub shows only 10 annotations of each type per step.
 */
export function formatGithubSummary(report: Report): string {
  const { summary } = report;
  const problems = summary.errors + summary.warnings + summary.infos;
  const checked = `${count(summary.files, 'file')}, ${count(summary.listings, 'listing')}, ${count(summary.images, 'image')} checked`;
  const lines = ['## listinglint', ''];
  if (problems === 0) {
    lines.push(`✅ No problems: ${checked}.`);
  } else {
    lines.push(
      `**${count(problems, 'problem')}** (${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}, ${summary.infos} info): ${checked}.`,
    );
  }
  if (summary.suppressed) lines.push('', `${count(summary.suppressed, 'finding')} suppressed by the baseline.`);
  if (problems > 0) {
    const findings = findingsErrorsFirst(report);
    lines.push('', '| Severity | File | Line | Rule | Message |', '| --- | --- | --- | --- | --- |');
    lines.push(...findings.slice(0, MAX_SUMMARY_ROWS).map(row));
    if (findings.length > MAX_SUMMARY_ROWS) {
      lines.push('', `${count(findings.length - MAX_SUMMARY_ROWS, 'more finding')} not listed: run listinglint locally or upload SARIF to see them all.`);
    }
    lines.push(
      '',
      '> [!NOTE]',
      '> GitHub shows at most 10 annotations of each type (error, warning, notice) per step on the diff; this summary lists every finding.',
    );
    const hidden = hiddenAnnotations(report);
    if (hidden !== '') lines.push(`> Not shown on the diff: ${hidden} (the same mark in one listing is one annotation).`);
  }
  return `${lines.join('\n')}\n`;
}

/** Annotations past GitHub's 10 per type, e.g. `4 errors, 1 warning`; empty when all show. */
function hiddenAnnotations(report: Report): string {
  const perType: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of report.results) for (const { first } of groupFindings(result.findings)) perType[first.severity] += 1;
  const nouns: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
  return (Object.keys(perType) as Severity[])
    .filter((severity) => perType[severity] > ANNOTATIONS_SHOWN)
    .map((severity) => count(perType[severity] - ANNOTATIONS_SHOWN, nouns[severity]))
    .join(', ');
}

function row(finding: Finding): string {
  const message = [finding.message, describeImageEvidence(finding)].filter(Boolean).join(' ');
  return `| ${ICON[finding.severity]} | \`${cell(finding.file)}\` | ${finding.line}:${finding.column} | [\`${cell(finding.ruleId)}\`](${finding.url}) | ${cell(message)} |`;
}

// A table cell must stay on one line and must not end the cell early.
function cell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

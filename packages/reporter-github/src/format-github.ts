import type { Finding, Report, ReporterOptions, Severity } from '@listinglint/types';
import { findingsErrorsFirst } from './errors-first.js';
import { groupFindings, morePlaces, type FindingGroup } from './group-findings.js';
import { describeImageEvidence } from './image-evidence.js';
import { workflowCommand } from './workflow-command.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Formats a report as GitHub Actions workflow commands (`::error file=…,line=…::message`), errors
 * first, so they show as annotations on the pull request diff. GitHub shows only 10 of each type
 * per step, so the same mark, use and severity in one listing is one annotation at its first
 * place, naming the others; the job summary lists every occurrence.
 */
export function formatGithub(report: Report, _options: ReporterOptions = {}): string {
  const grouped: Report = { ...report, results: report.results.map((result) => ({ ...result, findings: groupFindings(result.findings).map(withPlaces) })) };
  return findingsErrorsFirst(grouped)
    .map((finding) => `${annotation(finding)}\n`)
    .join('');
}

/** The first finding of a group, its other places said in the message. */
function withPlaces({ first, more }: FindingGroup): Finding {
  return more.length === 0 ? first : { ...first, message: `${first.message} (${morePlaces(more)})` };
}

function annotation(finding: Finding): string {
  // GitHub rejects columns on an annotation that spans several lines.
  const oneLine = finding.endLine === finding.line;
  const message = [finding.message, describeImageEvidence(finding), finding.url].filter(Boolean).join('\n');
  return workflowCommand(
    COMMAND[finding.severity],
    {
      file: finding.file,
      line: finding.line,
      col: oneLine ? finding.column : undefined,
      endLine: finding.endLine,
      endColumn: oneLine ? finding.endColumn : undefined,
      title: `${finding.ruleId} (listinglint)`,
    },
    message,
  );
}

import type { Finding, Report, ReporterOptions, Severity } from '@listinglint/types';
import { findingsErrorsFirst } from './errors-first.js';
import { describeImageEvidence } from './image-evidence.js';
import { workflowCommand } from './workflow-command.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Formats a report as GitHub Actions workflow commands (`::error file=…,line=…::message`),
 * one per finding, errors first, so they show as annotations on the pull request diff.
 */
export function formatGithub(report: Report, _options: ReporterOptions = {}): string {
  return findingsErrorsFirst(report)
    .map((finding) => `${annotation(finding)}\n`)
    .join('');
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

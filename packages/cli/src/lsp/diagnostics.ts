import type { Finding } from '@listinglint/core';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';

const severities = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/**
 * A finding as an LSP diagnostic: the report's 1-based line and column and exclusive end
 * column become a 0-based range; the rule id is the code and its docs page the code's description.
 */
export function toDiagnostic(finding: Finding): Diagnostic {
  // A finding without a position (a spreadsheet cell) sits at the start of the document.
  const start = { line: Math.max(0, (finding.line ?? 1) - 1), character: Math.max(0, (finding.column ?? 1) - 1) };
  const end = { line: Math.max(0, (finding.endLine ?? finding.line ?? 1) - 1), character: Math.max(0, (finding.endColumn ?? finding.column ?? 1) - 1) };
  return {
    range: { start, end },
    severity: severities[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.url },
    source: 'listinglint',
    message: finding.message,
  };
}

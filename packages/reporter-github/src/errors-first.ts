import type { Finding, Report, Severity } from '@listinglint/types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every finding of a report, errors first, then warnings, then info; report order within each. */
export function findingsErrorsFirst(report: Report): Finding[] {
  return report.results
    .flatMap((result) => result.findings)
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

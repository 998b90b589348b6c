import type { Finding, Report, ReporterOptions, RuleDescriptor, RunEvidence } from '@listinglint/types';
import { directoryUri, SOURCE_ROOT } from './artifact-uri.js';
import type { SarifLog, SarifResult, SarifRun } from './sarif-log.js';
import { toSarifResult } from './sarif-result.js';
import { toSarifRule } from './sarif-rule.js';

/** Where the SARIF 2.1.0 schema lives; written as `$schema`. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Formats a report as SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. */
export function formatSarif(report: Report, _options: ReporterOptions = {}): string {
  return `${JSON.stringify(toSarifLog(report), null, 2)}\n`;
}

/** The SARIF log as an object: one run, every enabled rule, one result per finding. */
export function toSarifLog(report: Report): SarifLog {
  const rules: RuleDescriptor[] = [...report.rules];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results: SarifResult[] = [];
  for (const file of report.results) {
    for (const finding of file.findings) {
      let index = ruleIndex.get(finding.ruleId);
      if (index === undefined) {
        index = rules.push(describeUnlistedRule(finding)) - 1;
        ruleIndex.set(finding.ruleId, index);
      }
      results.push(toSarifResult(finding, index));
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: 'https://github.com/listinglint/listinglint',
            rules: rules.map(toSarifRule),
          },
        },
        originalUriBaseIds: {
          [SOURCE_ROOT]: { uri: directoryUri(report.cwd), description: { text: 'The directory listinglint ran in.' } },
        },
        columnKind: 'utf16CodeUnits',
        ...evidence(report),
        results,
      },
    ],
  };
}

/**
 * The run's evidence: one `invocation` per run (a merged report has one per shard) with its start
 * time and the whole `run` object in its properties, and the same in the run's `properties`.
 */
function evidence(report: Report): Pick<SarifRun, 'invocations' | 'properties'> {
  const runs = report.runs ?? (report.run ? [report.run] : []);
  if (runs.length === 0) return {};
  return {
    invocations: runs.map((run) => ({ executionSuccessful: true, startTimeUtc: run.startedAt, properties: { run: copyRun(run) } })),
    properties: report.runs ? { runs: runs.map(copyRun) } : { run: copyRun(runs[0]) },
  };
}

function copyRun(run: RunEvidence): RunEvidence {
  return JSON.parse(JSON.stringify(run)) as RunEvidence;
}

/**
 * A minimal descriptor for a finding whose rule the report does not describe. Reports made by
 * listinglint describe every rule they use; a hand-made or foreign report may not.
 */
function describeUnlistedRule(finding: Finding): RuleDescriptor {
  const { ruleId: id, severity: defaultSeverity, url } = finding;
  return { id, name: id, shortDescription: id, fullDescription: id, defaultSeverity, url };
}

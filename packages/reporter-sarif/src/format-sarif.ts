import type { Finding, Report, ReporterOptions, RuleDescriptor } from '@listinglint/types';
import { directoryUri, SOURCE_ROOT } from './artifact-uri.js';
import type { SarifLog, SarifResult } from './sarif-log.js';
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
        results,
      },
    ],
  };
}

/**
 * A minimal descriptor for a finding whose rule the report does not describe. Reports made by
 * listinglint describe every rule they use; a hand-made or foreign report may not.
 */
function describeUnlistedRule(finding: Finding): RuleDescriptor {
  const { ruleId: id, severity: defaultSeverity, url } = finding;
  return { id, name: id, shortDescription: id, fullDescription: id, defaultSeverity, url };
}

import type { RuleDescriptor, Severity } from '@listinglint/types';
import type { SarifLevel, SarifRule } from './sarif-log.js';

/** SARIF level of a severity: `info` becomes `note`. */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

/** A rule descriptor as a SARIF `reportingDescriptor`, with help text and a link to its docs. */
export function toSarifRule(rule: RuleDescriptor): SarifRule {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.shortDescription },
    fullDescription: { text: rule.fullDescription },
    help: {
      text: `${rule.fullDescription}\n\nRule \`${rule.id}\`: ${rule.url}`,
      markdown: `${rule.fullDescription}\n\nSee the [\`${rule.id}\` documentation](${rule.url}) for examples and how to fix or allow it.`,
    },
    helpUri: rule.url,
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
  };
}

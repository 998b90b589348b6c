export { applySuppressions, type Suppressed } from './apply-suppressions.js';
export { FINGERPRINT_KEY, fingerprintFindings, normaliseMatchedText } from './fingerprint.js';
export {
  compareFindings,
  docsBaseUrl,
  findingEvidenceKeys,
  formatMessage,
  lintFailure,
  lintListing,
  lintRun,
  ruleUrl,
  severityRank,
  stampFact,
  unsuppressibleRuleIds,
  type ConfiguredRule,
  type LintOptions,
} from './lint-listing.js';

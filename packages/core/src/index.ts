export type * from './types.js';
export { ConfigError, ConfigReader, LineIndex, type ConfigNode } from './source/index.js';
export {
  compareFindings,
  docsBaseUrl,
  fingerprintFindings,
  FINGERPRINT_KEY,
  formatMessage,
  lintListing,
  normaliseMatchedText,
  ruleUrl,
  severityRank,
  stampFact,
  unsuppressibleRuleIds,
  type ConfiguredRule,
  type LintOptions,
} from './kernel/index.js';
export { countSeverities, describeRules, lintFiles, prepareLint, type EngineOcrOptions, type EngineOptions, type LintFilesResult, type LintSetup, type LintTargets, type PreparedLint } from './engine/run.js';
export { embedReportImages, type EmbedOptions } from './engine/embed-images.js';
export type { FileStat } from './engine/read-listing-texts.js';
export {
  defaultInclude,
  formats,
  formatsFor,
  listingFormat,
  prepareFormats,
  readListingFile,
  type FormatAdapter,
  type ListingFileResult,
  type ListingFormat,
} from './formats/index.js';
export { loadMarkdownParser } from './formats/markdown-body.js';
export { builtinRules } from './rules/index.js';
export { compileWatchlist, readWatchlists, type WatchlistSource } from './watchlist/index.js';
export {
  configNames,
  findConfig,
  gatherRunEvidence,
  gitState,
  loadConfig,
  loadProject,
  NoWatchlistError,
  type Config,
  type GitState,
  type Project,
  type ProjectOptions,
  type RunEvidenceInput,
} from './project/index.js';
export {
  caseToMark,
  importUsptoFiles,
  markKey,
  numberKey,
  RegistryFileError,
  usptoStatus,
  usptoStatusRanges,
  writeWatchlistYaml,
  type ImportedMark,
  type ImportFilter,
  type UsptoCaseFile,
} from './registry/index.js';
export { extractClaims, officeSearchPage, ownerKey, readNotice, sameOwner, triageNotice, TriageInputError, verdictOrder, type TriageOptions } from './triage/index.js';
export { marketplaceTerritories, presetIdFor, shopPlatforms } from './legal/index.js';

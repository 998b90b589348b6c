export type * from './types.js';
export { ConfigError, ConfigReader, type ConfigNode } from './config-file/index.js';
export { compareFindings, docsBaseUrl, formatMessage, lintListing, ruleUrl, stampFact, type ConfiguredRule, type LintOptions } from './kernel.js';
export { describeFindingRule, describeRules, lintFiles, type EngineOcrOptions, type EngineOptions } from './engine.js';
export { fingerprintFindings, normaliseMatchedText, FINGERPRINT_KEY } from './fingerprint.js';
export { LineIndex, listingFormat, loadMarkdownParser, readListingFile, type ListingFileResult, type ListingFormat } from './listing/index.js';
export { builtinRules, type Fact, type Rule, type RuleContext, type RuleMeta } from './rules/index.js';
export { compileWatchlist, readWatchlists, type WatchlistSource } from './watchlist/index.js';

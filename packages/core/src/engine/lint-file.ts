import { lintListing, stampFact, type ConfiguredRule } from '../kernel.js';
import { frontMatterRange, listingFormat, readListingFile } from '../listing/index.js';
import { parseError } from '../rules/listing/parse-error.js';
import { parseDirectives } from '../suppress/parse-directives.js';
import type { CompiledWatchlist, Directive, LintSettings, Matcher } from '../types.js';
import { digestListings, sortAndFingerprint, type FileOutcome } from './file-outcome.js';
import type { ListingText } from './read-listing-texts.js';

/** Everything linting one file needs besides its text; the same on every thread. */
export interface FileLintContext {
  watchlist: CompiledWatchlist;
  /** Enabled rules (image rules left out when OCR is off). */
  rules: ConfiguredRule[];
  settings: LintSettings;
  cwd: string;
  root: string;
  reportUnusedDisables?: boolean;
}

/** A file linter bound to one context: built once per thread, then called per file. */
export type FileLinter = (input: ListingText) => FileOutcome;

/** Builds the per-file linter: reads the file, runs the kernel on each listing, reports parse errors. */
export function fileLinter(context: FileLintContext): FileLinter {
  const { watchlist, rules, settings, cwd, root } = context;
  const parseErrorRule = rules.find((r) => r.rule.id === parseError.id) ?? { rule: parseError, severity: 'error' as const };
  // A file the prefilter rules out has no text match: its fields need no scan (image text still does).
  const textless: CompiledWatchlist = { ...watchlist, matcher: withoutTextMatches(watchlist.matcher) };
  const lintOptions = { reportUnusedDisables: context.reportUnusedDisables };

  return ({ absolutePath, file, text, error }) => {
    const fatal = (messageId: string, data: Record<string, string | number>, line = 1, column = 1): FileOutcome => {
      const location = { line, column, endLine: line, endColumn: column };
      const finding = stampFact(parseErrorRule, { messageId, data, location, fatal: true }, { file });
      const findings = finding ? [finding] : [];
      sortAndFingerprint(findings);
      return { file, findings, listings: [], framed: false };
    };
    if (error || text === undefined) return fatal(error?.kind ?? 'unreadable', error?.data ?? { problem: 'unknown' }, error?.line, error?.column);
    const format = listingFormat(absolutePath) ?? 'markdown';
    // The Markdown body needs remark only when it may hold a mark itself: most candidates have theirs in the front matter.
    const range = format === 'markdown' ? frontMatterRange(text) : undefined;
    const headMayMatch = watchlist.matcher.mayMatch(range ? text.slice(0, range.bodyStart) : text);
    const bodyMayMatch = range ? watchlist.matcher.mayMatch(text.slice(range.bodyStart)) : headMayMatch;
    const mayMatch = headMayMatch || bodyMayMatch;
    const { result, source } = readListingFile(text, format, { file, absolutePath, root, cwd }, bodyMayMatch);
    if (result.kind === 'not-listing') return { file, findings: [], listings: [], framed: false };
    if (result.kind === 'error') {
      const problem = { problem: result.message, format: format === 'json' ? 'JSON' : 'front matter' };
      return { ...fatal('syntax', problem, result.location.line, result.location.column), framed: true };
    }
    const directives = readDirectives(source, format);
    const findings = result.listings.flatMap((listing) => {
      listing.directives = directives;
      return lintListing(listing, mayMatch ? watchlist : textless, rules, settings, lintOptions);
    });
    sortAndFingerprint(findings);
    return { file, findings, listings: digestListings(result.listings), framed: true };
  };
}

function readDirectives(source: string, format: 'markdown' | 'json'): Directive[] {
  // Every directive comment starts with `listinglint-`; most files have none, and scanning for them costs.
  return source.includes('listinglint-') ? parseDirectives(source, format) : [];
}

function withoutTextMatches(matcher: Matcher): Matcher {
  return {
    scan: (text, options) => (options?.ocr ? matcher.scan(text, options) : []),
    mayMatch: () => false,
  };
}

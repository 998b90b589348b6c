import { formatsFor, readListingFile } from '../formats/index.js';
import { lintFailure, lintListing } from '../kernel/lint-listing.js';
import type { CompiledWatchlist, FileFailure, Matcher, RunFacts } from '../types.js';
import { recordListings, sortAndFingerprint, type FileOutcome } from './file-outcome.js';
import type { ListingText } from './read-listing-texts.js';
import type { RunContext } from './run-context.js';

/** Everything linting one file needs besides its text; the same on every thread. */
export interface FileLintContext {
  run: RunContext;
  watchlist: CompiledWatchlist;
  facts: RunFacts;
}

/** A file linter bound to one context: built once per thread, then called per file. */
export type FileLinter = (input: ListingText) => FileOutcome;

/** Builds the per-file linter: reads the file through its format, runs the kernel on each listing, reports failures. */
export function fileLinter(context: FileLintContext): FileLinter {
  const { watchlist, facts } = context;
  const { rules, settings, cwd, root } = context.run;
  // A file the prefilter rules out has no text match: its fields need no scan (image text still does).
  const textless: CompiledWatchlist = { ...watchlist, matcher: withoutTextMatches(watchlist.matcher) };
  const lintOptions = { reportUnusedDisables: context.run.reportUnusedDisables, facts };
  const failed = (file: string, failure: FileFailure, framed: boolean): FileOutcome => {
    const findings = lintFailure(failure, rules, file);
    sortAndFingerprint(findings);
    return { file, findings, listings: [], framed };
  };

  return ({ absolutePath, file, text, bytes, error }) => {
    if (error?.kind === 'encoding') {
      return failed(file, { kind: 'encoding', offset: Number(error.data.offset), location: { line: error.line ?? 1, column: error.column ?? 1, endLine: error.line ?? 1, endColumn: error.column ?? 1 } }, false);
    }
    if (error || text === undefined) return failed(file, { kind: 'unreadable', problem: String(error?.data.problem ?? 'unknown') }, false);
    for (const format of formatsFor(absolutePath)) {
      // Parts that cost a parse (a Markdown body) are read only when the prefilter says they may hold a mark.
      const parts = format.prefilterParts?.(text) ?? { head: text };
      // A binary file (a workbook) has no text to prefilter: its fields are always scanned.
      const headMayMatch = format.binary === true || watchlist.matcher.mayMatch(parts.head);
      const bodyMayMatch = parts.body === undefined ? headMayMatch : watchlist.matcher.mayMatch(parts.body);
      const mayMatch = headMayMatch || bodyMayMatch;
      const { result, source } = readListingFile(text, format, { file, absolutePath, root, cwd }, bodyMayMatch, bytes);
      if (result.kind === 'not-listing') continue;
      if (result.kind === 'error') {
        return failed(file, { kind: 'syntax', problem: result.message, syntax: format.syntax, location: result.location }, !format.binary);
      }
      const directives = format.directives?.(source) ?? [];
      const findings = result.listings.flatMap((listing) => {
        listing.directives = directives;
        return lintListing(listing, mayMatch ? watchlist : textless, rules, settings, lintOptions);
      });
      // Rows of a bulk file that could not be read: one parse error each, the other rows linted above.
      for (const problem of result.problems ?? []) {
        const failure: FileFailure = { kind: 'row', problem: problem.message, location: problem.location, record: problem.record };
        if (problem.sheet !== undefined) failure.sheet = problem.sheet;
        findings.push(...lintFailure(failure, rules, file));
      }
      sortAndFingerprint(findings);
      return { file, findings, listings: recordListings(result.listings), framed: !format.binary };
    }
    return { file, findings: [], listings: [], framed: false };
  };
}

function withoutTextMatches(matcher: Matcher): Matcher {
  return {
    scan: (text, options) => (options?.ocr ? matcher.scan(text, options) : []),
    mayMatch: () => false,
  };
}

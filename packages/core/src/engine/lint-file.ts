import { formatsFor, readListingFile } from '../formats/index.js';
import { lintFailure, lintListing } from '../kernel/lint-listing.js';
import { LineIndex } from '../source/line-index.js';
import type { CompiledWatchlist, FileFailure, Finding, Listing, Matcher, RunFacts } from '../types.js';
import { recordListing, recordListings, sortAndFingerprint, type FileOutcome, type ListingRecord } from './file-outcome.js';
import { guessEncoding, readUnread, type ListingText } from './read-listing-texts.js';
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
  const rowPrefilter = (raw: string) => watchlist.matcher.mayMatch(raw);
  const failed = (file: string, failure: FileFailure, framed: boolean): FileOutcome => {
    const findings = lintFailure(failure, rules, file);
    sortAndFingerprint(findings);
    return { file, findings, listings: [], framed };
  };

  return (input) => {
    // A cold run's files are read by the lane that lints them.
    const { absolutePath, file, text, bytes, error } = readUnread(input);
    if (error?.kind === 'encoding') {
      const offset = Number(error.data.offset);
      const failure: FileFailure = { kind: 'encoding', offset, location: { line: error.line ?? 1, column: error.column ?? 1, endLine: error.line ?? 1, endColumn: error.column ?? 1 } };
      // A `.txt`/`.csv` found by the default `include` is often no listing file at all (a Latin-1
      // README, an unrelated export): read leniently, it is skipped unless its header is a bulk
      // file's. Named on the command line, it is reported all the same (the run does that).
      const claimed = formatsFor(absolutePath);
      if (bytes !== undefined && claimed.length > 0 && claimed.every((format) => format.recognises !== undefined)) {
        const guess = guessEncoding(bytes);
        const info = { file, absolutePath, root, cwd, lines: new LineIndex('') };
        if (!claimed.some((format) => format.recognises!(guess.head, info, context.run.inputs))) return { file, findings: [], listings: [], framed: false };
        failure.bulk = { encoding: guess.encoding, byte: bytes[offset] ?? 0 };
      }
      return failed(file, failure, false);
    }
    if (error?.kind === 'too-large') {
      const { size, limit, format } = error.data;
      return failed(file, { kind: 'too-large', size: Number(size), limit: Number(limit), format: String(format) }, false);
    }
    if (error || text === undefined) return failed(file, { kind: 'unreadable', problem: String(error?.data.problem ?? 'unknown') }, false);
    for (const format of formatsFor(absolutePath)) {
      // The prefilter runs on the raw parts (the front matter first, then a Markdown body): a file
      // where neither may hold a mark has its fields left unscanned. The body is always read: the
      // claim and house rules read it whatever the watchlist holds.
      const parts = format.prefilterParts?.(text) ?? { head: text };
      // A binary file (a workbook) has no text to prefilter: its fields are always scanned. A bulk
      // text file is prefiltered row by row on its raw text instead of as a whole (`rowMayMatch`).
      const headMayMatch = format.binary === true || format.rowPrefilter === true || watchlist.matcher.mayMatch(parts.head);
      const mayMatch = headMayMatch || (parts.body !== undefined && watchlist.matcher.mayMatch(parts.body));
      const rowMayMatch = format.rowPrefilter === true ? rowPrefilter : undefined;
      const { result, source } = readListingFile(text, format, { file, absolutePath, root, cwd }, true, bytes, context.run.inputs, true, rowMayMatch);
      if (result.kind === 'not-listing') continue;
      if (result.kind === 'error') {
        return failed(file, { kind: 'syntax', problem: result.message, syntax: result.syntax ?? format.syntax, location: result.location }, !format.binary);
      }
      const directives = format.directives?.(source) ?? [];
      if (result.stream) {
        // A bulk file: each row's listing is prefiltered (on its rows' raw text when the format did
        // it while reading, else on its field values), linted, kept as a digest and dropped before
        // the next row is read (bounded memory).
        const findings: Finding[] = [];
        const records: ListingRecord[] = [];
        for (const item of result.stream) {
          if ('problem' in item) {
            const { problem } = item;
            const failure: FileFailure = { kind: 'row', problem: problem.message, location: problem.location, record: problem.record };
            if (problem.sheet !== undefined) failure.sheet = problem.sheet;
            for (const finding of lintFailure(failure, rules, file)) findings.push(finding);
            continue;
          }
          const { listing } = item;
          listing.directives = directives;
          const listingMayMatch = item.mayMatch ?? (mayMatch && watchlist.matcher.mayMatch(listingText(listing)));
          for (const finding of lintListing(listing, listingMayMatch ? watchlist : textless, rules, settings, lintOptions)) findings.push(finding);
          records.push(recordListing(listing));
        }
        sortAndFingerprint(findings);
        return { file, findings, listings: records, framed: !format.binary };
      }
      // A file of many listings (a bulk file's rows) is prefiltered again per listing, on its field values.
      const perListing = result.listings.length > 1;
      const findings = result.listings.flatMap((listing) => {
        listing.directives = directives;
        const listingMayMatch = mayMatch && (!perListing || watchlist.matcher.mayMatch(listingText(listing)));
        return lintListing(listing, listingMayMatch ? watchlist : textless, rules, settings, lintOptions);
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

/** Every text the text rules scan in a listing, one per line. */
function listingText(listing: Listing): string {
  const values = listing.fields.map((field) => field.value);
  if (listing.brand) values.push(listing.brand.value);
  return values.join('\n');
}

function withoutTextMatches(matcher: Matcher): Matcher {
  return {
    scan: (text, options) => (options?.ocr ? matcher.scan(text, options) : []),
    mayMatch: () => false,
  };
}

import { createHash } from 'node:crypto';
import { ConfigError } from '../source/config-error.js';
import { checkExamples, compileMatcher } from '../match/index.js';
import type { CompiledWatchlist } from '../types.js';
import { readWatchlists, type WatchlistSource } from './read-watchlist.js';

/**
 * Reads, checks and compiles watchlist files once: the marks, the matcher, and the
 * self-tests (`examples`), whose failures are config errors naming the mark and example.
 */
export function compileWatchlist(sources: WatchlistSource[]): CompiledWatchlist {
  const marks = readWatchlists(sources);
  const matcher = compileMatcher(marks);
  const failure = checkExamples(marks, matcher)[0];
  if (failure) {
    throw new ConfigError(
      failure.source.file,
      failure.source.line,
      `${failure.markId}.examples.${failure.expected}`,
      failure.expected === 'match'
        ? `the example \`${failure.example}\` should match the mark \`${failure.markId}\` but does not`
        : `the example \`${failure.example}\` should not match the mark \`${failure.markId}\` but does`,
    );
  }
  return {
    marks: new Map(marks.map((mark) => [mark.id, mark])),
    matcher,
    files: sources.map((source) => source.file),
    hash: hashWatchlistSources(sources),
  };
}

/** The hash of watchlist files as a compiled watchlist carries it, without compiling them (cache keys). */
export function hashWatchlistSources(sources: WatchlistSource[]): string {
  const hash = createHash('sha256');
  for (const source of sources) hash.update(source.file).update('\0').update(source.text).update('\0');
  return hash.digest('hex');
}

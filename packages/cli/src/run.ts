import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { formatTerminalSummary, shouldUseColor } from '@listinglint/reporter-terminal';
import path from 'node:path';
import { embedReportImages, gatherRunEvidence, gitState, loadProject, NoWatchlistError, type EmbeddedImage, type Report } from '@listinglint/core';
import type { CliArgs } from './args.js';
import type { Discovered } from './discover.js';
import { gateWithBaseline } from './baseline.js';
import { isPartialRun, narrowFiles } from './narrow-files.js';
import { progressWriter } from './progress.js';
import { loadReporter } from './reporters.js';
import { checkCacheLocation, checkOutput, checkSomethingFound } from './guards.js';
import { UsageError } from './usage-error.js';
import { cacheFolder, findProjectFiles, prepareProjectLint } from './lint-project.js';
import { stdinFile } from './stdin.js';

/** Streams and environment the CLI writes to and reads; injected so tests can capture them. */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Today as YYYY-MM-DD (authorizations expire). */
  today: string;
  /** Standard input, for `--stdin` (default: the process's). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** The clock, for the report's `run.startedAt` (default: the system clock). */
  now?: () => Date;
}

/** The version of listinglint, from the CLI's package.json. */
export async function toolVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** Runs a lint: returns the exit code (0, 1) or throws a UsageError/ConfigError (exit 2). */
export async function runLint(args: CliArgs, io: CliIo): Promise<number> {
  const { cwd } = io;
  const startedAt = io.now?.() ?? new Date();
  const project = await loadProject(cwd, { config: args.config, watchlists: args.watchlists, today: io.today }).catch((error: unknown) => {
    throw error instanceof NoWatchlistError ? new UsageError(error.message) : error;
  });
  const { config, watchlistFiles } = project;
  // The folders are walked on another thread while this one prepares the lint (compiles the
  // watchlist, or reads the result cache); what the walk finds is checked once both are done.
  const cacheOn = args.cache && config.cache.enabled;
  const discovery: Promise<Discovered & { contents?: ReadonlyMap<string, string> }> = args.stdin
    ? stdinFile(args, io)
    : findProjectFiles(project, cwd, args.patterns, cacheOn);
  discovery.catch(() => {});
  const cacheDir = cacheFolder(project, cwd, args.cacheLocation);
  if (cacheOn) checkCacheLocation(cacheDir, args.cacheLocation ?? path.relative(cwd, cacheDir));
  const ocrEnabled = args.ocr && config.ocr.enabled;
  const version = await toolVersion();
  // Asked now, while the tree is as the run found it; git runs beside the lint.
  const git = gitState(cwd);
  const prepared = prepareProjectLint(project, {
    cwd,
    ocr: args.ocr,
    cacheDir: cacheOn ? cacheDir : undefined,
    concurrency: args.concurrency,
    reportUnusedDisables: args.reportUnusedDisables,
    toolVersion: version,
    onNotice: (message: string) => io.stderr.write(`${message}\n`),
    onProgress: progressWriter(io.stderr, io.env),
  });
  const discovered = await discovery;
  const { explicit } = discovered;
  checkSomethingFound({ ...discovered, patterns: args.patterns, include: config.include });
  const triggers = [...(config.file ? [config.file] : []), ...watchlistFiles];
  const files = await narrowFiles(discovered.files, { shard: args.shard, changedSince: args.changedSince, cwd, root: config.root, triggers });
  if (args.output) checkOutput(args.output, { cwd, files: discovered.files, cacheDir: cacheOn ? cacheDir : undefined });
  const { report, sources: texts, ocrEngine, watchlistMarks } = await prepared.lint({ files, explicit, contents: discovered.contents, stats: discovered.stats });
  report.run = await gatherRunEvidence({ cwd, startedAt, toolVersion: version, project, ocr: { enabled: ocrEnabled, engine: ocrEngine }, git, watchlistMarks });
  const gated = await gateWithBaseline(report, { ...args, partial: isPartialRun(args) }, io);
  const images = args.format === 'html' ? await embedReportImages(gated, { cwd, root: config.root }) : undefined;
  await writeReport(gated, texts, args, io, images);
  return exitCode(gated, args);
}

/** Formats the report and writes it to stdout or `--output` (then a one-line summary to stderr). */
export async function writeReport(
  report: Report,
  sources: Map<string, string>,
  args: CliArgs,
  io: CliIo,
  images?: Map<string, EmbeddedImage>,
): Promise<void> {
  const reporter = await loadReporter(args.format, io.cwd);
  const color = args.color ?? (args.output ? false : shouldUseColor(io.stdout, io.env));
  const shown = args.quiet ? errorsOnly(report) : report;
  const text = reporter(shown, { color, verbose: args.verbose, sources, images, quiet: args.quiet, maxWarnings: args.maxWarnings });
  if (args.output) {
    const file = path.resolve(io.cwd, args.output);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    const summary = formatTerminalSummary(report, { color: args.color ?? shouldUseColor(io.stderr, io.env), quiet: args.quiet, maxWarnings: args.maxWarnings });
    io.stderr.write(`${summary.replace(/\n*$/, '\n')}  report written to ${args.output}\n`);
  } else {
    io.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
    // The terminal summary says why warnings fail the run; other formats get the reason on stderr.
    const { errors, warnings } = report.summary;
    if (args.format !== 'terminal' && errors === 0 && args.maxWarnings !== undefined && warnings > args.maxWarnings) {
      io.stderr.write(`listinglint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${args.maxWarnings}\n`);
    }
  }
  // GitHub shows only ten annotations of each kind per step; the job summary holds them all.
  const stepSummary = io.env.GITHUB_STEP_SUMMARY;
  if (args.format === 'github' && stepSummary) {
    const { formatGithubSummary } = await import('@listinglint/reporter-github');
    await appendFile(stepSummary, formatGithubSummary(shown));
  }
}

/**
 * `--quiet`: the report with only its error findings (files keep their place, counts and the
 * summary stay whole, so the summary can say what was left out).
 */
export function errorsOnly(report: Report): Report {
  return {
    ...report,
    results: report.results.map((result) => ({ ...result, findings: result.findings.filter((finding) => finding.severity === 'error') })),
  };
}

/** 1 when findings at or above `--fail-on` exist or warnings exceed `--max-warnings`, else 0. */
export function exitCode(report: Report, args: Pick<CliArgs, 'failOn' | 'maxWarnings'>): number {
  const { errors, warnings, infos } = report.summary;
  const failing = args.failOn === 'error' ? errors : args.failOn === 'warning' ? errors + warnings : errors + warnings + infos;
  if (failing > 0) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) return 1;
  return 0;
}

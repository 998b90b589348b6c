import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { builtinRules, countSeverities, describeRules, loadConfig } from '@listinglint/core';
import type { FileResult, Finding, Report, RuleDescriptor, RunEvidence, Severity, Summary } from '@listinglint/core';
import { parseCliArgs } from './args.js';

import { exitCode, toolVersion, writeReport, type CliIo } from './run.js';
import { UsageError } from './usage-error.js';

/** A JSON report as read back from disk (the design.md contract), before merging. */
export interface ReadReport {
  /** Where it was read from, for messages. */
  source: string;
  toolVersion: string;
  results: FileResult[];
  summary: Summary;
  /** The shard's run evidence (`run`), or the runs of a report that was itself merged (`runs`). */
  runs: RunEvidence[];
}

const severities = new Set<Severity>(['error', 'warning', 'info']);
const optionalStrings = ['markId', 'matchedText', 'field', 'sku', 'strategy', 'use', 'cause', 'phrase', 'territory', 'fingerprint'] as const;

/**
 * Reads and validates one JSON report file; a missing or malformed one is a usage error
 * naming it as `shown` (by default the path read).
 */
export async function readJsonReport(file: string, shown = file): Promise<ReadReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read report ${shown}: ${(error as Error).message}`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`Report ${shown} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return parseJsonReport(data, shown);
}

/** Validates a parsed JSON report and turns it back into core results (`file` and `url` restored). */
export function parseJsonReport(data: unknown, source: string): ReadReport {
  const broken = (where: string, what: string): UsageError =>
    new UsageError(`Report ${source} is not a listinglint JSON report: ${where} ${what} (write it with --format json)`);
  if (!isRecord(data) || (data.version !== 1 && data.version !== 2)) throw broken('"version"', 'must be 1 or 2');
  if (!Array.isArray(data.results)) throw broken('"results"', 'must be an array');
  if (!isRecord(data.summary)) throw broken('"summary"', 'must be an object');
  const results = data.results.map((raw: unknown, index: number): FileResult => {
    if (!isRecord(raw) || typeof raw.filePath !== 'string' || !Array.isArray(raw.findings)) {
      throw broken(`results[${index}]`, 'needs "filePath" and "findings"');
    }
    const filePath = raw.filePath;
    const findings = raw.findings.map((json: unknown, at: number) => toFinding(json, filePath, () => broken(`results[${index}].findings[${at}]`, 'is malformed')));
    return { filePath, ...countSeverities(findings), findings };
  });
  const summary = data.summary;
  const number = (key: string): number => (typeof summary[key] === 'number' ? (summary[key] as number) : 0);
  const tool = isRecord(data.tool) && typeof data.tool.version === 'string' ? data.tool.version : '0.0.0';
  const runs = Array.isArray(data.runs) ? data.runs.filter(isRunEvidence) : isRunEvidence(data.run) ? [data.run] : [];
  return {
    source,
    toolVersion: tool,
    runs,
    results,
    summary: {
      files: number('files'),
      listings: number('listings'),
      images: number('images'),
      errors: number('errors'),
      warnings: number('warnings'),
      infos: number('infos'),
      ...(typeof summary.suppressed === 'number' ? { suppressed: summary.suppressed } : {}),
    },
  };
}

function toFinding(json: unknown, file: string, broken: () => UsageError): Finding {
  if (!isRecord(json) || typeof json.ruleId !== 'string' || typeof json.message !== 'string') throw broken();
  if (!severities.has(json.severity as Severity)) throw broken();
  const positions = ['line', 'column', 'endLine', 'endColumn'].map((key) => json[key]);
  if (!positions.every((value) => typeof value === 'number')) throw broken();
  const [line, column, endLine, endColumn] = positions as number[];
  const finding: Finding = {
    ruleId: json.ruleId,
    severity: json.severity as Severity,
    message: json.message,
    url: typeof json.url === 'string' ? json.url : '',
    file,
    line,
    column,
    endLine,
    endColumn,
  };
  const target = finding as unknown as Record<string, unknown>;
  for (const key of optionalStrings) if (typeof json[key] === 'string') target[key] = json[key];
  if (typeof json.confidence === 'number') finding.confidence = json.confidence;
  if (isRecord(json.registration)) finding.registration = json.registration as unknown as Finding['registration'];
  if (isRecord(json.image)) finding.image = json.image as unknown as Finding['image'];
  if (isRecord(json.evidence)) finding.evidence = json.evidence as unknown as Finding['evidence'];
  if (json.fatal === true) finding.fatal = true;
  if (json.internal === true) finding.internal = true;
  return finding;
}

/**
 * The rules of a merged report: every rule in `known` (the registry's enabled rules, as an
 * unsharded run lists them), plus a minimal descriptor, built from the findings, for each
 * rule id in `results` that `known` lacks (a plugin rule, a report from another version).
 */
export function deriveRules(results: FileResult[], known: RuleDescriptor[]): RuleDescriptor[] {
  const rules = new Map(known.map((rule) => [rule.id, rule]));
  for (const finding of results.flatMap((result) => result.findings)) {
    if (!rules.has(finding.ruleId)) rules.set(finding.ruleId, describeFindingRule(finding));
  }
  return [...rules.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Merges JSON reports (the shards of one run) into one report for any reporter: results
 * sorted by file, summary recomputed, listing and image counts summed, rules from
 * `options.rules` plus any unknown rule found, and every shard's `run` evidence in `runs`. Shards never overlap: a file in two reports is a
 * usage error (its listings and images would be counted twice).
 */
export function mergeReports(reports: ReadReport[], options: { rules: RuleDescriptor[]; cwd: string; toolVersion?: string }): Report {
  const byFile = new Map<string, Finding[]>();
  const source = new Map<string, string>();
  for (const report of reports) {
    for (const result of report.results) {
      const first = source.get(result.filePath);
      if (first !== undefined) {
        throw new UsageError(`Reports ${first} and ${report.source} both hold ${result.filePath}: merge the shards of one run, each once`);
      }
      source.set(result.filePath, report.source);
      byFile.set(result.filePath, result.findings);
    }
  }
  const results = [...byFile.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([filePath, findings]): FileResult => {
      const sorted = [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
      return { filePath, ...countSeverities(sorted), findings: sorted };
    });
  const sum = (pick: (summary: Summary) => number | undefined): number =>
    reports.reduce((total, report) => total + (pick(report.summary) ?? 0), 0);
  const summary: Summary = {
    files: results.length,
    listings: sum((s) => s.listings),
    images: sum((s) => s.images),
    errors: results.reduce((total, result) => total + result.errorCount, 0),
    warnings: results.reduce((total, result) => total + result.warningCount, 0),
    infos: results.reduce((total, result) => total + result.infoCount, 0),
  };
  if (reports.some((report) => report.summary.suppressed !== undefined)) summary.suppressed = sum((s) => s.suppressed);
  const runs = reports.flatMap((report) => report.runs);
  return {
    version: 2,
    tool: { name: 'listinglint', version: options.toolVersion ?? reports[0]?.toolVersion ?? '0.0.0' },
    results,
    summary,
    rules: deriveRules(results, options.rules),
    cwd: options.cwd,
    // Each shard's evidence; reports written before version 2's `run` have none.
    ...(runs.length > 0 ? { runs } : {}),
  };
}

/** A `run` object as version 2 reports write it (checked on the fields every reporter reads). */
function isRunEvidence(value: unknown): value is RunEvidence {
  return (
    isRecord(value) &&
    typeof value.startedAt === 'string' &&
    typeof value.toolVersion === 'string' &&
    Array.isArray(value.watchlists) &&
    Array.isArray(value.presets) &&
    isRecord(value.ocr)
  );
}

/** The same finding read from two overlapping reports is kept once. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `listinglint merge REPORT.json… [--format F] [--output FILE] [--max-warnings N] [--fail-on L]`:
 * merges the JSON reports of sharded runs, prints them in any format, and exits like a lint
 * run would have. Rule severities come from the config, as in the sharded runs.
 */
export async function runMerge(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.patterns.length === 0) {
    throw new UsageError('`listinglint merge` needs JSON report files, e.g. `listinglint merge shard-1.json shard-2.json --format sarif`');
  }
  const reports = await Promise.all(args.patterns.map((file) => readJsonReport(path.resolve(io.cwd, file), file)));
  const config = await loadConfig(io.cwd, args.config, builtinRules);
  const configured = [...builtinRules.values()].map((rule) => ({
    rule,
    severity: config.rules.get(rule.id)?.severity ?? rule.meta.defaultSeverity,
  }));
  const report = mergeReports(reports, {
    rules: describeRules(configured),
    cwd: io.cwd.split(path.sep).join('/'),
    toolVersion: await toolVersion(),
  });
  await writeReport(report, new Map(), args, io);
  return exitCode(report, args);
}

/** A minimal descriptor for a finding whose rule no shard described (a plugin rule, another version). */
function describeFindingRule(finding: Finding): RuleDescriptor {
  const { ruleId: id, severity: defaultSeverity, url } = finding;
  return { id, name: id, shortDescription: id, fullDescription: id, defaultSeverity, url };
}

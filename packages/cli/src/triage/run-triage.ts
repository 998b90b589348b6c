import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadProject, RegistryFileError, triageNotice, TriageInputError } from '@listinglint/core';
import type { Project, TriageReport } from '@listinglint/core';
import { kindOf } from '../guards.js';
import { cacheFolder, findProjectFiles } from '../lint-project.js';
import { checkRegularFile } from '../registry.js';
import { toolVersion, type CliIo } from '../run.js';
import { UsageError } from '../usage-error.js';
import { embedImages } from './embed-images.js';
import { formatTriageHtml } from './format-html.js';
import { formatTriageMarkdown } from './format-markdown.js';
import { formatTriageTerminal } from './format-terminal.js';

const usage = 'listinglint triage NOTICE [--listing FILE | --sku SKU] [--registry FILE]... [--format terminal|json|markdown|html] [-o FILE]';
const formats = ['terminal', 'json', 'markdown', 'html'] as const;
type TriageFormat = (typeof formats)[number];

/** Refuses an `-o` that is a folder, not a regular file, or one of the files triage reads. */
function checkTriageOutput(output: string, cwd: string, read: string[]): void {
  const file = path.resolve(cwd, output);
  if (read.includes(file)) throw new UsageError(`-o ${output} is a file triage reads (the notice, a listing, a watchlist or registry file): name another file`);
  const kind = kindOf(file);
  if (kind === 'folder' || kind === 'other') throw new UsageError(`-o ${output} is ${kind === 'folder' ? 'a folder' : 'not a regular file'}: name a file for the report`);
}

/** What one triage takes besides the loaded project (absolute paths). */
export interface TriageRequest {
  cwd: string;
  notice: { path: string; shown: string };
  registryFiles: string[];
  listingFile?: string;
  sku?: string;
  /** Files searched for the listing by SKU or ASIN (`listingCandidates`). */
  projectFiles: string[];
  /** Read the listing's images (and the config's `ocr.enabled` must agree). */
  ocr: boolean;
  cacheDir?: string;
  toolVersion: string;
  today: string;
  onNotice?(message: string): void;
}

/** The files searched for the notice's listing: none when one is named, else the project's include files. */
export async function listingCandidates(project: Project, cwd: string, listingFile: string | undefined): Promise<string[]> {
  return listingFile === undefined ? (await findProjectFiles(project, cwd)).files : [];
}

/** Triages a notice with a loaded project (the CLI's `triage` and the MCP tool); unreadable input is a UsageError. */
export async function triageProject(project: Project, request: TriageRequest): Promise<TriageReport> {
  const { config } = project;
  try {
    return await triageNotice({
      cwd: request.cwd,
      root: config.root,
      notice: request.notice,
      watchlistSources: project.watchlistSources,
      registryFiles: request.registryFiles,
      rules: project.rules,
      settings: project.settings,
      inputs: { formats: config.formats, imageRoots: config.images.roots },
      ...(request.listingFile ? { listingFile: request.listingFile } : {}),
      ...(request.sku !== undefined ? { sku: request.sku } : {}),
      projectFiles: request.projectFiles,
      ocr: {
        enabled: request.ocr && config.ocr.enabled,
        concurrency: config.ocr.concurrency,
        cacheDir: request.cacheDir,
        engine: config.ocr.engine,
        passes: config.ocr.passes,
        ...(request.onNotice ? { onNotice: request.onNotice } : {}),
      },
      toolVersion: request.toolVersion,
      now: request.today,
    });
  } catch (error) {
    if (error instanceof TriageInputError || error instanceof RegistryFileError) throw new UsageError(error.message);
    throw error;
  }
}

/** Formats a triage report. */
export function formatTriage(report: TriageReport, format: TriageFormat, cwd: string): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'markdown') return formatTriageMarkdown(report);
  if (format === 'html') return formatTriageHtml(report, embedImages(report, cwd));
  return formatTriageTerminal(report);
}

/**
 * `listinglint triage NOTICE …` (design.md "Complaint triage"): judges each claim of an
 * infringement notice against the listing and the offline registry data. Exit 0 when it could
 * judge, 2 when the notice cannot be read or holds no recognisable claim. Nothing is sent anywhere.
 */
export async function runTriage(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        listing: { type: 'string' },
        sku: { type: 'string' },
        registry: { type: 'string', multiple: true },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        watchlist: { type: 'string', short: 'w', multiple: true },
        'no-ocr': { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        'cache-location': { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}. Usage: ${usage}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`\`listinglint triage\` takes one notice file (.txt or .eml): ${usage}`);
  const format = (values.format ?? 'terminal') as TriageFormat;
  if (!formats.includes(format)) throw new UsageError(`--format takes ${formats.join(', ')} for triage, not \`${values.format}\``);
  const { cwd } = io;
  const noticePath = path.resolve(cwd, positionals[0]);
  checkRegularFile(noticePath, positionals[0], 'The notice');
  const registryFiles = (values.registry ?? []).map((file) => {
    const absolute = path.resolve(cwd, file);
    checkRegularFile(absolute, file, '--registry file');
    return absolute;
  });
  const listingFile = values.listing === undefined ? undefined : path.resolve(cwd, values.listing);
  if (listingFile !== undefined) checkRegularFile(listingFile, values.listing as string, '--listing file');

  const project = await loadProject(cwd, { config: values.config, watchlists: values.watchlist, today: io.today, requireWatchlist: false });
  const { config } = project;
  const projectFiles = await listingCandidates(project, cwd, listingFile);
  const cacheOn = !values['no-cache'] && config.cache.enabled;
  // An evidence report is Markdown or HTML by nature: only the files read are protected.
  if (values.output) checkTriageOutput(values.output, cwd, [noticePath, ...registryFiles, ...(listingFile ? [listingFile] : []), ...projectFiles, ...project.watchlistFiles]);

  const report = await triageProject(project, {
    cwd,
    notice: { path: noticePath, shown: positionals[0] },
    registryFiles,
    listingFile,
    sku: values.sku,
    projectFiles,
    ocr: !values['no-ocr'],
    cacheDir: cacheOn ? cacheFolder(project, cwd, values['cache-location']) : undefined,
    toolVersion: await toolVersion(),
    today: io.today,
    onNotice: (message: string) => io.stderr.write(`${message}\n`),
  });
  const text = formatTriage(report, format, cwd);
  if (values.output) {
    const file = path.resolve(cwd, values.output);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    io.stderr.write(`listinglint: ${report.claims.length} claim${report.claims.length === 1 ? '' : 's'} judged: ${report.claims.map((claim) => claim.verdict).join(', ')}; report written to ${values.output}\n`);
  } else {
    io.stdout.write(text);
  }
  return 0;
}

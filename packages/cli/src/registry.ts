import { statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importUsptoFiles, markKey, RegistryFileError, writeWatchlistYaml } from '@listinglint/core';
import type { CliIo } from './run.js';
import { UsageError } from './usage-error.js';

const usage = 'listinglint registry import FILE... [--marks LIST | --marks @FILE] -o watchlist.yaml';

/** Refuses a path that is not a regular file (a folder, device, pipe or socket is never read). */
export function checkRegularFile(file: string, shown: string, what: string): void {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new UsageError(`${what} ${shown} does not exist`);
  }
  if (!stat.isFile()) throw new UsageError(`${what} ${shown} is not a regular file`);
}

/** The marks `--marks` asks for: a comma-separated list, or `@file` with one mark per line (`#` comments). */
export async function readMarksOption(value: string, cwd: string): Promise<string[]> {
  if (!value.startsWith('@')) return value.split(',').map((mark) => mark.trim()).filter((mark) => mark !== '');
  const file = path.resolve(cwd, value.slice(1));
  checkRegularFile(file, value.slice(1), '--marks file');
  const text = await readFile(file, 'utf8');
  return text.split(/\r?\n/).map((line) => line.replace(/#.*/, '').trim()).filter((line) => line !== '');
}

/**
 * `listinglint registry import FILE… [--marks LIST|@FILE] -o watchlist.yaml`: reads USPTO
 * trademark bulk XML (daily or annual case files, `.xml` or `.zip`) into a watchlist. Offline.
 */
export async function runRegistry(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] !== 'import') throw new UsageError(`\`listinglint registry\` knows one command: ${usage}`);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      options: { marks: { type: 'string' }, 'marks-file': { type: 'string' }, output: { type: 'string', short: 'o' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}. Usage: ${usage}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError(`\`registry import\` needs USPTO XML files: ${usage}`);
  if (!values.output) throw new UsageError(`\`registry import\` needs -o FILE for the watchlist it writes: ${usage}`);
  if (values.marks !== undefined && values['marks-file'] !== undefined) throw new UsageError('Give --marks or --marks-file, not both');
  const marksOption = values['marks-file'] !== undefined ? `@${values['marks-file']}` : values.marks;
  const marks = marksOption === undefined ? undefined : await readMarksOption(marksOption, io.cwd);
  if (marks !== undefined && marks.length === 0) throw new UsageError('--marks names no mark: give a comma-separated list or @FILE with one mark per line');
  const files = positionals.map((file) => {
    const absolute = path.resolve(io.cwd, file);
    checkRegularFile(absolute, file, 'Registry file');
    return absolute;
  });
  const shown = (file: string) => path.relative(io.cwd, file).split(path.sep).join('/') || file;
  let result;
  try {
    result = await importUsptoFiles(files, { marks }, shown);
  } catch (error) {
    if (error instanceof RegistryFileError) throw new UsageError(error.message);
    throw error;
  }
  const output = path.resolve(io.cwd, values.output);
  if (files.includes(output)) throw new UsageError(`-o ${values.output} is an input file: name another file for the watchlist`);
  const header = [
    `Imported by \`listinglint registry import\` from ${files.map(shown).join(', ')}.`,
    'USPTO status codes mapped to statuses by the table in docs/triage.md; ids are uspto-<serial>.',
  ];
  await mkdir(path.dirname(output), { recursive: true });
  await writeFile(output, writeWatchlistYaml(result.marks, header));
  const missing = marks === undefined ? [] : marks.filter((mark) => !result.marks.some((m) => markKey(m.mark) === markKey(mark)));
  io.stderr.write(
    `listinglint: ${result.marks.length} mark${result.marks.length === 1 ? '' : 's'} of ${result.cases} case files written to ${values.output}` +
      (result.skippedDesignOnly > 0 ? ` (${result.skippedDesignOnly} design-only mark${result.skippedDesignOnly === 1 ? '' : 's'} without words skipped)` : '') +
      '\n',
  );
  if (missing.length > 0) io.stderr.write(`listinglint: not found in the files: ${missing.join(', ')}\n`);
  return 0;
}

import path from 'node:path';
import type { CliArgs } from './args.js';
import type { CliIo } from './run.js';
import { UsageError } from './usage-error.js';

/** The file name a listing read from standard input is linted as when `--stdin-filename` is not given. */
export const defaultStdinFilename = 'stdin.md';

/** Reads all of a stream as UTF-8 text. */
export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `--stdin`: one listing read from standard input, linted as the file `--stdin-filename` (its
 * name picks the format, its folder the images' base; the file need not exist and is never read).
 */
export async function stdinFile(args: Pick<CliArgs, 'patterns' | 'stdinFilename'>, io: Pick<CliIo, 'cwd' | 'stdin'>) {
  if (args.patterns.length > 0) throw new UsageError(`--stdin lints standard input: name no files (got ${args.patterns.map((p) => `\`${p}\``).join(', ')})`);
  const file = path.resolve(io.cwd, args.stdinFilename ?? defaultStdinFilename);
  const text = await readAll(io.stdin ?? process.stdin);
  return { files: [file], explicit: new Set([file]), unmatched: [] as string[], contents: new Map([[file, text]]) };
}

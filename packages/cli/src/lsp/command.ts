import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import type { CliIo } from '../run.js';
import { UsageError } from '../usage-error.js';
import { startLanguageServer } from './server.js';

/**
 * `listinglint lsp --stdio [-c FILE] [-w FILE]…`: the language server on standard input and
 * output. It runs until the client exits it; the exit code is returned when the connection closes.
 */
export default async function runLsp(argv: string[], io: CliIo): Promise<number> {
  const { parseArgs } = await import('node:util');
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { stdio: { type: 'boolean' }, config: { type: 'string', short: 'c' }, watchlist: { type: 'string', short: 'w', multiple: true } }, strict: true }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}. Usage: listinglint lsp --stdio [-c FILE] [-w FILE]`);
  }
  if (!values.stdio) throw new UsageError('listinglint lsp serves over standard input and output only: pass --stdio');
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  const closed = new Promise<number>((resolve) => connection.onExit(() => resolve(0)));
  startLanguageServer(connection, { cwd: io.cwd, config: values.config, watchlists: values.watchlist });
  return closed;
}

import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIo } from '../run.js';
import { toolVersion } from '../run.js';
import { ProjectHost } from '../server/project-host.js';
import { UsageError } from '../usage-error.js';

/**
 * `listinglint mcp [--cwd DIR] [-c FILE] [-w FILE]…`: the MCP server on standard input and output,
 * for the workspace in DIR (default: the working folder; MCP clients often start servers elsewhere). Returns when the client closes the connection.
 */
export default async function runMcp(argv: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { cwd: { type: 'string' }, config: { type: 'string', short: 'c' }, watchlist: { type: 'string', short: 'w', multiple: true } }, strict: true }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}. Usage: listinglint mcp [--cwd DIR] [-c FILE] [-w FILE]`);
  }
  const { StdioServerTransport } = await import('@modelcontextprotocol/sdk/server/stdio.js');
  const { createMcpServer } = await import('./server.js');
  const host = new ProjectHost({ cwd: path.resolve(io.cwd, values.cwd ?? '.'), config: values.config, watchlists: values.watchlist });
  const server = createMcpServer(host, await toolVersion());
  const transport = new StdioServerTransport();
  const closed = new Promise<number>((resolve) => {
    transport.onclose = () => resolve(0);
    process.stdin.on('end', () => resolve(0));
  });
  await server.connect(transport);
  return closed;
}

import { helpText, parseCliArgs } from './args.js';
import type { CliIo } from './run.js';
import { UsageError } from './usage-error.js';

export { lint, lintText, type LintOptions, type LintTextOptions } from './api.js';
export { UsageError } from './usage-error.js';
export type { ConfigError, Finding, FileResult, Report, Summary } from '@listinglint/core';

/** Subcommands in modules of their own: each default-exports `(argv, io) => exit code`. */
const commands: Record<string, (() => Promise<{ default: (argv: string[], io: CliIo) => Promise<number> }>) | undefined> = {
  init: () => import('./init.js'),
  mcp: () => import('./mcp/command.js'),
  lsp: () => import('./lsp/command.js'),
  registry: async () => ({ default: (await import('./registry.js')).runRegistry }),
  triage: async () => ({ default: (await import('./triage/run-triage.js')).runTriage }),
};

/** The streams and environment of this process, with what the caller injects. */
function cliIo(io: Partial<CliIo> | undefined): CliIo {
  return {
    cwd: io?.cwd ?? process.cwd(),
    env: io?.env ?? process.env,
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
    today: io?.today ?? new Date().toISOString().slice(0, 10),
    stdin: io?.stdin ?? process.stdin,
    now: io?.now,
  };
}

/** Runs the CLI with arguments and returns the exit code; only bin/ sets `process.exitCode`. */
export async function main(argv: string[], io?: Partial<import('./run.js').CliIo>): Promise<number> {
  const stderr = io?.stderr ?? process.stderr;
  const stdout = io?.stdout ?? process.stdout;
  try {
    if (argv[0] === 'merge') {
      const { runMerge } = await import('./merge.js');
      return await runMerge(argv.slice(1), cliIo(io));
    }
    const command = Object.hasOwn(commands, argv[0] ?? '') ? commands[argv[0]] : undefined;
    if (command) return await (await command()).default(argv.slice(1), cliIo(io));
    const args = parseCliArgs(argv);
    if (args.help) {
      stdout.write(helpText);
      return 0;
    }
    if (args.version) {
      const { toolVersion } = await import('./run.js');
      stdout.write(`${await toolVersion()}\n`);
      return 0;
    }
    if (args.printConfig !== undefined) {
      const { runPrintConfig } = await import('./print-config.js');
      return await runPrintConfig(args, cliIo(io));
    }
    const { runLint } = await import('./run.js');
    return await runLint(args, cliIo(io));
  } catch (error) {
    // A config, watchlist or flag problem, or an OCR engine that cannot start: exit 2.
    if (error instanceof UsageError || (error instanceof Error && (error.name === 'ConfigError' || error.name === 'OcrEngineError' || error.name === 'RegistryFileError'))) {
      stderr.write(`listinglint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

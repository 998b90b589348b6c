import { helpText, parseCliArgs } from './args.js';
import { UsageError } from './usage-error.js';

/** Runs the CLI with arguments and returns the exit code; only bin/ sets `process.exitCode`. */
export async function main(argv: string[], io?: Partial<import('./run.js').CliIo>): Promise<number> {
  const stderr = io?.stderr ?? process.stderr;
  const stdout = io?.stdout ?? process.stdout;
  try {
    if (argv[0] === 'merge') {
      const { runMerge } = await import('./merge.js');
      return await runMerge(argv.slice(1), {
        cwd: io?.cwd ?? process.cwd(),
        env: io?.env ?? process.env,
        stdout,
        stderr,
        today: io?.today ?? new Date().toISOString().slice(0, 10),
      });
    }
    const sub = { registry: () => import('./registry.js').then((m) => m.runRegistry), triage: () => import('./triage/run-triage.js').then((m) => m.runTriage) }[argv[0] ?? ''];
    if (sub) {
      const run = await sub();
      return await run(argv.slice(1), {
        cwd: io?.cwd ?? process.cwd(),
        env: io?.env ?? process.env,
        stdout,
        stderr,
        today: io?.today ?? new Date().toISOString().slice(0, 10),
      });
    }
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
    const { runLint } = await import('./run.js');
    return await runLint(args, {
      cwd: io?.cwd ?? process.cwd(),
      env: io?.env ?? process.env,
      stdout,
      stderr,
      today: io?.today ?? new Date().toISOString().slice(0, 10),
    });
  } catch (error) {
    // A config, watchlist or flag problem, or an OCR engine that cannot start: exit 2.
    if (error instanceof UsageError || (error instanceof Error && (error.name === 'ConfigError' || error.name === 'OcrEngineError' || error.name === 'RegistryFileError'))) {
      stderr.write(`listinglint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

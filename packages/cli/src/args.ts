import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

/** Parsed command-line flags of a lint run. */
export interface CliArgs {
  patterns: string[];
  config?: string;
  watchlists: string[];
  format: string;
  output?: string;
  ocr: boolean;
  cache: boolean;
  cacheLocation?: string;
  concurrency?: number;
  maxWarnings?: number;
  failOn: 'error' | 'warning' | 'info';
  verbose: boolean;
  quiet: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
  baseline?: string;
  updateBaseline: boolean;
  changedSince?: string;
  shard?: string;
  reportUnusedDisables: boolean;
  /** `--stdin`: lint one listing read from standard input, as the file `stdinFilename`. */
  stdin: boolean;
  stdinFilename?: string;
  /** `--print-config FILE`: print the effective config for FILE instead of linting. */
  printConfig?: string;
}

const options = {
  config: { type: 'string', short: 'c' },
  watchlist: { type: 'string', short: 'w', multiple: true },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'no-ocr': { type: 'boolean' },
  cache: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  'cache-location': { type: 'string' },
  concurrency: { type: 'string' },
  'max-warnings': { type: 'string' },
  'fail-on': { type: 'string' },
  verbose: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  'changed-since': { type: 'string' },
  shard: { type: 'string' },
  'report-unused-disables': { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'print-config': { type: 'string' },
} as const;

function wholeNumber(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${flag} takes a whole number of at least ${min}, not \`${value}\``);
  return Number(value);
}

/** Parses lint flags; a bad flag is a `UsageError` (exit 2). */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}. Run \`listinglint --help\` for the options.`);
  }
  const { values, positionals } = parsed;
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'info') {
    throw new UsageError(`--fail-on takes error, warning or info, not \`${failOn}\``);
  }
  if (values['update-baseline'] && !values.baseline) throw new UsageError('--update-baseline needs --baseline FILE');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename needs --stdin');
  return {
    patterns: positionals,
    config: values.config,
    watchlists: values.watchlist ?? [],
    format: values.format ?? 'terminal',
    output: values.output,
    ocr: !values['no-ocr'],
    cache: !values['no-cache'],
    cacheLocation: values['cache-location'],
    concurrency: wholeNumber('concurrency', values.concurrency, 1),
    maxWarnings: wholeNumber('max-warnings', values['max-warnings'], 0),
    failOn,
    verbose: values.verbose ?? false,
    quiet: values.quiet ?? false,
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
    baseline: values.baseline,
    updateBaseline: values['update-baseline'] ?? false,
    changedSince: values['changed-since'],
    shard: values.shard,
    reportUnusedDisables: values['report-unused-disables'] ?? false,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    printConfig: values['print-config'],
  };
}

/** The text of `listinglint --help`. */
export const helpText = `listinglint [paths or globs...]   lint listings (default: the config's include globs)
listinglint merge REPORT.json...  merge JSON reports of sharded runs
listinglint init                  write a starter config, watchlist and example listing here
listinglint mcp                   serve the linter to agents (Model Context Protocol, stdio)
listinglint lsp --stdio           serve the linter to editors (Language Server Protocol)
listinglint triage NOTICE [--listing FILE | --sku SKU] [--registry FILE]... [--format F] [-o FILE]
                                  judge an infringement notice against the listing (docs/triage.md)
listinglint registry import FILE... [--marks LIST|@FILE] -o watchlist.yaml
                                  USPTO trademark XML (daily/annual case files) → a watchlist

Options:
  -c, --config FILE          config file (default: listinglint.config.* searched upward)
  -w, --watchlist FILE       extra watchlist file (repeatable)
  -f, --format NAME          terminal (default) | json | sarif | github | html | an installed
                             listinglint-reporter-NAME package
  -o, --output FILE          write the report to FILE (a summary still goes to stderr)
      --no-ocr               skip images
      --cache / --no-cache   use the text and OCR caches (default: on)
      --cache-location DIR   default: node_modules/.cache/listinglint in the project root
      --concurrency N        worker threads for text and OCR (default: available cores)
      --max-warnings N       exit 1 when there are more than N warnings
      --fail-on LEVEL        error (default) | warning | info: lowest severity that fails
      --baseline FILE        suppress the findings recorded in FILE
      --update-baseline      write the current findings to the --baseline FILE
      --changed-since REF    lint only listings changed since the git REF
      --shard K/N            lint shard K of N (listing files partitioned by path hash)
      --report-unused-disables  report disable comments that suppress nothing
      --stdin                lint one listing read from standard input
      --stdin-filename NAME  the file name it is linted as (default: stdin.md)
      --print-config FILE    print the effective config for FILE as JSON
      --verbose              code frames for every finding, suppressed findings listed
  -q, --quiet                report errors only (warnings still count for --max-warnings)
      --color / --no-color   force colour on or off (default: on a TTY, honours NO_COLOR)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors, 2 usage or
config error. Docs: https://github.com/listinglint/listinglint/tree/main/docs
`;

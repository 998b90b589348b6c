import { Worker } from 'node:worker_threads';
import type { ConfiguredRule } from '../kernel/lint-listing.js';
import { builtinRules, CUSTOM_PREFIX } from '../rules/index.js';
import type { Mark, RunFacts } from '../types.js';
import type { FileOutcome } from './file-outcome.js';
import type { FileLinter } from './lint-file.js';
import type { ListingText } from './read-listing-texts.js';
import type { SerialisedRunContext } from './run-context.js';

/** What a worker needs to lint like the main thread; plain data, cloned once per worker. */
export interface WorkerSetup {
  context: SerialisedRunContext;
  marks: Mark[];
  watchlistFiles: string[];
  watchlistHash: string;
  facts: RunFacts;
}

/** A message to a worker. */
export type ToWorker = { kind: 'setup'; setup: WorkerSetup } | { kind: 'lint'; batch: number; inputs: ListingText[] };

/** A worker's answer to one batch. */
export type FromWorker = { batch: number; outcomes: FileOutcome[] } | { batch: number; error: string };

/** Files per message: small enough to balance the threads, large enough that messaging is noise. */
const BATCH = 64;
/** Batches queued per worker, so that it never waits while the main thread lints its own batch. */
const IN_FLIGHT = 2;

/**
 * Whether every rule is a built-in one or a config `customRules` one, which a worker can load by id
 * (custom ones it builds from the settings it is sent); a plugin rule cannot cross threads.
 */
export function workerCanRun(rules: ConfiguredRule[]): boolean {
  return rules.every(({ rule }) => builtinRules.get(rule.id) === rule || rule.id.startsWith(CUSTOM_PREFIX));
}

/** Lint worker threads sharing a queue of files with the main thread. */
export class LintPool {
  /** Batches the workers linted (the rest ran on the main thread). */
  workerBatches = 0;

  private constructor(private readonly workers: Worker[]) {}

  /** Starts `count` workers now, so that they load while the main thread prepares the watchlist. */
  static start(count: number): LintPool {
    // Parsing allocates many short-lived objects: a larger young generation spends less time in GC.
    const resourceLimits = { maxYoungGenerationSizeMb: 64 };
    if (!import.meta.url.endsWith('.ts')) {
      const script = new URL('./lint-worker.js', import.meta.url);
      return new LintPool(Array.from({ length: count }, () => new Worker(script, { resourceLimits })));
    }
    // Run from TypeScript sources (tests under tsx): `--import tsx` in execArgv registers its
    // loader too late for the worker's own entry module, so register it first, then import.
    const script = new URL('./lint-worker.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
    return new LintPool(Array.from({ length: count }, () => new Worker(code, { eval: true, resourceLimits })));
  }

  /** Hands every worker what it needs to lint. */
  setup(setup: WorkerSetup): void {
    for (const worker of this.workers) worker.postMessage({ kind: 'setup', setup } satisfies ToWorker);
  }

  /**
   * Lints `inputs` on the workers and the main thread (`lintHere`), in batches taken from one
   * queue; outcomes come back in input order. A worker that fails hands its batches back to the queue.
   */
  async run(inputs: ListingText[], lintHere: FileLinter): Promise<FileOutcome[]> {
    const outcomes: FileOutcome[] = new Array(inputs.length);
    const queue: number[] = [];
    for (let start = 0; start < inputs.length; start += BATCH) queue.push(start);
    let open = queue.length;
    let wake: () => void = () => {};
    const settle = (start: number, results: FileOutcome[]) => {
      results.forEach((outcome, i) => (outcomes[start + i] = outcome));
      open -= 1;
      wake();
    };

    const feeders = this.workers.map((worker) => {
      const pending = new Set<number>();
      let alive = true;
      const feed = () => {
        while (alive && pending.size < IN_FLIGHT && queue.length > 0) {
          const start = queue.shift()!;
          pending.add(start);
          worker.postMessage({ kind: 'lint', batch: start, inputs: inputs.slice(start, start + BATCH) } satisfies ToWorker);
        }
      };
      const fail = () => {
        alive = false;
        queue.unshift(...pending);
        pending.clear();
        wake();
      };
      worker.on('message', (message: FromWorker) => {
        // A batch handed back already (this worker failed) is another lane's now: its answer is dropped.
        if (!pending.delete(message.batch)) return;
        if ('error' in message) {
          queue.unshift(message.batch);
          fail();
          return;
        }
        this.workerBatches += 1;
        settle(message.batch, message.outcomes);
        feed();
      });
      worker.on('error', fail);
      worker.on('exit', fail);
      return feed;
    });

    for (const feed of feeders) feed();
    while (open > 0) {
      const start = queue.shift();
      if (start === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      settle(start, inputs.slice(start, start + BATCH).map(lintHere));
      // Let worker answers in, so that their queues are refilled between our batches.
      await new Promise<void>((resolve) => setImmediate(resolve));
      for (const feed of feeders) feed();
    }
    return outcomes;
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

import { parentPort } from 'node:worker_threads';
import { compileMatcher } from '../match/index.js';
import { builtinRules, customRules } from '../rules/index.js';
import { prepareFormats } from '../formats/index.js';
import { restoreRunContext } from './run-context.js';
import { fileLinter, type FileLinter } from './lint-file.js';
import type { FromWorker, ToWorker } from './lint-pool.js';

// A lint worker: compiles the matcher once from the marks it is sent, then lints batches of files,
// reading those left unread.
let lint: FileLinter | undefined;
let broken: string | undefined;
// Messages wait in the port's queue until the listener below is attached.
await prepareFormats();

parentPort!.on('message', (message: ToWorker) => {
  if (message.kind === 'setup') {
    const { setup } = message;
    try {
      lint = fileLinter({
        run: restoreRunContext(setup.context, new Map([...builtinRules, ...customRules(setup.context.settings)])),
        watchlist: {
          marks: new Map(setup.marks.map((mark) => [mark.id, mark])),
          matcher: compileMatcher(setup.marks),
          files: setup.watchlistFiles,
          hash: setup.watchlistHash,
        },
        facts: setup.facts,
      });
    } catch (error) {
      // A setup this worker cannot use: it answers every batch with the error, and the other lanes lint them.
      broken = String((error as Error)?.stack ?? error);
    }
    return;
  }
  let answer: FromWorker;
  try {
    if (broken !== undefined || lint === undefined) throw new Error(broken ?? 'lint worker: no setup');
    answer = { batch: message.batch, outcomes: message.inputs.map(lint) };
  } catch (error) {
    answer = { batch: message.batch, error: String((error as Error)?.stack ?? error) };
  }
  parentPort!.postMessage(answer);
});

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as reporter from '../src/index.js';

test('exports formatTerminal, also as default, the summary and colour detection', () => {
  assert.equal(Object.keys(reporter).sort(), ['default', 'formatTerminal', 'formatTerminalSummary', 'shouldUseColor']);
  assert.is(reporter.default, reporter.formatTerminal);
});

test.run();

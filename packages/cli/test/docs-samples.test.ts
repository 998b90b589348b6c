import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

// The JSON sample in docs/formats.md is a finding of the example repository's expected report.
const docs = readFileSync(new URL('../../../docs/formats.md', import.meta.url), 'utf8');
const expected = JSON.parse(readFileSync(new URL('../../../fixtures/example.expected.json', import.meta.url), 'utf8'));

test('the JSON sample in docs/formats.md is taken from fixtures/example.expected.json', () => {
  const block = /```json\n([\s\S]*?)\n```/.exec(docs);
  assert.ok(block, 'docs/formats.md has a JSON sample');
  const sample = JSON.parse(block![1]);
  assert.is(sample.version, expected.version);
  assert.equal(sample.summary, expected.summary);
  for (const result of sample.results) {
    const real = expected.results.find((candidate: { filePath: string }) => candidate.filePath === result.filePath);
    assert.ok(real, result.filePath);
    for (const finding of result.findings) assert.ok(real.findings.some((other: unknown) => JSON.stringify(other) === JSON.stringify(finding)), finding.message);
  }
});

// The terminal samples in docs/formats.md and the README are the built CLI's output on the example.
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const example = new URL('../../../fixtures/example/', import.meta.url);
const bin = new URL('../bin/listinglint.js', import.meta.url);

function terminalSample(markdown: string, command: string): { command: string; block: string } | undefined {
  const at = markdown.indexOf(command);
  const block = /```\n([\s\S]*?)```/.exec(markdown.slice(at));
  return at < 0 || !block ? undefined : { command, block: block[1] };
}

test('the terminal samples in docs/formats.md and README.md are what the CLI prints on fixtures/example', () => {
  const args = ['--no-ocr', 'listings/electronics/wireless-earbuds.md', 'listings/electronics/usb-c-cable.md'];
  const run = spawnSync(process.execPath, [bin.pathname, '--no-cache', ...args], { cwd: example, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.is(run.status, 1, run.stderr);
  const command = `listinglint ${args.join(' ')}`;
  for (const [name, markdown] of [['docs/formats.md', docs], ['README.md', readme]]) {
    const sample = terminalSample(markdown, command);
    assert.ok(sample, `${name} shows \`${command}\``);
    assert.fixture(sample!.block, run.stdout);
  }
  // Every line but code frames fits 100 columns.
  assert.equal(run.stdout.split('\n').filter((line) => [...line].length > 100 && !/^\s+\d* +\|/.test(line)), []);
});

test('the HTML report screenshot the docs show exists (made by packages/reporter-html/test/chromium.test.ts)', () => {
  assert.ok(docs.includes('![The HTML report of two listings of the example repository](images/html-report.png)'));
  assert.ok(existsSync(new URL('../../../docs/images/html-report.png', import.meta.url)));
});

test.run();

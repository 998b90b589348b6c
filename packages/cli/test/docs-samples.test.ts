import { readFileSync } from 'node:fs';
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

test.run();

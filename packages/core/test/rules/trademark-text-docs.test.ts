import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { trademarkTextRule as rule } from '../../src/rules/trademark/text.js';
import type { LintSettings, Mark, Registration } from '../../src/types.js';
import { listing, runRule, settings, watchlist, type ListingSpec } from '../legal/fixture-listing.js';

const doc = readFileSync(new URL('../../../../docs/rules/trademark/text.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```yaml title="(\w+)"\n([\s\S]*?)```/g)].map(([, title, body]) => ({ title, body }));

interface WrittenMark extends Partial<Omit<Mark, 'registrations'>> {
  registrations: Array<Partial<Registration> & { office: string; number: string; classes: number[] }>;
}

const written: WrittenMark[] = parse(blocks.find((block) => block.title === 'watchlist')?.body ?? '').marks;
const marks: Mark[] = written.map((entry) => ({
  id: entry.id ?? '',
  mark: entry.mark ?? '',
  owner: entry.owner ?? '',
  famous: entry.famous ?? false,
  variants: entry.variants ?? [],
  genericPhrases: entry.genericPhrases ?? [],
  registrations: entry.registrations.map((registration) => ({ status: 'registered', ...registration })),
  source: { file: 'docs/rules/trademark/text.md', line: 1 },
}));

const examples = suite('docs/rules/trademark/text.md examples');
const runnable = blocks.filter((block) => block.title === 'incorrect' || block.title === 'correct');

examples('the doc has its watchlist and examples of both kinds', () => {
  assert.is(marks.length, 3);
  assert.is(runnable.filter((block) => block.title === 'incorrect').length, 7);
  assert.is(runnable.filter((block) => block.title === 'correct').length, 7);
});

for (const block of runnable) {
  const expected = /^# expect: (.+)$/m.exec(block.body)?.[1].split(',').map((severity) => severity.trim());
  const config: Partial<LintSettings> = parse(/^# config: (.+)$/m.exec(block.body)?.[1] ?? '{}');
  const spec: ListingSpec = parse(block.body);
  examples(`${block.title}: ${spec.title}`, () => {
    const facts = runRule(rule, listing(spec), settings(config), watchlist(marks));
    assert.equal(facts.map((fact) => fact.severity), expected?.[0] === 'none' ? [] : expected);
  });
}

examples.run();

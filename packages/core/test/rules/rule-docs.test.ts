import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { lintListing, type ConfiguredRule } from '../../src/kernel/lint-listing.js';
import { readListingFile } from '../../src/formats/index.js';
import { loadMarkdownParser } from '../../src/formats/markdown-body.js';
import { builtinRules } from '../../src/rules/index.js';
import type { LintSettings } from '../../src/types.js';
import { compileWatchlist } from '../../src/watchlist/index.js';

await loadMarkdownParser();

const docsRoot = fileURLToPath(new URL('../../../../docs/rules', import.meta.url));

function docFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? docFiles(file) : name.endsWith('.md') && name !== 'README.md' ? [file] : [];
  });
}

const meta = suite('every rule is registered and documented');

meta('each registered rule has docs/rules/<id>.md, and each doc a registered rule', () => {
  const documented = docFiles(docsRoot).map((file) => path.relative(docsRoot, file).replace(/\.md$/, '').split(path.sep).join('/')).sort();
  assert.equal(documented, [...builtinRules.keys()].sort());
});

meta('the rules index links every rule', () => {
  const index = readFileSync(path.join(docsRoot, 'README.md'), 'utf8');
  for (const id of builtinRules.keys()) assert.ok(index.includes(`(${id}.md)`), `docs/rules/README.md lacks ${id}`);
});

meta('rule ids are their file paths and every message placeholder is a word', () => {
  for (const [id, rule] of builtinRules) {
    assert.is(rule.id, id);
    assert.ok(existsSync(fileURLToPath(new URL(`../../src/rules/${id}.ts`, import.meta.url))), id);
    for (const template of Object.values(rule.meta.messages)) assert.not.match(template, /\{\{(?!\s*\w+\s*\}\})/);
  }
});

meta.run();

// Examples in rule docs: a `yaml title="watchlist"` block and `yaml title="incorrect|correct"`
// blocks of front matter with `# expect: <severities|none>` and optionally `# config: {…}`,
// run through the real watchlist compiler, listing reader, matcher and kernel.
const examples = suite('rule doc examples run through the real kernel');

for (const file of docFiles(docsRoot)) {
  const doc = readFileSync(file, 'utf8');
  const ruleId = path.relative(docsRoot, file).replace(/\.md$/, '').split(path.sep).join('/');
  const blocks = [...doc.matchAll(/```yaml title="(\w+)"\n([\s\S]*?)```/g)].map(([, title, body]) => ({ title, body }));
  const watchlistBlock = blocks.find((block) => block.title === 'watchlist');
  const runnable = blocks.filter((block) => /^# expect: /m.test(block.body));
  if (!watchlistBlock || runnable.length === 0) continue;
  const watchlist = compileWatchlist([{ file: path.relative(docsRoot, file), text: watchlistBlock.body }]);
  for (const block of runnable) {
    const expected = /^# expect: (.+)$/m.exec(block.body)![1].split(',').map((severity) => severity.trim());
    const config = parse(/^# config: (.+)$/m.exec(block.body)?.[1] ?? '{}') as Partial<LintSettings>;
    const source = `---\n${block.body}---\n`;
    examples(`${ruleId} ${block.title}: ${/^title: (.*)$/m.exec(block.body)?.[1] ?? ''}`, () => {
      const { result } = readListingFile(source, 'markdown', { file: 'example.md', absolutePath: '/repo/example.md', root: '/repo', cwd: '/repo' });
      assert.is(result.kind, 'listings');
      if (result.kind !== 'listings') return;
      const rules: ConfiguredRule[] = [...builtinRules.values()].map((rule) => ({ rule, severity: rule.meta.defaultSeverity }));
      const settings: LintSettings = {
        defaults: {},
        categories: {},
        authorizations: [],
        allow: [],
        today: '2026-06-01',
        minOcrConfidence: 0.6,
        ...config,
      };
      const findings = lintListing(result.listings[0], watchlist, rules, settings).filter((finding) => finding.ruleId === ruleId);
      assert.equal(findings.map((finding) => finding.severity), expected[0] === 'none' ? [] : expected);
    });
  }
}

examples.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lint, lintText, UsageError } from '../src/index.js';
import { scratchProject, smallWatchlist } from './cli-io.js';

const listing = (title: string, sku = 'A') => `---\nsku: ${sku}\nmarketplace: amazon.com\ncategory: shoes\ntitle: ${title}\n---\n`;
const root = scratchProject({
  'listinglint.config.yaml': 'include: ["listings/**/*.md"]\nwatchlists: [watchlist.yaml]\n',
  'watchlist.yaml': smallWatchlist,
  'listings/a.md': listing('Trail shoes like Nike'),
  'listings/b.md': listing('Plain trail shoes', 'B'),
});

const api = suite('Node API: lint and lintText load the project as the CLI does');

api('lint() lints the config include and returns the report object', async () => {
  const report = await lint({ cwd: root, ocr: false, today: '2026-06-01' });
  assert.is(report.version, 2);
  assert.equal(report.summary, { files: 2, listings: 2, images: 0, errors: 0, warnings: 1, infos: 0 });
  assert.equal(report.results.map((result) => [result.filePath, result.findings.map((f) => [f.ruleId, f.severity, f.markId, f.line, f.column, f.endColumn])]), [
    ['listings/a.md', [['trademark/text', 'warning', 'nike', 5, 25, 29]]],
    ['listings/b.md', []],
  ]);
});

api('lint({files}) lints only the files named', async () => {
  const report = await lint({ cwd: root, files: ['listings/b.md'], ocr: false });
  assert.equal(report.results.map((result) => result.filePath), ['listings/b.md']);
  assert.is(report.summary.errors, 0);
});

api('lintText() lints text as the file filePath, with the same config; the file need not exist', async () => {
  const report = await lintText(listing('Sony headphone case'), { cwd: root, filePath: 'listings/new.md', ocr: false });
  assert.is(report.results.length, 1);
  const [result] = report.results;
  assert.is(result.filePath, 'listings/new.md');
  assert.equal(result.findings.map((f) => [f.ruleId, f.markId, f.matchedText, f.line, f.column, f.severity]), [['trademark/text', 'sony', 'Sony', 5, 8, 'warning']]);
});

api('lintText() with extra watchlists and an explicit config', async () => {
  const other = scratchProject({ 'cfg.json': '{ "$schema": "https://raw.githubusercontent.com/listinglint/listinglint/main/docs/schemas/config.schema.json" }\n', 'w.yaml': smallWatchlist });
  const report = await lintText(listing('N1KE shoes'), { cwd: other, filePath: 'x.md', config: 'cfg.json', watchlists: ['w.yaml'], ocr: false });
  assert.equal(report.results[0].findings.map((f) => [f.markId, f.matchedText, f.column]), [['nike', 'N1KE', 8]]);
});

api('lintText() of text that holds no listing gets the parse-error finding', async () => {
  const report = await lintText('# Just notes\n', { cwd: root, filePath: 'listings/notes.md', ocr: false });
  assert.equal(report.results[0].findings.map((f) => f.ruleId), ['listing/parse-error']);
});

api('a project without a watchlist throws a UsageError; a bad config a ConfigError naming file, line and key', async () => {
  const bare = scratchProject({ 'a.md': listing('Shoes') });
  const error = await lint({ cwd: bare }).catch((caught: unknown) => caught);
  assert.instance(error, UsageError);
  const bad = scratchProject({ 'listinglint.config.yaml': 'watchlists: [w.yaml]\nrulez: {}\n', 'w.yaml': smallWatchlist });
  const configError = (await lintText('x', { cwd: bad, filePath: 'a.md' }).catch((caught: unknown) => caught)) as Error;
  assert.is(configError.name, 'ConfigError');
  assert.is(configError.message, 'listinglint.config.yaml:2: `rulez`: unknown key (expected one of: include, ignore, watchlists, rules, defaults, categories, authorizations, allow, seller, ocr, cache, formats, images, copyright, presets, customRules)');
});

api.run();

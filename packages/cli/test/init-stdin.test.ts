import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, scratchProject, smallWatchlist } from './cli-io.js';

const listing = '---\nsku: A\nmarketplace: amazon.com\ncategory: shoes\ntitle: N1KE trail shoes\n---\n';

/** Runs the CLI with `input` on standard input. */
const withStdin = (argv: string[], cwd: string, input: string) => runCli(argv, cwd, {}, { stdin: Readable.from([Buffer.from(input)]) });

const init = suite('listinglint init');

init('writes a config, a watchlist and an example listing; the first run shows one finding (exit 1)', async () => {
  const root = scratchProject({});
  const written = await runCli(['init'], root);
  assert.is(written.code, 0);
  assert.is(written.stdout, 'Wrote listinglint.config.yaml, watchlist.yaml, listings/example.md.\nNext: npx listinglint   (lints the example listing: one finding)\n');
  assert.match(readFileSync(path.join(root, 'watchlist.yaml'), 'utf8'), '    owner: Nike, Inc.     # shown in every message');
  const run = await runCli(['--no-cache', '-f', 'json'], root);
  assert.is(run.code, 1);
  const report = JSON.parse(run.stdout) as { results: { filePath: string; findings: { ruleId: string; markId: string; line: number; column: number }[] }[] };
  assert.equal(report.results.map((r) => [r.filePath, r.findings.map((f) => [f.ruleId, f.markId, f.line, f.column])]), [['listings/example.md', [['trademark/text', 'nike', 8, 38]]]]);
  // docs/getting-started.md shows this first run.
  const terminal = await runCli(['--no-cache'], root);
  const shown = terminal.stdout.split('\n').slice(0, 2).join('\n');
  assert.is(shown.split('\n')[1].trimStart().slice(0, 12), '8:38  error ');
  assert.ok(readFileSync(new URL('../../../docs/getting-started.md', import.meta.url), 'utf8').includes(`\n${shown}\n`), `docs/getting-started.md shows:\n${shown}`);
});

init('never overwrites: exits 2 naming the file that exists, and writes nothing', async () => {
  const root = scratchProject({ 'watchlist.yaml': 'mine\n' });
  const run = await runCli(['init'], root);
  assert.is(run.code, 2);
  assert.is(run.stderr, 'listinglint: watchlist.yaml already exists: listinglint init never overwrites; remove it or edit it by hand\n');
  assert.is(readFileSync(path.join(root, 'watchlist.yaml'), 'utf8'), 'mine\n');
  assert.throws(() => readFileSync(path.join(root, 'listinglint.config.yaml')));
});

init('another config file name counts too', async () => {
  const run = await runCli(['init'], scratchProject({ 'listinglint.config.json': '{}' }));
  assert.is(run.code, 2);
  assert.is(run.stderr, 'listinglint: listinglint.config.json already exists: listinglint init never overwrites; remove it or edit it by hand\n');
});

init.run();

const stdin = suite('--stdin, --print-config and $schema');
const project = () =>
  scratchProject({
    'listinglint.config.yaml': 'watchlists: [watchlist.yaml]\nignore: ["drafts/**"]\nrules:\n  listing/duplicate-sku: warn\npresets:\n  myshop.example: amazon\n  walmart.com: false\n',
    'watchlist.yaml': smallWatchlist,
  });

stdin('--stdin lints standard input as --stdin-filename (exit 1 on an error)', async () => {
  const run = await withStdin(['--stdin', '--stdin-filename', 'listings/new.md', '-f', 'json', '--no-cache'], project(), listing);
  assert.is(run.code, 1);
  const report = JSON.parse(run.stdout) as { results: { filePath: string; findings: { markId: string; matchedText: string; line: number; column: number }[] }[] };
  assert.equal(report.results.map((r) => [r.filePath, r.findings.map((f) => [f.markId, f.matchedText, f.line, f.column])]), [['listings/new.md', [['nike', 'N1KE', 5, 8]]]]);
});

stdin('--stdin without a file name is linted as stdin.md; naming files too is a usage error', async () => {
  const run = await withStdin(['--stdin', '-f', 'json', '--no-cache'], project(), '---\nsku: B\ntitle: Plain shoes\n---\n');
  assert.is(run.code, 0);
  assert.equal((JSON.parse(run.stdout) as { results: { filePath: string }[] }).results.map((r) => r.filePath), ['stdin.md']);
  const both = await withStdin(['--stdin', 'a.md'], project(), listing);
  assert.is(both.code, 2);
  assert.is(both.stderr, 'listinglint: --stdin lints standard input: name no files (got `a.md`)\n');
  const lonely = await runCli(['--stdin-filename', 'a.md'], project());
  assert.is(lonely.stderr, 'listinglint: --stdin-filename needs --stdin\n');
});

stdin('--print-config FILE prints the effective config for the file', async () => {
  const run = await runCli(['--print-config', 'drafts/a.md'], project());
  assert.is(run.code, 0);
  const printed = JSON.parse(run.stdout) as Record<string, unknown>;
  assert.equal(Object.keys(printed).slice(0, 5), ['filePath', 'configFile', 'root', 'format', 'ignored']);
  assert.is(printed.filePath, 'drafts/a.md');
  assert.is(printed.configFile, 'listinglint.config.yaml');
  assert.is(printed.format, 'markdown');
  assert.is(printed.ignored, true);
  assert.equal(printed.watchlists, ['watchlist.yaml']);
  assert.equal(printed.ignore, ['drafts/**']);
  assert.equal(printed.seller, { brands: [] });
  const inEffect = printed.presetsInEffect as Record<string, string | false>;
  assert.equal(
    ['amazon.com', 'amazon.de', 'ebay.co.uk', 'etsy.com', 'walmart.com', 'myshop.example', 'shopify'].map((marketplace) => [marketplace, inEffect[marketplace]]),
    [['amazon.com', 'amazon'], ['amazon.de', 'amazon'], ['ebay.co.uk', 'ebay'], ['etsy.com', 'etsy'], ['walmart.com', false], ['myshop.example', 'amazon'], ['shopify', false]],
  );
  const rules = printed.rules as Record<string, unknown>;
  assert.is(rules['listing/duplicate-sku'], 'warning');
  assert.is(rules['trademark/text'], 'error');
});

stdin('a JSON config and a JSON watchlist may carry $schema; it must be a string', async () => {
  const root = scratchProject({
    'listinglint.config.json': JSON.stringify({ $schema: 'https://raw.githubusercontent.com/listinglint/listinglint/main/docs/schemas/config.schema.json', watchlists: ['w.json'] }),
    'w.json': JSON.stringify({ $schema: 'https://raw.githubusercontent.com/listinglint/listinglint/main/docs/schemas/watchlist.schema.json', marks: [{ id: 'sony', mark: 'SONY' }] }),
    'a.md': '---\nsku: A\nmarketplace: amazon.com\ncategory: electronics\ntitle: Sony case\n---\n',
  });
  const run = await runCli(['--no-cache', '-f', 'json'], root);
  assert.is(run.code, 0);
  assert.equal((JSON.parse(run.stdout) as { results: { findings: { markId: string }[] }[] }).results[0].findings.map((f) => f.markId), ['sony']);
  const bad = scratchProject({ 'listinglint.config.json': '{\n  "$schema": 7,\n  "watchlists": []\n}\n' });
  const refused = await runCli(['--print-config', 'a.md'], bad);
  assert.is(refused.code, 2);
  assert.match(refused.stderr, /^listinglint: listinglint\.config\.json:2: `\$schema`: /);
});

stdin.run();

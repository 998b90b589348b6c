import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, scratchProject, smallWatchlist } from './cli-io.js';

const config = 'watchlists: [watchlist.yaml]\n';
const fm = (title: string, category = 'electronics') => `---\nsku: S-${title.length}\nmarketplace: amazon.com\ncategory: ${category}\nbrand: Voltix\ntitle: ${title}\n---\n`;

const codes = suite('exit codes');

codes('0 when nothing is found', async () => {
  const root = scratchProject({ 'listinglint.config.yaml': config, 'watchlist.yaml': smallWatchlist, 'a.md': fm('Voltix USB cable') });
  const { code } = await runCli(['--no-cache'], root);
  assert.is(code, 0);
});

codes('1 when there is an error', async () => {
  const root = scratchProject({ 'listinglint.config.yaml': config, 'watchlist.yaml': smallWatchlist, 'a.md': fm('Voltix SONY style headphones') });
  const { code } = await runCli(['--no-cache'], root);
  assert.is(code, 1);
});

codes('warnings pass by default, fail with --max-warnings 0 or --fail-on warning', async () => {
  const root = scratchProject({ 'listinglint.config.yaml': config, 'watchlist.yaml': smallWatchlist, 'a.md': fm('Voltix case compatible with SONY Xperia 1') });
  assert.is((await runCli(['--no-cache'], root)).code, 0);
  assert.is((await runCli(['--no-cache', '--max-warnings', '1'], root)).code, 0);
  assert.is((await runCli(['--no-cache', '--max-warnings', '0'], root)).code, 1);
  assert.is((await runCli(['--no-cache', '--fail-on', 'warning'], root)).code, 1);
});

codes('a broken listing is a finding and the other files are still linted', async () => {
  const root = scratchProject({
    'listinglint.config.yaml': config,
    'watchlist.yaml': smallWatchlist,
    'a.md': '---\nsku: A\ntitle: "unterminated\n---\n',
    'b.md': fm('Voltix SONY style headphones'),
  });
  const { code, stdout } = await runCli(['--no-cache', '--format', 'json'], root);
  assert.is(code, 1);
  const report = JSON.parse(stdout);
  assert.equal(
    report.results.map((r: { filePath: string; findings: { ruleId: string; line: number }[] }) => [r.filePath, r.findings.map((f) => `${f.ruleId}@${f.line}`)]),
    [['a.md', ['listing/parse-error@3']], ['b.md', ['trademark/text@6']]],
  );
});

codes('a file named on the command line that is not a listing is reported', async () => {
  const root = scratchProject({ 'listinglint.config.yaml': config, 'watchlist.yaml': smallWatchlist, 'README.md': '# Hello\n' });
  const { code, stdout } = await runCli(['--no-cache', '--format', 'json', 'README.md'], root);
  assert.is(code, 1);
  assert.is(JSON.parse(stdout).results[0].findings[0].message, 'This file is not a listing (no front matter with `title`, `bullets` or `sku`, and no listing header row of a known bulk file); it was named on the command line, so it is reported');
});

codes.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, scratchProject, smallWatchlist } from './cli-io.js';

const reporters = suite('reporters by name');

const project = (extra: Record<string, string> = {}) =>
  scratchProject({
    'listinglint.config.yaml': 'watchlists: [watchlist.yaml]\n',
    'watchlist.yaml': smallWatchlist,
    'a.md': '---\nsku: A\nmarketplace: amazon.com\ncategory: electronics\ntitle: SONY style headphones\n---\n',
    ...extra,
  });

reporters('an installed listinglint-reporter-<name> package is loaded by its name', async () => {
  const root = project({
    'node_modules/listinglint-reporter-count/package.json': '{ "name": "listinglint-reporter-count", "type": "module", "main": "index.js" }',
    'node_modules/listinglint-reporter-count/index.js':
      'export default (report, options) => `${report.summary.errors} errors in ${report.results.map((r) => r.filePath).join(",")} (verbose: ${options.verbose})`;\n',
  });
  const { code, stdout } = await runCli(['--no-cache', '--format', 'count'], root);
  assert.equal([code, stdout], [1, '1 errors in a.md (verbose: false)\n']);
});

reporters('a package without a default function is a usage error', async () => {
  const root = project({
    'node_modules/listinglint-reporter-broken/package.json': '{ "name": "listinglint-reporter-broken", "type": "module", "main": "index.js" }',
    'node_modules/listinglint-reporter-broken/index.js': 'export const notDefault = 1;\n',
  });
  const { code, stderr } = await runCli(['--no-cache', '--format', 'broken'], root);
  assert.equal([code, stderr], [2, 'listinglint: The reporter `broken` does not export a default function\n']);
});

reporters('--format github appends a job summary when GITHUB_STEP_SUMMARY is set', async () => {
  const root = project();
  const summary = `${root}/summary.md`;
  const { code, stdout } = await runCli(['--no-cache', '--format', 'github'], root, { GITHUB_STEP_SUMMARY: summary });
  assert.is(code, 1);
  assert.match(stdout, /^::error file=a\.md,line=5,col=8,endLine=5,endColumn=12,title=trademark\/text \(listinglint\)::/);
  const { readFileSync } = await import('node:fs');
  const lines = readFileSync(summary, 'utf8').split('\n');
  assert.equal(lines.slice(0, 3), ['## listinglint', '', '**1 problem** (1 error, 0 warnings, 0 info): 1 file, 1 listing, 0 images checked.']);
  assert.is(lines.filter((line) => line.startsWith('| ❌ error | `a.md` | 5:8 |')).length, 1);
});

reporters.run();

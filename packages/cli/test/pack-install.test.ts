// Slow (about three minutes: a pack and one `npm install` from the npm registry): the packages
// as a user installs them, in a project outside this repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const pack = suite('pnpm release:pack, then npm install of the tarballs in another project');

pack('the tarballs install with npm and the CLI, the API and the schemas work there', () => {
  const printed = execFileSync(process.execPath, [path.join(repo, 'scripts', 'release-pack.mjs')], { cwd: repo, encoding: 'utf8' });
  const tarballs = printed.trim().split('\n');
  assert.equal(tarballs.map((file) => path.basename(file)), [
    'listinglint-0.1.0.tgz',
    'listinglint-core-0.1.0.tgz',
    'listinglint-reporter-github-0.1.0.tgz',
    'listinglint-reporter-html-0.1.0.tgz',
    'listinglint-reporter-json-0.1.0.tgz',
    'listinglint-reporter-sarif-0.1.0.tgz',
    'listinglint-reporter-terminal-0.1.0.tgz',
    'listinglint-types-0.1.0.tgz',
  ]);
  for (const tarball of tarballs) {
    const manifest = execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' });
    assert.not.match(manifest, 'workspace:', `${path.basename(tarball)} still has a workspace: range`);
  }
  const cliManifest = JSON.parse(execFileSync('tar', ['-xzOf', tarballs[0], 'package/package.json'], { encoding: 'utf8' })) as { dependencies: Record<string, string> };
  assert.is(cliManifest.dependencies['@listinglint/core'], '0.1.0');
  const listed = execFileSync('tar', ['-tzf', tarballs[0]], { encoding: 'utf8' }).split('\n');
  assert.equal(listed.filter((name) => name.startsWith('package/schemas/')).sort(), [
    'package/schemas/config.schema.json',
    'package/schemas/report-v1.schema.json',
    'package/schemas/report.schema.json',
    'package/schemas/triage.schema.json',
    'package/schemas/watchlist.schema.json',
  ]);

  const project = mkdtempSync(path.join(tmpdir(), 'listinglint-install-'));
  writeFileSync(path.join(project, 'package.json'), '{ "name": "a-seller", "private": true }\n');
  // As docs/getting-started.md says: skip onnxruntime-node's download of GPU libraries.
  const env = { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip', NO_COLOR: '1' };
  const install = spawnSync('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs], { cwd: project, env, encoding: 'utf8' });
  assert.is(install.status, 0, install.stderr);
  const installed = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  assert.ok(installed.devDependencies.listinglint.startsWith('file:'));

  const bin = path.join(project, 'node_modules', '.bin', 'listinglint');
  const run = (args: string[]) => spawnSync(bin, args, { cwd: project, env, encoding: 'utf8' });
  assert.is(run(['--version']).stdout, '0.1.0\n');
  assert.is(run(['init']).status, 0);
  const linted = run(['--no-cache', '-f', 'json']);
  assert.is(linted.status, 1, linted.stderr);
  const report = JSON.parse(linted.stdout) as { results: Array<{ filePath: string; findings: Array<{ ruleId: string; markId: string; line: number; column: number }> }> };
  assert.equal(report.results.map((r) => [r.filePath, r.findings.map((f) => [f.ruleId, f.markId, f.line, f.column])]), [['listings/example.md', [['trademark/text', 'nike', 8, 38]]]]);

  // The Node API and the shipped schemas, imported from the installed package.
  const script = `import { lintText } from 'listinglint';
import { createRequire } from 'node:module';
const report = await lintText('---\\nsku: Q\\nmarketplace: amazon.com\\ncategory: shoes\\ntitle: N1KE shoes\\n---\\n', { filePath: 'listings/q.md', ocr: false });
const schema = createRequire(import.meta.url)('listinglint/schemas/config.schema.json');
console.log(JSON.stringify([report.summary.errors, report.results[0].findings[0].matchedText, schema.$id]));`;
  const api = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, env, encoding: 'utf8' });
  assert.is(api.stderr, '');
  assert.equal(JSON.parse(api.stdout), [1, 'N1KE', 'https://raw.githubusercontent.com/listinglint/listinglint/main/docs/schemas/config.schema.json']);
});

pack.run();

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lintFiles } from '../../src/engine/run.js';
import { corpusOptions } from './small-corpus.js';

// The prefilter skips the watchlist scan of a file where no mark can be; the body is still read,
// because the claim and house rules read it whatever the watchlist holds.
test('a Markdown body is read for the claim and house rules whether or not it may hold a mark', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'listinglint-body-'));
  const front = (sku: string) => `---\nsku: ${sku}\nmarketplace: amazon.com\ncategory: home-and-kitchen\ntitle: "Cutting board"\n---\n`;
  const body = 'Kills 99% of germs. Also on eBay.\n';
  const files = [path.join(dir, 'plain.md'), path.join(dir, 'marked.md')];
  writeFileSync(files[0], `${front('B-1')}${body}`);
  writeFileSync(files[1], `${front('B-2')}${body}Fits a Nike bag.\n`);
  const { report } = await lintFiles(corpusOptions(dir, files));
  const found = (file: string) =>
    report.results.find((result) => result.filePath === file)!.findings.map((finding) => [finding.ruleId, finding.line, finding.column, finding.field]);
  assert.equal(found('plain.md'), [
    ['claims/pesticide', 7, 1, 'description'],
    ['marketplace/other-marketplace', 7, 29, 'description'],
  ]);
  assert.equal(found('marked.md').slice(0, 2), found('plain.md'));
  assert.equal(found('marked.md')[2], ['trademark/text', 8, 8, 'description']);
  rmSync(dir, { recursive: true, force: true });
});

test.run();

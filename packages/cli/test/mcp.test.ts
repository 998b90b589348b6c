import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { scratchProject, smallWatchlist } from './cli-io.js';

const bin = fileURLToPath(new URL('../bin/listinglint.js', import.meta.url));
const listing = (title: string, sku = 'A') => `---\nsku: ${sku}\nmarketplace: amazon.com\ncategory: shoes\ntitle: ${title}\n---\n`;

type Result = { isError?: boolean; content: Array<{ type: string; text: string }>; structuredContent?: Record<string, unknown> };
interface StructuredReport {
  summary: Record<string, number>;
  results: Array<{ filePath: string; findings: Array<Record<string, unknown>> }>;
}

const mcp = suite('listinglint mcp (the SDK client over stdio)');

mcp('lists the tools, lints text and files, explains a mark, triages a notice, and reports a config problem as a tool error', async () => {
  const root = scratchProject({
    'listinglint.config.yaml': 'include: ["listings/**/*.md"]\nwatchlists: [watchlist.yaml]\n',
    'watchlist.yaml': smallWatchlist,
    'listings/a.md': listing('Sony phone stand', 'A'),
    'notices/sony.txt':
      'We removed your listing after a rights owner report.\n\nRights owner: Sony Group Corporation\nSKU: A\nInfringement type: Trademark\nTrademark: SONY\nTrademark number: 0751006\nComplaint ID: 5550001\n',
  });
  const transport = new StdioClientTransport({ command: process.execPath, args: [bin, 'mcp', '--cwd', root], stderr: 'inherit' });
  const client = new Client({ name: 'listinglint-test', version: '1.0.0' });
  await client.connect(transport);
  try {
    const { tools } = await client.listTools();
    assert.equal(tools.map((tool) => tool.name).sort(), ['explain_mark', 'lint_files', 'lint_text', 'triage_notice']);

    const text = (await client.callTool({ name: 'lint_text', arguments: { text: listing('N1KE trail shoes'), filePath: 'listings/new.md' } })) as Result;
    assert.is(text.isError, undefined);
    const report = text.structuredContent as unknown as StructuredReport;
    assert.equal(report.summary, { files: 1, listings: 1, images: 0, errors: 1, warnings: 0, infos: 0 });
    assert.equal(report.results.map((r) => [r.filePath, r.findings.map((f) => [f.ruleId, f.markId, f.matchedText, f.line, f.column, f.endColumn, f.severity])]), [
      ['listings/new.md', [['trademark/text', 'nike', 'N1KE', 5, 8, 12, 'error']]],
    ]);
    assert.is(text.content[0].text.split('\n')[0], '1 errors, 0 warnings, 0 infos in 1 files (1 listings)');

    const files = (await client.callTool({ name: 'lint_files', arguments: {} })) as Result;
    const filesReport = files.structuredContent as unknown as StructuredReport;
    assert.equal(filesReport.results.map((r) => [r.filePath, r.findings.map((f) => [f.markId, f.severity, f.line, f.column])]), [['listings/a.md', [['sony', 'warning', 5, 8]]]]);

    const outside = (await client.callTool({ name: 'lint_files', arguments: { files: ['../elsewhere.md'] } })) as Result;
    assert.is(outside.isError, true);
    assert.is(outside.content[0].text, `listinglint: ../elsewhere.md is outside the workspace ${root}`);

    const explained = (await client.callTool({ name: 'explain_mark', arguments: { mark: 'Nike', marketplace: 'amazon.com', category: 'shoes' } })) as Result;
    const explanation = explained.structuredContent as { mark: { id: string; owner: string; registrations: unknown[] }; uses: Array<{ use: string; findings: Array<{ severity: string; use?: string; cause?: string }> }> };
    assert.equal([explanation.mark.id, explanation.mark.owner, explanation.mark.registrations], ['nike', 'Nike, Inc.', [{ office: 'USPTO', number: '0978952', classes: [18, 25], status: 'registered' }]]);
    assert.equal(explanation.uses.map((use) => [use.use, use.findings.map((f) => [f.severity, f.use, f.cause])]), [
      ['as the first word of the title', [['error', 'brand', 'first-word']]],
      ['as compatibility', [['warning', 'nominative', 'compatibility']]],
      ['as a style comparison', [['error', 'counterfeit', 'counterfeit-phrase']]],
      ['with a counterfeit phrase', [['error', 'counterfeit', 'counterfeit-phrase']]],
    ]);
    const unknown = (await client.callTool({ name: 'explain_mark', arguments: { mark: 'zorblax' } })) as Result;
    assert.is(unknown.isError, true);

    // The notice's SKU finds the listing; SONY is registered for class 9 only and the listing sells shoes (class 25).
    const triaged = (await client.callTool({ name: 'triage_notice', arguments: { notice: 'notices/sony.txt' } })) as Result;
    assert.is(triaged.isError, undefined, triaged.content[0]?.text);
    const claims = (triaged.structuredContent as { claims: Array<{ mark: string; verdict: string; listing?: { filePath: string } }> }).claims;
    assert.equal(claims.map((claim) => [claim.mark, claim.listing?.filePath, claim.verdict]), [['SONY', 'listings/a.md', 'disputable:wrong-class']]);
    assert.is(triaged.content[0].text, 'SONY: disputable:wrong-class');
    const away = (await client.callTool({ name: 'triage_notice', arguments: { notice: '../notice.txt' } })) as Result;
    assert.equal([away.isError, away.content[0].text], [true, `listinglint: ../notice.txt is outside the workspace ${root}`]);

    // The config changes under the running server: a broken one is a tool error, a fixed one is used at once.
    writeFileSync(path.join(root, 'listinglint.config.yaml'), 'watchlists: [watchlist.yaml]\nrulez: {}\n');
    const broken = (await client.callTool({ name: 'lint_text', arguments: { text: listing('Shoes') } })) as Result;
    assert.equal([broken.isError, broken.content[0].text], [true, 'listinglint: listinglint.config.yaml:2: `rulez`: unknown key (expected one of: include, ignore, watchlists, rules, defaults, categories, authorizations, allow, seller, ocr, cache, formats, images, copyright, presets, customRules)']);
    writeFileSync(path.join(root, 'listinglint.config.yaml'), 'watchlists: [watchlist.yaml]\nrules:\n  trademark/text: warn\n');
    const fixed = (await client.callTool({ name: 'lint_text', arguments: { text: listing('N1KE trail shoes') } })) as Result;
    assert.equal((fixed.structuredContent as unknown as StructuredReport).summary, { files: 1, listings: 1, images: 0, errors: 0, warnings: 1, infos: 0 });
  } finally {
    await client.close();
  }
});

mcp.run();

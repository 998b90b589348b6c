import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, scratchProject, smallWatchlist } from './cli-io.js';

// House rules, restricted claims and custom rules through the built CLI, with the real config loader.

const config = `watchlists: [watchlist.yaml]
presets:
  myshop.example: amazon
  walmart.com: false
customRules:
  - id: no-cheap
    message: 'Avoid "{{match}}" in {{field}}: it cheapens the brand'
    existence: [cheap]
    fields: [title]
  - id: no-sku-in-text
    severity: error
    message: 'Internal code "{{match}}" in the copy'
    pattern: 'INT-[0-9]{4}'
    caseSensitive: true
    marketplaces: [amazon.*]
`;

const files = {
  'listinglint.config.yaml': config,
  'watchlist.yaml': smallWatchlist,
  'shop/board.md': '---\nsku: B-1\nmarketplace: myshop.example\ncategory: kitchen\nbrand: Woodly\ntitle: "Woodly Ch3ap Board™ - Antibacterial"\nkeywords: woodly board\n---\nINT-1234 is not linted here: the marketplace is no amazon store.\n',
  'shop/mug.md': '---\nsku: M-1\nmarketplace: amazon.de\ncategory: kitchen\nbrand: Woodly\ntitle: Woodly Mug\nbullets: ["FDA approved glaze, CE marked", "Code INT-0042 and int-0043"]\n---\n',
  'shop/walmart.md': '---\nsku: W-1\nmarketplace: walmart.com\ncategory: kitchen\nbrand: Woodly\ntitle: "Woodly™ Tray, also on Amazon"\n---\n',
};

const e2e = suite('policies end to end');

e2e('presets from the config, claims, and custom rules: exact findings per file', async () => {
  const result = await runCli(['--format', 'json', '--no-cache', '--no-ocr'], scratchProject(files));
  const report = JSON.parse(result.stdout) as { results: Array<{ filePath: string; findings: Array<{ ruleId: string; severity: string; line: number; column: number; message: string }> }> };
  const found = report.results.map((entry) => [entry.filePath, entry.findings.map((finding) => `${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId}`)]);
  assert.equal(found, [
    ['shop/board.md', [
      // An unknown shop has no territory for trademark law, whatever preset it gets.
      '3:14 warning listing/missing-marketplace',
      '6:16 warning custom/no-cheap',
      '6:27 warning marketplace/trademark-symbols',
      '6:31 error claims/pesticide',
      '7:11 warning marketplace/search-terms-brand',
    ]],
    ['shop/mug.md', [
      '7:12 warning claims/certification',
      '7:50 error custom/no-sku-in-text',
    ]],
    ['shop/walmart.md', []],
  ]);
  const messages = report.results.flatMap((entry) => entry.findings.filter((finding) => finding.ruleId.startsWith('custom/')).map((finding) => finding.message));
  assert.equal(messages, ['Avoid "Ch3ap" in title: it cheapens the brand', 'Internal code "INT-0042" in the copy']);
  assert.is(result.code, 1);
});

const errors = suite('presets and customRules config errors name file, line and key');

const cases: Array<[string, string, string]> = [
  ['unknown preset', 'presets:\n  walmart.com: walmrt\n', 'listinglint.config.yaml:3: `presets.walmart.com`: expected a preset (amazon, walmart, ebay, etsy) or false\n'],
  ['custom rule without a message', 'customRules:\n  - id: x\n    existence: [a]\n', 'listinglint.config.yaml:3: `customRules[0].message`: is required\n'],
  ['custom rule with both kinds', 'customRules:\n  - id: x\n    message: m\n    existence: [a]\n    pattern: b\n', 'listinglint.config.yaml:3: `customRules[0]`: needs either `existence` (a list of words) or `pattern` (a regular expression)\n'],
  ['bad custom id', 'customRules:\n  - id: No Cheap\n    message: m\n    existence: [a]\n', 'listinglint.config.yaml:3: `customRules[0].id`: expected lower-case letters, digits and dashes (the rule is reported as `custom/<id>`)\n'],
  ['invalid pattern', 'customRules:\n  - id: x\n    message: m\n    pattern: "a(b"\n', 'listinglint.config.yaml:5: `customRules[0].pattern`: not a valid regular expression: '],
  ['catastrophic pattern', 'customRules:\n  - id: x\n    message: m\n    pattern: "(a+)+$"\n', 'listinglint.config.yaml:5: `customRules[0].pattern`: could backtrack catastrophically on a long field: a repeated group holds another repetition (like `(a+)+`); rewrite it without nested repetition\n'],
  ['unknown custom key', 'customRules:\n  - id: x\n    message: m\n    words: [a]\n', 'listinglint.config.yaml:5: `customRules[0].words`: unknown key (expected one of: id, message, severity, existence, pattern, caseSensitive, fields, marketplaces)\n'],
  ['duplicate custom id', 'customRules:\n  - { id: x, message: m, existence: [a] }\n  - { id: x, message: m, existence: [b] }\n', 'listinglint.config.yaml:4: `customRules[1].id`: `custom/x` is defined twice\n'],
];

for (const [name, extra, message] of cases) {
  errors(name, async () => {
    const result = await runCli([], scratchProject({ ...files, 'listinglint.config.yaml': `watchlists: [watchlist.yaml]\n${extra}` }));
    assert.is(result.code, 2);
    assert.ok(result.stderr.startsWith(`listinglint: ${message}`), result.stderr);
  });
}

e2e.run();
errors.run();

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, scratchProject, smallWatchlist } from './cli-io.js';

const listing = '---\nsku: A\nmarketplace: amazon.com\ncategory: shoes\ntitle: Shoes\n---\n';

/** A project with a config text and the small watchlist. */
function project(config: string, extra: Record<string, string> = {}) {
  return scratchProject({ 'listinglint.config.yaml': config, 'watchlist.yaml': smallWatchlist, 'a.md': listing, ...extra });
}

const errors = suite('config, watchlist and flag errors exit 2 naming file, line and key');

const cases: [string, string, Record<string, string>, string[], string][] = [
  ['config that does not parse', 'watchlists: [watchlist.yaml\n', {}, [], 'listinglint: listinglint.config.yaml:2: '],
  ['unknown top-level key', 'watchlists: [watchlist.yaml]\nrulez: {}\n', {}, [], 'listinglint: listinglint.config.yaml:2: `rulez`: unknown key (expected one of: include, ignore, watchlists, rules, defaults, categories, authorizations, allow, seller, ocr, cache, formats, images, copyright, presets, customRules)\n'],
  ['unknown rule id', 'watchlists: [watchlist.yaml]\nrules:\n  trademark/txt: warn\n', {}, [], 'listinglint: listinglint.config.yaml:3: `rules.trademark/txt`: unknown rule id'],
  ['bad severity', 'watchlists: [watchlist.yaml]\nrules:\n  trademark/text: fatal\n', {}, [], 'listinglint: listinglint.config.yaml:3: `rules.trademark/text`: expected one of: off, info, warn, warning, error\n'],
  ['missing watchlist file', 'watchlists:\n  - missing.yaml\n', {}, [], 'listinglint: listinglint.config.yaml:2: `watchlists[0]`: watchlist file not found: missing.yaml\n'],
  ['bad date in an authorization', 'watchlists: [watchlist.yaml]\nauthorizations:\n  - { mark: nike, skus: [A], until: next year }\n', {}, [], 'listinglint: listinglint.config.yaml:3: `authorizations[0].until`: expected a date as YYYY-MM-DD\n'],
  ['allow without a reason', 'watchlists: [watchlist.yaml]\nallow:\n  - mark: nike\n', {}, [], 'listinglint: listinglint.config.yaml:3: `allow[0].reason`: is required: say why this mark is allowed\n'],
  ['seller brand without an owner', 'watchlists: [watchlist.yaml]\nseller:\n  brands:\n    - name: Snowcap\n', {}, [], 'listinglint: listinglint.config.yaml:4: `seller.brands[0].owner`: is required: the owner as the watchlist writes it\n'],
  ['unknown seller key', 'watchlists: [watchlist.yaml]\nseller:\n  brand: []\n', {}, [], 'listinglint: listinglint.config.yaml:3: `seller.brand`: unknown key (expected one of: brands)\n'],
  ['one-letter mark', 'watchlists: [w2.yaml]\n', { 'w2.yaml': 'marks:\n  - id: x\n    mark: X\n' }, [], 'listinglint: w2.yaml:3: `marks[0].mark`: `X` is too short to be a mark (two letters at least)\n'],
  ['empty mark', 'watchlists: [w2.yaml]\n', { 'w2.yaml': 'marks:\n  - id: x\n    mark: ""\n' }, [], 'listinglint: w2.yaml:3: `marks[0].mark`: `` is too short to be a mark (two letters at least)\n'],
  ['watchlist with no marks', 'watchlists: [w2.yaml]\n', { 'w2.yaml': 'marks: []\n' }, [], 'listinglint: w2.yaml:1: `marks`: the watchlist has no marks: nothing would ever be checked\n'],
  ['unknown registration key', 'watchlists: [w2.yaml]\n', { 'w2.yaml': 'marks:\n  - id: a\n    mark: Acme\n    registrations:\n      - { office: USPTO, number: "1", classes: [9], klass: 9 }\n' }, [], 'listinglint: w2.yaml:5: `marks[0].registrations[0].klass`: unknown key (expected one of: office, number, serial, classes, status, designations, source)\n'],
  ['class out of range', 'watchlists: [w2.yaml]\n', { 'w2.yaml': 'marks:\n  - id: a\n    mark: Acme\n    registrations:\n      - { office: USPTO, number: "1", classes: [46] }\n' }, [], 'listinglint: w2.yaml:5: `marks[0].registrations[0].classes[0]`: expected a whole number from 1 to 45\n'],
  ['duplicate id across watchlists', 'watchlists: [watchlist.yaml, w2.yaml]\n', { 'w2.yaml': 'marks:\n  - id: nike\n    mark: Nikey\n' }, [], 'listinglint: w2.yaml:2: `marks[0].id`: duplicate mark id `nike` (first defined in watchlist.yaml:2)\n'],
  ['failing self-test example', 'watchlists: [w2.yaml]\n', { 'w2.yaml': 'marks:\n  - id: acme\n    mark: Acme\n    examples: { match: ["Zenith"] }\n' }, [], 'listinglint: w2.yaml:2: `acme.examples.match`: the example `Zenith` should match the mark `acme` but does not\n'],
  ['unknown office in a watchlist', 'watchlists: [w2.yaml]\n', { 'w2.yaml': 'marks:\n  - id: a\n    mark: Acme\n    registrations:\n      - { office: USTPO, number: "1", classes: [9] }\n' }, [], 'listinglint: w2.yaml:5: `marks[0].registrations[0].office`: unknown office `USTPO` (known: '],
  ['options for a rule that takes none', 'watchlists: [watchlist.yaml]\nrules:\n  trademark/text: [warn, { strict: true }]\n', {}, [], 'listinglint: listinglint.config.yaml:3: `rules.trademark/text[1]`: rule `trademark/text` takes no options\n'],
  ['ocr.languages is gone', 'watchlists: [watchlist.yaml]\nocr:\n  languages: [eng]\n', {}, [], 'listinglint: listinglint.config.yaml:3: `ocr.languages`: unknown key (expected one of: enabled, engine, concurrency, passes, minConfidence)\n'],
  ['unknown marketplace in defaults', 'watchlists: [watchlist.yaml]\ndefaults:\n  marketplace: amazon.cmo\n', {}, [], 'listinglint: listinglint.config.yaml:3: `defaults.marketplace`: unknown marketplace `amazon.cmo` (known: '],
  ['unknown category in defaults', 'watchlists: [watchlist.yaml]\ndefaults:\n  marketplace: amazon.com\n  category: gizmos\n', {}, [], 'listinglint: listinglint.config.yaml:4: `defaults.category`: unknown category `gizmos`: map it to Nice classes under `categories:` (see docs/configuration.md)\n'],
  ['missing copyright reference folder', 'watchlists: [watchlist.yaml]\ncopyright:\n  references:\n    - refs\n    - supplier-pictures\n', { 'refs/keep.txt': '' }, [], 'listinglint: listinglint.config.yaml:5: `copyright.references[1]`: folder not found: supplier-pictures\n'],
  ['copyright folder outside the project', 'watchlists: [watchlist.yaml]\ncopyright:\n  owned: ../elsewhere\n', {}, [], 'listinglint: listinglint.config.yaml:3: `copyright.owned`: must be inside the project: ../elsewhere\n'],
  ['copyright reference that is a file', 'watchlists: [watchlist.yaml]\ncopyright:\n  references: [a.md]\n', {}, [], 'listinglint: listinglint.config.yaml:3: `copyright.references[0]`: folder not found: a.md\n'],
  ['unknown copyright key', 'watchlists: [watchlist.yaml]\ncopyright:\n  owner: [Me]\n', {}, [], 'listinglint: listinglint.config.yaml:3: `copyright.owner`: unknown key (expected one of: references, owned, owners)\n'],
  ['unknown flag', 'watchlists: [watchlist.yaml]\n', {}, ['--frobnicate'], "listinglint: Unknown option '--frobnicate'"],
  ['bad --max-warnings', 'watchlists: [watchlist.yaml]\n', {}, ['--max-warnings', 'lots'], 'listinglint: --max-warnings takes a whole number of at least 0, not `lots`\n'],
  ['unknown format', 'watchlists: [watchlist.yaml]\n', {}, ['--format', 'xml'], 'listinglint: Unknown format `xml`: use terminal, json, sarif, github or html, or install the package `listinglint-reporter-xml`\n'],
];

for (const [name, config, extra, argv, message] of cases) {
  errors(name, async () => {
    const result = await runCli(argv, project(config, extra));
    assert.is(result.code, 2);
    assert.is(result.stdout, '');
    assert.ok(result.stderr.startsWith(message), result.stderr);
  });
}

errors('--config naming a missing file', async () => {
  const result = await runCli(['--config', 'nope.yaml'], project('watchlists: [watchlist.yaml]\n'));
  assert.equal([result.code, result.stderr], [2, 'listinglint: nope.yaml: config file not found\n']);
});

errors('a watchlist or config that is not UTF-8 stops naming the file and the line', async () => {
  const latin1 = Buffer.concat([Buffer.from('marks:\n  - id: cafe\n    mark: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
  const watchlistRun = await runCli([], scratchProject({ 'listinglint.config.yaml': 'watchlists: [w.yaml]\n', 'w.yaml': latin1, 'a.md': listing }));
  assert.equal([watchlistRun.code, watchlistRun.stderr], [2, 'listinglint: w.yaml:3: the file is not valid UTF-8 (saved in another encoding?): save it as UTF-8\n']);
  const config = Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from('\nwatchlists: [watchlist.yaml]\n')]);
  const configRun = await runCli([], scratchProject({ 'listinglint.config.yaml': config, 'watchlist.yaml': smallWatchlist, 'a.md': listing }));
  assert.equal([configRun.code, configRun.stderr], [2, 'listinglint: listinglint.config.yaml:1: the file is not valid UTF-8 (saved in another encoding?): save it as UTF-8\n']);
});

errors('no watchlist at all', async () => {
  const result = await runCli([], scratchProject({ 'a.md': listing }));
  assert.equal([result.code, result.stderr], [2, 'listinglint: No watchlist: list one under `watchlists:` in listinglint.config.yaml or pass --watchlist FILE\n']);
});

errors.run();

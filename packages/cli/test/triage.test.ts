import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { TriageReport } from '@listinglint/core';
import { Ajv } from 'ajv';
import { renderImage } from '../../core/test/image/render-image.js';
import { runCli } from './cli-io.js';

const test = suite('listinglint triage');
const project = fileURLToPath(new URL('./fixtures/triage/', import.meta.url));

async function triage(notice: string, ...extra: string[]): Promise<TriageReport> {
  const { code, stdout, stderr } = await runCli(['triage', `notices/${notice}`, '--no-cache', '--no-ocr', '--format', 'json', ...extra], project);
  assert.is(code, 0, stderr);
  const report = JSON.parse(stdout) as TriageReport;
  // Every JSON output of these tests follows the published schema (docs/schemas/triage.schema.json).
  assert.ok(validate(report), JSON.stringify(validate.errors));
  return report;
}

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../docs/schemas/triage.schema.json', import.meta.url)), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const facts = (report: TriageReport, claim = 0) => report.claims[claim].facts.map((f) => `${f.fact} | ${f.source}`);
const registry = ['--registry', 'apc261102.xml'];

test('Amazon rights-owner mail (.txt), two ASIN blocks: supported on the hoodie, wrong-class on the earbuds', async () => {
  const report = await triage('amazon-trademark.txt', ...registry);
  // A pasted mail keeps its headers: the subject is read.
  assert.equal(report.notice, { path: 'notices/amazon-trademark.txt', source: 'amazon', subject: 'Notice: Policy Warning' });
  assert.is(report.generatedAt, '2026-06-01');
  assert.equal(report.claims.map((c) => [c.complaintId, c.asin, c.listing?.filePath, c.verdict, c.grounds]), [
    ['8812345601', 'B0ZEPH0001', 'listings/trail-hoodie.md', 'supported', []],
    ['8812345602', 'B0EARB0002', 'listings/earbuds.md', 'disputable:wrong-class', []],
  ]);
  assert.equal(facts(report, 0), [
    'The notice claims trademark infringement | notices/amazon-trademark.txt: "Infringement type: Trademark"',
    'The claimed mark is ZEPHYRA | notices/amazon-trademark.txt: "infringe the following trademark: ZEPHYRA" (stated once for the whole notice)',
    'The notice cites number 7011111 | notices/amazon-trademark.txt: "Trademark number: 7011111"',
    'The notice names the rights owner Zephyra Apparel, Inc. | notices/amazon-trademark.txt: "Rights owner: Zephyra Apparel, Inc."',
    'The listing is listings/trail-hoodie.md (SKU NT-HOODIE-01) | ASIN B0ZEPH0001 found in listings/trail-hoodie.md',
    'Zephyra is used as a counterfeit signal (counterfeit-phrase: "-style") in title | listings/trail-hoodie.md:6:9',
    'USPTO registration 7011111 is ZEPHYRA, owned by Zephyra Apparel, Inc. | apc261102.xml, case serial 97111111',
    "USPTO covers US, where the listing sells (amazon.com) | the config's defaults.marketplace",
    'The registration is registered (USPTO status code 700) | apc261102.xml, case serial 97111111',
    "The registration covers class 25 of the listing's goods | apc261102.xml, case serial 97111111; listings/trail-hoodie.md:5 (category)",
    "The rights owner Zephyra Apparel, Inc. is the registration's current owner | apc261102.xml, case serial 97111111",
  ]);
  assert.equal(report.claims[0].record, {
    office: 'USPTO', number: '7011111', serial: '97111111', status: 'registered', statusCode: '700', classes: [25], owner: 'Zephyra Apparel, Inc.',
    mark: 'ZEPHYRA', famous: false, filingDate: '2021-11-05', registrationDate: '2023-04-18', source: 'apc261102.xml, case serial 97111111',
  });
  assert.equal(report.claims[0].uses, [{
    ruleId: 'trademark/text', field: 'title', matchedText: 'Zephyra', use: 'counterfeit', cause: 'counterfeit-phrase', phrase: '-style',
    location: 'listings/trail-hoodie.md:6:9', excerpt: { text: 'title: "Zephyra-style Trail Hoodie, Brushed Fleece"', start: 8, end: 15 },
  }]);
  assert.equal(report.claims[0].plan.correctiveActions, [
    'Remove ZEPHYRA from title (listings/trail-hoodie.md:6:9)',
    "Keep the corrected listing's text and images as evidence for the appeal",
  ]);
  assert.ok(facts(report, 1).includes('The registration covers class 25 only; the product is class 9 (electronics) | apc261102.xml, case serial 97111111; listings/earbuds.md:5 (category)'));
  assert.equal(report.claims[1].plan.rootCause, [
    'Zephyra appears as a brand (first-word) in title (listings/earbuds.md:6:9)',
    'The asserted registration covers class 25 only; the product is class 9',
  ]);
  assert.equal(report.missing, []);
  assert.not.ok(validate({ ...report, claims: [{ ...report.claims[0], verdict: 'disputable' }] }));
});

test('not-used: the listing never names the mark (the other checks still listed as facts)', async () => {
  const report = await triage('amazon-not-used.txt', ...registry);
  assert.is(report.claims[0].verdict, 'disputable:not-used');
  assert.equal(report.claims[0].grounds, []);
  assert.equal(report.claims[0].uses, []);
  assert.ok(facts(report).includes("ZEPHYRA is not used in the listing's text (it has no image) | listinglint's matcher on listings/fleece-jacket.md"));
  // "Zephyra Apparel Inc" (no comma, no dot) is the owner "Zephyra Apparel, Inc.".
  assert.ok(facts(report).includes("The rights owner Zephyra Apparel Inc is the registration's current owner | apc261102.xml, case serial 97111111"));
});

test('--sku names the listing over the notice\'s ASIN', async () => {
  const report = await triage('amazon-not-used.txt', ...registry, '--sku', 'NT-HOODIE-01');
  assert.equal([report.claims[0].listing?.filePath, report.claims[0].verdict], ['listings/trail-hoodie.md', 'supported']);
  assert.ok(facts(report).includes('The listing is listings/trail-hoodie.md (SKU NT-HOODIE-01) | --sku NT-HOODIE-01 found in listings/trail-hoodie.md'));
});

test('a case both in an imported watchlist (-w) and in the --registry XML is read once, keeping its source', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-triage-'));
  const imported = join(dir, 'uspto.yaml');
  assert.is((await runCli(['registry', 'import', 'apc261102.xml', '-o', imported], project)).code, 0);
  const report = await triage('amazon-not-used.txt', '-w', imported, ...registry);
  assert.equal([report.claims[0].verdict, report.claims[0].record?.source], ['disputable:not-used', 'apc261102.xml, case serial 97111111']);
});

test('unverified: a number not in the offline data names the office\'s search page (USPTO for amazon.com); the use is still shown', async () => {
  const report = await triage('amazon-unverified.txt', ...registry);
  const [claim] = report.claims;
  assert.is(claim.verdict, 'unverified');
  assert.equal(claim.lookUp, { office: 'USPTO', url: 'https://tsdr.uspto.gov/' });
  assert.is(claim.record, undefined);
  assert.equal(facts(report).slice(-2), [
    'Quantivo is used as a brand (first-word) in title | listings/smart-plug.md:6:9',
    '7999999 is not in the offline data (watchlists and --registry files): look it up at USPTO TSDR (search by serial or registration number), https://tsdr.uspto.gov/ | the watchlists and --registry files',
  ]);
});

test('not-live: a plain-text lawyer letter citing a cancelled registration (prose only: "U.S. Reg. No. 6,033,333", "ASIN B0…")', async () => {
  const report = await triage('kestrella-letter.txt', ...registry);
  assert.is(report.notice.source, 'other');
  const [claim] = report.claims;
  assert.equal([claim.mark, claim.registration, claim.asin, claim.verdict, claim.grounds], ['KESTRELLA', { number: '6033333', office: 'USPTO' }, 'B0KEST0004', 'disputable:not-live', []]);
  assert.ok(facts(report).includes('The registration is cancelled (USPTO status code 710) | apc261102.xml, case serial 88333333'));
  assert.equal(report.missing, ['the rights owner', 'a complaint id']);
});

test('wrong-territory: a Chinese registration (from the project watchlist) asserted against an amazon.com listing', async () => {
  const report = await triage('lumiqo-complaint.txt');
  const [claim] = report.claims;
  assert.equal([claim.complaintId, claim.registration, claim.verdict, claim.grounds], ['LQ-2026-0917', { number: '41234567', office: 'CNIPA' }, 'disputable:wrong-territory', []]);
  assert.ok(facts(report).includes("CNIPA registrations cover CN; the listing sells on amazon.com (US) | watchlist.yaml:2 (mark `lumiqo`); the config's defaults.marketplace"));
});

test('eBay VeRO mail (.eml: multipart/alternative, quoted-printable, base64 HTML): owner mismatch', async () => {
  const report = await triage('ebay-vero.eml', ...registry);
  assert.equal(report.notice, { path: 'notices/ebay-vero.eml', source: 'ebay', receivedAt: '2026-11-10T08:30:00.000Z', subject: 'Listing removed: VeRO notice for item 3860012345' });
  const [claim] = report.claims;
  assert.equal([claim.rightsOwner, claim.sku, claim.listing?.filePath, claim.verdict, claim.grounds], ['Brightline Trading Ltd.', 'VS-100', 'listings/speaker.md', 'disputable:owner-mismatch', []]);
  assert.ok(facts(report).includes('The registration\'s current owner is Voltaro Electronics GmbH, not Brightline Trading Ltd. | apc261102.xml, case serial 97222222; notices/ebay-vero.eml: "VeRO Participant: Brightline Trading Ltd."'));
});

test('Etsy IP notice (.eml: HTML only, quoted-printable, encoded subject, a PDF attachment skipped) with --listing: nominative use', async () => {
  const report = await triage('etsy-ip.eml', ...registry, '--listing', 'listings/earbud-case.md');
  assert.equal(report.notice.source, 'etsy');
  assert.is(report.notice.subject, 'Your Etsy listing was disabled – IP notice');
  const [claim] = report.claims;
  assert.equal([claim.complaintId, claim.mark, claim.url, claim.verdict], ['ET-IP-55120', 'VOLTARO', 'https://www.etsy.com/listing/1587654321/hand-stitched-leather-case', 'disputable:nominative-use']);
  assert.ok(facts(report).includes('Voltaro is used nominatively (compatibility: "compatible with") in title | listings/earbud-case.md:6:52'));
});

test('several grounds: the first in design.md\'s order is the verdict, the others are listed', async () => {
  // The earbuds listing cited against the cancelled KESTRELLA registration by a stranger: unused, not live, wrong owner.
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-triage-'));
  const notice = join(dir, 'notice.txt');
  await import('node:fs').then((fs) => fs.writeFileSync(notice, 'Rights owner: Someone Else Ltd\nASIN: B0EARB0002\nInfringement type: Trademark\nTrademark: KESTRELLA\nTrademark number: 6033333\n'));
  const { code, stdout } = await runCli(['triage', notice, '--no-cache', '--no-ocr', '--format', 'json', ...registry], project);
  assert.is(code, 0);
  const [claim] = (JSON.parse(stdout) as TriageReport).claims;
  assert.equal([claim.verdict, claim.grounds], ['disputable:not-used', ['disputable:not-live', 'disputable:owner-mismatch']]);
});

test('copyright notice: needs-review with what to check', async () => {
  const report = await triage('amazon-copyright.txt', ...registry);
  const [claim] = report.claims;
  assert.equal([claim.type, claim.verdict, claim.grounds], ['copyright', 'needs-review', []]);
  assert.ok(facts(report).includes('Copyright is not a registration listinglint can check: whose photos and text these are decides | notices/amazon-copyright.txt'));
  assert.equal(claim.plan.correctiveActions[0], 'Replace any image or text you cannot show you own or licensed');
});

test('bad input: no recognisable claim, no listing found, an unknown format → exit 2 naming what is missing', async () => {
  const none = await runCli(['triage', 'notices/thank-you.txt', '--no-cache', '--no-ocr'], project);
  assert.is(none.code, 2);
  assert.is(none.stdout, '');
  assert.match(none.stderr, /^listinglint: No claim found in the notice notices\/thank-you\.txt: it names no trademark, registration number or infringement type \(looked for lines such as `Infringement type: Trademark`/);
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-triage-'));
  const notice = join(dir, 'notice.txt');
  await import('node:fs').then((fs) => fs.writeFileSync(notice, 'ASIN: B0NOTHERE1\nInfringement type: Trademark\nTrademark: ZEPHYRA\n'));
  const lost = await runCli(['triage', notice, '--no-cache', '--no-ocr'], project);
  assert.is(lost.code, 2);
  assert.is(lost.stderr, 'listinglint: No listing of the project has ASIN B0NOTHERE1 (searched 15 files of the project for `asin` and `sku`): pass --listing FILE or --sku SKU\n');
  const format = await runCli(['triage', 'notices/amazon-trademark.txt', '--format', 'sarif'], project);
  assert.is(format.code, 2);
  assert.is(format.stderr, 'listinglint: --format takes terminal, json, markdown, html for triage, not `sarif`\n');
  const missing = await runCli(['triage', 'notices/gone.txt'], project);
  assert.is(missing.stderr, 'listinglint: The notice notices/gone.txt does not exist\n');
});

test('terminal summary: one block per claim, verdict with its meaning, facts with sources', async () => {
  const { code, stdout } = await runCli(['triage', 'notices/lumiqo-complaint.txt', '--no-cache', '--no-ocr'], project);
  assert.is(code, 0);
  assert.is(
    stdout.split('\n').slice(0, 6).join('\n'),
    // docs/triage.md shows this sample.
    readFileSync(fileURLToPath(new URL('../../../docs/triage.md', import.meta.url)), 'utf8').match(/```text\n([\s\S]*?)\n```/)?.[1],
  );
  assert.is(
    stdout.split('\n').slice(0, 6).join('\n'),
    `Notice notices/lumiqo-complaint.txt (other): 1 claim

Claim 1 · complaint LQ-2026-0917 · trademark LUMIQO · CNIPA 41234567
  listing  listings/desk-lamp.md (SKU NT-LAMP-05)
  record   CNIPA reg. 41234567: LUMIQO, registered, classes 11, owner Shenzhen Lumiqo Lighting Co., Ltd.
  verdict  disputable:wrong-territory: the registration does not reach the marketplace's country`,
  );
});

test('evidence report: Markdown is dated, highlights the mark, and pre-fills the plan of action; written with -o', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-triage-'));
  const out = join(dir, 'evidence.md');
  const { code, stderr } = await runCli(['triage', 'notices/amazon-trademark.txt', ...registry, '--no-cache', '--no-ocr', '--format', 'markdown', '-o', out], project);
  assert.is(code, 0);
  assert.is(stderr, `listinglint: 2 claims judged: supported, disputable:wrong-class; report written to ${out}\n`);
  const text = readFileSync(out, 'utf8');
  assert.ok(text.startsWith('# Infringement notice: evidence report\n\nDate: 2026-06-01. Notice: `notices/amazon-trademark.txt` (amazon), subject "Notice: Policy Warning".\n'));
  assert.ok(text.includes('| 1 | 8812345601 | trademark | ZEPHYRA | 7011111 | listings/trail-hoodie.md | supported |\n'));
  assert.ok(text.includes('- title (listings/trail-hoodie.md:6:9), counterfeit use (counterfeit-phrase): title: "**Zephyra**-style Trail Hoodie, Brushed Fleece"\n'));
  assert.ok(text.includes('| USPTO | 7011111 | 97111111 | registered (700) | 25 | Zephyra Apparel, Inc. | 2021-11-05 | 2023-04-18 | apc261102.xml, case serial 97111111 |\n'));
  assert.ok(text.includes('### Corrective actions\n\n- (claim 1) Remove ZEPHYRA from title (listings/trail-hoodie.md:6:9)\n'));
  assert.ok(text.includes('- (claim 2) The asserted registration covers class 25 only; the product is class 9\n'));
});

test('evidence report: HTML is self-contained (strict CSP, no script, no link, no remote URL to load) and escapes notice text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-triage-'));
  const notice = join(dir, 'notice.txt');
  await import('node:fs').then((fs) => fs.writeFileSync(notice, 'Rights owner: <script>alert(1)</script> Ltd\nASIN: B0ZEPH0001\nInfringement type: Trademark\nTrademark: ZEPHYRA\nTrademark number: 7011111\n'));
  const { code, stdout } = await runCli(['triage', notice, ...registry, '--no-cache', '--no-ocr', '--format', 'html'], project);
  assert.is(code, 0);
  assert.match(stdout, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:; form-action 'none'; base-uri 'none'">/);
  assert.not.match(stdout, /<script|<link|<img|<iframe|\son\w+=|src=|href=/i);
  assert.ok(stdout.includes('&lt;script&gt;alert(1)&lt;/script&gt; Ltd'));
  assert.ok(stdout.includes('title: &quot;<mark>Zephyra</mark>-style Trail Hoodie, Brushed Fleece&quot;'));
  assert.ok(stdout.includes('<span class="verdict disputable">disputable:owner-mismatch</span>'));
});

test('the listing found by the asin1 column of an Amazon All Listings Report row', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-triage-'));
  cpSync(project, dir, { recursive: true });
  const rows = [
    ['item-name', 'item-description', 'listing-id', 'seller-sku', 'price', 'quantity', 'open-date', 'image-url', 'item-is-marketplace', 'asin1', 'status'],
    ['Northtrail Trail Socks', 'Merino socks.', '0101A', 'NT-SOCK-1', '9.99', '5', '2026-01-02 10:00:00 PST', '', 'y', 'B0SOCK0001', 'Active'],
    ['Zephyra Trail Beanie', 'A warm beanie.', '0101B', 'NT-BEANIE-2', '14.99', '5', '2026-01-02 10:00:00 PST', '', 'y', 'B0BEAN0002', 'Active'],
  ];
  writeFileSync(join(dir, 'listings', 'all-listings.txt'), `${rows.map((row) => row.join('\t')).join('\n')}\n`);
  writeFileSync(join(dir, 'notice.txt'), 'Rights owner: Zephyra Apparel, Inc.\nASIN: B0BEAN0002\nInfringement type: Trademark\nTrademark: ZEPHYRA\nTrademark number: 7011111\n');
  const { code, stdout, stderr } = await runCli(['triage', 'notice.txt', ...registry, '--no-cache', '--no-ocr', '--format', 'json'], dir);
  assert.is(code, 0, stderr);
  const [claim] = (JSON.parse(stdout) as TriageReport).claims;
  assert.equal(claim.listing, { filePath: 'listings/all-listings.txt', sku: 'NT-BEANIE-2', marketplace: 'amazon.com', title: 'Zephyra Trail Beanie' });
  assert.equal(claim.uses?.map((use) => [use.field, use.matchedText, use.use, use.location]), [['title', 'Zephyra', 'brand', 'listings/all-listings.txt:3:1']]);
  // No category in the report: every class counts, and the facts say so.
  assert.is(claim.verdict, 'supported');
  assert.ok(claim.facts.some((f) => f.fact === "The listing's category is unknown: judged as if every class overlapped"));
});

test('a mark on a picture (real OCR): the image box is the evidence, in JSON and in the Markdown report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'listinglint-triage-ocr-'));
  cpSync(project, dir, { recursive: true });
  mkdirSync(join(dir, 'listings', 'images'));
  writeFileSync(join(dir, 'listings', 'images', 'fleece-main.png'), await renderImage([{ text: 'ZEPHYRA', x: 60, baseline: 150, size: 72 }, { text: 'ALPINE FLEECE', x: 60, baseline: 260, size: 40 }], 640, 320));
  writeFileSync(join(dir, 'listings', 'fleece-jacket.md'), readFileSync(join(project, 'listings', 'fleece-jacket.md'), 'utf8').replace('---\nA light', 'images:\n  - images/fleece-main.png\n---\nA light'));
  const json = await runCli(['triage', 'notices/amazon-not-used.txt', ...registry, '--format', 'json'], dir);
  assert.is(json.code, 0, json.stderr);
  const [claim] = (JSON.parse(json.stdout) as TriageReport).claims;
  assert.is(claim.verdict, 'supported');
  assert.equal(claim.uses?.map((use) => [use.ruleId, use.field, use.matchedText, use.use, use.location, use.image?.path]), [
    ['trademark/image', 'images[0]', 'ZEPHYRA', 'brand', 'listings/fleece-jacket.md:10:5', 'listings/images/fleece-main.png'],
  ]);
  const box = claim.uses?.[0].image?.bbox;
  // The box covers the rendered word (ink from x 60, cap height ~52 px above the baseline at y 150).
  assert.ok(box !== undefined && box.x >= 55 && box.x <= 75 && box.y >= 90 && box.y <= 105 && box.x + box.width >= 400 && box.y + box.height >= 148, JSON.stringify(box));
  assert.ok(claim.facts.some((f) => f.fact === 'ZEPHYRA is used as a brand (plain) in images[0]' && f.source === 'listings/fleece-jacket.md:10:5'));
  const markdown = await runCli(['triage', 'notices/amazon-not-used.txt', ...registry, '--format', 'markdown'], dir);
  assert.ok(markdown.stdout.includes(`#### Image boxes\n\n- \`listings/images/fleece-main.png\`: **ZEPHYRA** at x ${box?.x}, y ${box?.y}, ${box?.width} × ${box?.height} px`), markdown.stdout);
  assert.ok(markdown.stdout.includes(`- Replace or edit image listings/images/fleece-main.png: ZEPHYRA shows at x ${box?.x}, y ${box?.y}\n`));
  // HTML: the picture embedded (data: URI, the only source the CSP allows) with the box drawn over it.
  const html = await runCli(['triage', 'notices/amazon-not-used.txt', ...registry, '--format', 'html'], dir);
  const image = readFileSync(join(dir, 'listings', 'images', 'fleece-main.png')).toString('base64');
  assert.ok(html.stdout.includes(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320" width="640" role="img"><image href="data:image/png;base64,${image}" width="640" height="320"/><rect x="${box?.x}" y="${box?.y}" width="${box?.width}" height="${box?.height}"><title>ZEPHYRA</title></rect></svg>`));
  assert.not.match(html.stdout, /<script|<link|<img|<iframe|\son\w+=|src=|href="(?!data:)/i);
});

test.run();

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Report } from '@listinglint/types';
import { formatHtml } from '../src/index.js';

// The HTML report of fixtures/example, made by the built CLI and opened in headless Chromium
// (Debian's `chromium`; .ci/run installs it). Where there is none the test says so and skips.
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const example = path.join(repo, 'fixtures/example');
const bin = path.join(repo, 'packages/cli/bin/listinglint.js');
const screenshotFile = path.join(repo, 'docs/images/html-report.png');
const scratch = mkdtempSync(path.join(tmpdir(), 'listinglint-html-'));
const cache = path.join(scratch, 'cache');

function listinglint(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, '--cache-location', cache, ...args], { cwd: example, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonFinding {
  fingerprint: string;
  severity: string;
  ruleId: string;
  image?: { path: string; bbox: { x: number; y: number; width: number; height: number } };
}

const browserTest = suite('the HTML report in headless Chromium');

if (CHROMIUM === undefined) {
  console.log('SKIPPED: the HTML report test needs Chromium (apt-get install chromium, or set CHROMIUM_PATH); none found.');
} else {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--font-render-hinting=none'] });
  browserTest.after(() => browser.close());

  /** Opens an HTML file and records console errors, page errors and every request besides the file itself. */
  async function open(file: string) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    const url = pathToFileURL(file).href;
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      if (request.url() !== url && !request.url().startsWith('data:')) requests.push(request.url());
    });
    await page.goto(url);
    return { page, problems, requests };
  }

  browserTest('every finding is shown by fingerprint and every image box is drawn on its image; nothing is fetched, nothing errs', async () => {
    const json = listinglint(['--format', 'json']);
    assert.is(json.code, 1, json.stderr);
    const report = JSON.parse(json.stdout) as { results: { findings: JsonFinding[] }[]; summary: { errors: number } };
    const findings = report.results.flatMap((result) => result.findings);
    const htmlFile = path.join(scratch, 'example.html');
    const html = listinglint(['--format', 'html', '--output', htmlFile]);
    assert.is(html.code, 1, html.stderr);

    const { page, problems, requests } = await open(htmlFile);
    assert.equal(problems, []);
    assert.equal(requests, []);
    const shown = await page.$$eval('li.finding', (nodes) => nodes.map((node) => [node.getAttribute('data-fingerprint'), node.getAttribute('data-severity')]));
    assert.equal(shown, findings.map((finding) => [finding.fingerprint, finding.severity]));
    assert.is(await page.textContent('#summary .count.error'), `${report.summary.errors} errors`);
    assert.is(report.summary.errors, 13);

    const imageFindings = findings.filter((finding) => finding.image);
    // trademark/image (2), image/main-text, image/main-image (3) and listing/inconsistent-brand on a main image.
    assert.is(imageFindings.length, 7);
    for (const finding of imageFindings) {
      const box = page.locator(`.box[data-fingerprint="${finding.fingerprint}"]`);
      assert.is(await box.count(), 1, finding.fingerprint);
      const frame = await box.locator('xpath=..').locator('img').boundingBox();
      const drawn = await box.boundingBox();
      assert.ok(frame && drawn, finding.fingerprint);
      const natural = await box.locator('xpath=..').locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth);
      assert.ok(natural > 0 && natural <= 480, `embedded image ${natural} px wide`);
      // The box sits where the finding says, scaled from source pixels to the shown image (borders aside).
      const source = await imageSize(finding.image!.path);
      const scale = frame!.width / source.width;
      assert.ok(Math.abs(drawn!.x - frame!.x - finding.image!.bbox.x * scale) < 2, `x of ${finding.fingerprint}`);
      assert.ok(Math.abs(drawn!.width - finding.image!.bbox.width * scale) < 2, `width of ${finding.fingerprint}`);
    }

    // The evidence header names the config, the watchlist and the OCR engine.
    const evidence = await page.textContent('#evidence');
    assert.match(evidence ?? '', /watchlists\/brands\.yaml {2}16 marks {2}sha256:[0-9a-f]{64}/);
    assert.match(evidence ?? '', /listinglint\.config\.yaml {2}sha256:[0-9a-f]{64}/);
    assert.match(evidence ?? '', /OCRpaddle, PP-OCRv4/);

    // Filters: warnings off hides every warning; one rule shows only its findings.
    await page.uncheck('#show-warning');
    const visibleSeverities = await page.$$eval('li.finding:not([hidden])', (nodes) => nodes.map((node) => node.getAttribute('data-severity')));
    assert.is(visibleSeverities.length, findings.filter((finding) => finding.severity !== 'warning').length);
    assert.not.ok(visibleSeverities.includes('warning'));
    await page.check('#show-warning');
    await page.selectOption('#rule-filter', 'trademark/image');
    const visibleRules = await page.$$eval('li.finding:not([hidden])', (nodes) => nodes.map((node) => node.getAttribute('data-rule')));
    assert.equal(visibleRules, ['trademark/image', 'trademark/image']);
    assert.is(await page.locator('.box:not([hidden])').count(), 2);
    assert.equal(problems, []);
    await page.close();
  });

  browserTest('a screenshot of the report of two listings with images, for docs/formats.md, looks like the one in docs', async () => {
    const htmlFile = path.join(scratch, 'two.html');
    const run = listinglint(['listings/kitchen/insulated-tumbler.md', 'listings/shoes/running-shoe.md', '--format', 'html', '--output', htmlFile]);
    assert.is(run.code, 1, run.stderr);
    const { page, problems, requests } = await open(htmlFile);
    const shot = await page.screenshot({ fullPage: true });
    assert.equal(problems, []);
    assert.equal(requests, []);
    await page.close();
    if (process.env.UPDATE_EXPECTED === '1' || !existsSync(screenshotFile)) {
      mkdirSync(path.dirname(screenshotFile), { recursive: true });
      writeFileSync(screenshotFile, shot);
    }
    // Compared with the screenshot in docs: same size, and few pixels differ (the start time and commit do).
    const differing = await pixelDifference(shot, readFileSync(screenshotFile));
    assert.ok(differing < 0.02, `${(differing * 100).toFixed(2)}% of the pixels differ from docs/images/html-report.png (UPDATE_EXPECTED=1 rewrites it)`);
  });

  browserTest('report text with markup in it is shown as text, never run', async () => {
    const hostile = '</script><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> & <b>bold</b>';
    const report: Report = {
      version: 2,
      tool: { name: 'listinglint', version: '0.1.0' },
      results: [{ filePath: '<i>a</i>.md', errorCount: 1, warningCount: 0, infoCount: 0, findings: [
        { ruleId: 'trademark/text', severity: 'error', message: hostile, url: 'javascript:alert(1)', file: '<i>a</i>.md', sku: '<b>SKU</b>', line: 1, column: 1, endLine: 1, endColumn: 5, fingerprint: 'x"y' },
      ] }],
      summary: { files: 1, listings: 1, images: 0, errors: 1, warnings: 0, infos: 0 },
      rules: [],
      cwd: '/p',
    };
    const htmlFile = path.join(scratch, 'hostile.html');
    writeFileSync(htmlFile, formatHtml(report, { sources: new Map([['<i>a</i>.md', '<svg onload=alert(1)> rest']]) }));
    const { page, problems, requests } = await open(htmlFile);
    assert.is(await page.textContent('li.finding .message'), hostile);
    assert.is(await page.textContent('section.file h2'), '<i>a</i>.md');
    assert.is(await page.textContent('pre.excerpt mark'), '<svg');
    assert.is(await page.getAttribute('li.finding', 'data-fingerprint'), 'x"y');
    assert.is(await page.evaluate('window.pwned'), undefined);
    assert.is(await page.locator('script').count(), 2);
    assert.is(await page.locator('img, b, i, svg').count(), 0);
    assert.is(await page.getAttribute('a.rule', 'href'), null);
    assert.equal(problems, []);
    assert.equal(requests, []);
    await page.close();
  });

  /** The share of pixels (0..1) that differ between two PNGs of the same size (1 when the sizes differ), measured in the browser. */
  async function pixelDifference(a: Buffer, b: Buffer): Promise<number> {
    const page = await browser.newPage();
    // A string, not a function: the test loader's helpers do not exist in the page.
    const share = (await page.evaluate(`(${PIXEL_DIFFERENCE})(${JSON.stringify(a.toString('base64'))}, ${JSON.stringify(b.toString('base64'))})`)) as number;
    await page.close();
    return share;
  }
}

const PIXEL_DIFFERENCE = `async function (first, second) {
  async function load(base64) { return createImageBitmap(await (await fetch('data:image/png;base64,' + base64)).blob()); }
  const [x, y] = await Promise.all([load(first), load(second)]);
  if (x.width !== y.width || x.height !== y.height) return 1;
  function pixels(image) {
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, image.width, image.height).data;
  }
  const p = pixels(x), q = pixels(y);
  let differing = 0;
  for (let i = 0; i < p.length; i += 4) if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 48) differing += 1;
  return differing / (p.length / 4);
}`;

/** Width and height of a PNG or JPEG of the example, from its header (upright: the example's images carry no rotation). */
async function imageSize(file: string): Promise<{ width: number; height: number }> {
  const bytes = readFileSync(path.join(example, file));
  if (bytes.readUInt32BE(0) === 0x89504e47) return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  for (let at = 2; at < bytes.length; ) {
    const marker = bytes[at + 1];
    const length = bytes.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xc3) return { width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) };
    at += 2 + length;
  }
  throw new Error(`${file}: no size found`);
}

browserTest.run();

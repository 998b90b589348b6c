import { createHash } from 'node:crypto';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding, Report } from '@listinglint/types';
import { embedJson, excerptOf, formatHtml, toPageData } from '../src/index.js';
import { PAGE_SCRIPT } from '../src/page-script.js';
import { PAGE_STYLE } from '../src/page-style.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'trademark/text',
  severity: 'error',
  message: 'Unexpected mark `NIKE`',
  url: 'https://example.test/rule',
  file: 'a.md',
  line: 2,
  column: 8,
  endLine: 2,
  endColumn: 12,
  fingerprint: 'f1',
  ...over,
});

const report = (findings: Finding[]): Report => ({
  version: 2,
  tool: { name: 'listinglint', version: '0.1.0' },
  results: [{ filePath: 'a.md', errorCount: findings.length, warningCount: 0, infoCount: 0, findings }],
  summary: { files: 1, listings: 1, images: 1, errors: findings.length, warnings: 0, infos: 0 },
  rules: [{ id: 'trademark/text', name: 'text', shortDescription: '', fullDescription: '', defaultSeverity: 'error', url: 'https://example.test/rule' }],
  cwd: '/p',
});

test('embedded JSON cannot close its script element or start a comment', () => {
  assert.is(embedJson({ message: '</script><script>alert(1)</script><!--&' }), '{"message":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!--\\u0026"}');
  assert.equal(JSON.parse(embedJson({ message: '</script>\u2028' })), { message: '</script>\u2028' });
});

test('the CSP allows only the page’s own style and script, by hash, and data: images', () => {
  const html = formatHtml(report([finding({})]));
  const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.is(csp, `default-src 'none'; style-src '${hash(PAGE_STYLE)}'; script-src '${hash(PAGE_SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`);
  assert.ok(html.includes(`<style>${PAGE_STYLE}</style>`));
  assert.ok(html.includes(`<script>${PAGE_SCRIPT}</script>`));
  assert.not.match(html, /https?:\/\/(?!example\.test)/);
  assert.not.match(html, / on[a-z]+=/);
});

test('the page script builds the page with textContent only', () => {
  assert.not.match(PAGE_SCRIPT, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
});

test('report text reaches the page only inside the embedded JSON', () => {
  const html = formatHtml(report([finding({ message: '<img src=x onerror=alert(1)>' })]));
  assert.not.ok(html.includes('<img src=x'));
  assert.ok(html.includes('\\u003cimg src=x onerror=alert(1)\\u003e'));
});

test('page data: findings by file and SKU, excerpts, images with boxes and their embedded copy', () => {
  const image = { path: 'img/main.png', bbox: { x: 10, y: 20, width: 30, height: 40 }, confidence: 0.9 };
  const data = toPageData(
    report([
      finding({ sku: 'A-1' }),
      finding({ sku: 'A-1', ruleId: 'trademark/image', line: 3, column: 5, endLine: 3, endColumn: 17, fingerprint: 'f2', matchedText: 'NIKE', image }),
      finding({ sku: 'B-2', severity: 'warning', fingerprint: undefined, place: { record: 2, header: 'title', label: 'Title' } }),
    ]),
    {
      sources: new Map([['a.md', 'title: x\nbrand: N1ke shoes\n  - img/main.png\n']]),
      images: new Map([['img/main.png', { dataUri: 'data:image/jpeg;base64,AA==', width: 300, height: 200 }]]),
    },
  );
  assert.equal(data.rules, [
    { id: 'trademark/image', url: 'https://example.test/rule', count: 1 },
    { id: 'trademark/text', url: 'https://example.test/rule', count: 2 },
  ]);
  assert.equal(data.files.length, 1);
  const [a, b] = data.files[0].listings;
  assert.is(a.sku, 'A-1');
  assert.equal(a.findings[0].excerpt, { line: 2, before: 'brand: ', match: 'N1ke', after: ' shoes' });
  assert.equal(a.images, [
    {
      path: 'img/main.png',
      embedded: { dataUri: 'data:image/jpeg;base64,AA==', width: 300, height: 200 },
      boxes: [{ fingerprint: 'f2', severity: 'error', ruleId: 'trademark/image', label: 'NIKE', bbox: { x: 10, y: 20, width: 30, height: 40 } }],
    },
  ]);
  assert.is(b.sku, 'B-2');
  // A finding without a fingerprint (a hand-made report) still gets a stable id on the page.
  assert.is(b.findings[0].fingerprint, 'a.md#2');
  assert.is(b.findings[0].place, 'row 2, title (Title)');
});

test('a long source line is cut to a window around the match', () => {
  const line = `${'a'.repeat(100)}NIKE${'b'.repeat(200)}`;
  const excerpt = excerptOf({ line: 1, column: 101, endLine: 1, endColumn: 105 }, [line]);
  assert.equal(excerpt, { line: 1, before: `…${'a'.repeat(60)}`, match: 'NIKE', after: `${'b'.repeat(100)}…` });
  assert.is(excerptOf({ line: 5, column: 1, endLine: 5, endColumn: 2 }, [line]), undefined);
});

test.run();

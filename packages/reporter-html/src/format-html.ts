import { createHash } from 'node:crypto';
import type { Report, ReporterOptions } from '@listinglint/types';
import { toPageData } from './page-data.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';

/**
 * Formats a report as one self-contained HTML page: the summary, the run's evidence, filters by
 * severity and rule, findings by file and listing with source excerpts, and every image with its
 * findings' boxes (`options.images`, downscaled data URIs). It loads nothing: the CSP allows no
 * source but its own style and script (by hash) and `data:` images.
 */
export function formatHtml(report: Report, options: ReporterOptions = {}): string {
  const data = embedJson(toPageData(report, options));
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(PAGE_STYLE)}'`,
    `script-src '${sha256(PAGE_SCRIPT)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>listinglint report: ${report.summary.errors} errors, ${report.summary.warnings} warnings</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header id="summary"></header>',
    '<section id="evidence"></section>',
    '<nav id="filters" aria-label="Filters"></nav>',
    '<main id="files"></main>',
    `<script type="application/json" id="report-data">${data}</script>`,
    `<script>${PAGE_SCRIPT}</script>`,
    '<noscript>This report needs JavaScript to show its findings; the same run as JSON: listinglint --format json.</noscript>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** JSON that cannot end its `<script>` element early: `<`, `>`, `&` and the line separators escaped. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

import { createHash } from 'node:crypto';
import type { TriageClaim, TriageReport, TriageUse } from '@listinglint/core';
import { citedRegistration, claimTitle, verdictMeaning } from './describe.js';
import type { EmbeddedImage } from './embed-images.js';

/** Escapes text for HTML element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const style = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
.verdict{font-weight:700;padding:.1rem .4rem;border-radius:.25rem;background:#eee}.supported{background:#fde2e1}.disputable{background:#e3f4e1}
mark{background:#ffe066;font-weight:700}.source{color:#555;font-size:.9em}.box{display:inline-block;border:2px solid #d33;padding:0 .3rem}
section{border-top:1px solid #ccc;margin-top:1.5rem}svg{max-width:100%;height:auto;border:1px solid #bbb}svg rect{fill:none;stroke:#d33;stroke-width:3}`;

/** The Content-Security-Policy: nothing loads from anywhere; the one style block (by hash) and embedded `data:` images apply. */
export function triageCsp(): string {
  const hash = createHash('sha256').update(style).digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; form-action 'none'; base-uri 'none'`;
}

/** An embedded image with the boxes of the mark drawn over it (SVG, in the image's pixels). */
function imageWithBoxes(image: EmbeddedImage, uses: TriageUse[]): string {
  const boxes = uses.map((use) => {
    const { x, y, width, height } = use.image!.bbox;
    return `<rect x="${x}" y="${y}" width="${width}" height="${height}"><title>${escapeHtml(use.matchedText)}</title></rect>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${image.width} ${image.height}" width="${Math.min(image.width, 640)}" role="img"><image href="${image.src}" width="${image.width}" height="${image.height}"/>${boxes.join('')}</svg>`;
}

function excerptHtml(use: TriageUse): string {
  const excerpt = use.excerpt;
  if (!excerpt) return `<mark>${escapeHtml(use.matchedText)}</mark>`;
  const { text, start, end } = excerpt;
  return `${escapeHtml(text.slice(0, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>${escapeHtml(text.slice(end))}`;
}

const verdictClass = (claim: TriageClaim) => `verdict ${claim.verdict === 'supported' ? 'supported' : claim.verdict.startsWith('disputable') ? 'disputable' : 'other'}`;

function claimHtml(claim: TriageClaim, index: number, images: ReadonlyMap<string, EmbeddedImage>): string {
  const out = [`<section><h2>${escapeHtml(claimTitle(claim, index))}</h2>`];
  out.push(`<p><span class="${verdictClass(claim)}">${escapeHtml(claim.verdict)}</span> ${escapeHtml(verdictMeaning[claim.verdict])}</p>`);
  if (claim.grounds.length > 0) out.push(`<p>Other grounds: ${escapeHtml(claim.grounds.join(', '))}</p>`);
  out.push('<h3>Registration record</h3>');
  if (claim.record) {
    const r = claim.record;
    const cells = [r.office, r.number ?? '', r.serial ?? '', `${r.status}${r.statusCode ? ` (${r.statusCode})` : ''}`, r.classes.join(', '), r.owner, r.filingDate ?? '', r.registrationDate ?? '', r.source];
    out.push('<table><tr><th>office</th><th>number</th><th>serial</th><th>status</th><th>classes</th><th>owner</th><th>filed</th><th>registered</th><th>source</th></tr>');
    out.push(`<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr></table>`);
  } else if (claim.lookUp) {
    out.push(`<p>${escapeHtml(citedRegistration(claim) || 'The cited registration')} is not in the offline data. Look it up at ${escapeHtml(claim.lookUp.url)} (not linked: this report opens nothing).</p>`);
  } else out.push('<p>No registration record applies to this claim.</p>');
  out.push('<h3>Listing</h3>');
  if (claim.listing) {
    out.push(`<p><code>${escapeHtml(claim.listing.filePath)}</code>${claim.listing.sku !== undefined ? `, SKU ${escapeHtml(claim.listing.sku)}` : ''}${claim.listing.marketplace ? `, ${escapeHtml(claim.listing.marketplace)}` : ''}</p>`);
    const uses = claim.uses ?? [];
    if (uses.length === 0) out.push(`<p>${escapeHtml(claim.mark ?? 'The mark')} is not used in the listing's text or the images read.</p>`);
    else {
      out.push('<ul>');
      for (const use of uses) {
        if (use.image) {
          const { path, bbox, confidence } = use.image;
          out.push(`<li><code>${escapeHtml(path)}</code>: <span class="box">${escapeHtml(use.matchedText)}</span> at x ${bbox.x}, y ${bbox.y}, ${bbox.width} × ${bbox.height} px (OCR confidence ${confidence.toFixed(2)}), ${escapeHtml(use.use)} use</li>`);
        } else {
          out.push(`<li>${escapeHtml(use.field ?? 'listing')} <span class="source">${escapeHtml(use.location)}</span>, ${escapeHtml(use.use)} use (${escapeHtml(use.cause ?? 'plain')}): ${excerptHtml(use)}</li>`);
        }
      }
      out.push('</ul>');
      const pictured = [...new Set(uses.flatMap((use) => (use.image ? [use.image.path] : [])))];
      for (const shown of pictured) {
        const image = images.get(shown);
        if (image) out.push(`<figure>${imageWithBoxes(image, uses.filter((use) => use.image?.path === shown))}<figcaption><code>${escapeHtml(shown)}</code>: the mark's boxes in red</figcaption></figure>`);
      }
    }
  } else out.push('<p>The listing was not found in the project: its use of the mark was not checked.</p>');
  out.push('<h3>Facts</h3><ul>');
  for (const fact of claim.facts) out.push(`<li>${escapeHtml(fact.fact)} <span class="source">(${escapeHtml(fact.source)})</span></li>`);
  out.push('</ul></section>');
  return out.join('\n');
}

/**
 * The evidence report as one self-contained HTML file: no script, no network, a strict CSP
 * (nothing loads; the one style block by hash; images embedded as `data:` URIs with the mark's
 * boxes drawn over them), every notice and listing text escaped.
 */
export function formatTriageHtml(report: TriageReport, images: ReadonlyMap<string, EmbeddedImage> = new Map()): string {
  const { notice } = report;
  const plan = (title: string, pick: (claim: TriageClaim) => string[]) => {
    const items = [...new Set(report.claims.flatMap((claim, i) => pick(claim).map((item) => `${report.claims.length > 1 ? `(claim ${i + 1}) ` : ''}${item}`)))];
    return `<h3>${title}</h3><ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}<li>…</li></ul>`;
  };
  const rows = report.claims
    .map((claim, i) => `<tr>${[String(i + 1), claim.complaintId ?? '', claim.type, claim.mark ?? '', citedRegistration(claim), claim.listing?.filePath ?? claim.asin ?? claim.sku ?? '', claim.verdict].map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${triageCsp()}">
<meta name="referrer" content="no-referrer">
<title>Evidence report: ${escapeHtml(notice.path)}</title>
<style>${style}</style>
</head>
<body>
<h1>Infringement notice: evidence report</h1>
<p>Date: ${escapeHtml(report.generatedAt)}. Notice: <code>${escapeHtml(notice.path)}</code> (${escapeHtml(notice.source)}${notice.receivedAt ? `, received ${escapeHtml(notice.receivedAt)}` : ''})${notice.subject ? `, subject “${escapeHtml(notice.subject)}”` : ''}.</p>
<p>Made by <code>listinglint triage</code> from offline data only; facts name their sources. This is not legal advice.</p>
<table><tr><th>#</th><th>complaint</th><th>type</th><th>mark</th><th>registration</th><th>listing</th><th>verdict</th></tr>
${rows}</table>
${report.missing.length > 0 ? `<p>The notice does not name: ${escapeHtml(report.missing.join(', '))}.</p>` : ''}
${report.claims.map((claim, i) => claimHtml(claim, i, images)).join('\n')}
<section><h2>Plan of action (outline: complete and check before sending)</h2>
${plan('Root cause', (claim) => claim.plan.rootCause)}
${plan('Corrective actions', (claim) => claim.plan.correctiveActions)}
${plan('Preventive measures', (claim) => claim.plan.preventiveMeasures)}
</section>
</body>
</html>
`;
}

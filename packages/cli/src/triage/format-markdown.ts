import type { TriageClaim, TriageReport, TriageUse } from '@listinglint/core';
import { citedRegistration, claimTitle, verdictMeaning } from './describe.js';

/** Escapes text for Markdown: no character of a notice or listing can start markup or a link. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** A listing excerpt with the mark in bold. */
function excerptMarkdown(use: TriageUse): string {
  const excerpt = use.excerpt;
  if (!excerpt) return `**${md(use.matchedText)}**`;
  const { text, start, end } = excerpt;
  return `${md(text.slice(0, start))}**${md(text.slice(start, end))}**${md(text.slice(end))}`;
}

function claimSection(claim: TriageClaim, index: number): string[] {
  const out = [`## ${md(claimTitle(claim, index))}`, ''];
  out.push(`**Verdict: ${claim.verdict}**: ${verdictMeaning[claim.verdict]}.`);
  if (claim.grounds.length > 0) out.push('', `Other grounds: ${claim.grounds.join(', ')}.`);
  out.push('', '### Registration record', '');
  if (claim.record) {
    const r = claim.record;
    out.push('| office | number | serial | status | classes | owner | filed | registered | source |', '|---|---|---|---|---|---|---|---|---|');
    out.push(`| ${md(r.office)} | ${md(r.number ?? '')} | ${md(r.serial ?? '')} | ${md(r.status)}${r.statusCode ? ` (${md(r.statusCode)})` : ''} | ${r.classes.join(', ')} | ${md(r.owner)} | ${r.filingDate ?? ''} | ${r.registrationDate ?? ''} | ${md(r.source)} |`);
  } else if (claim.lookUp) {
    out.push(`${md(citedRegistration(claim) || 'The cited registration')} is not in the offline data. Look it up at ${md(claim.lookUp.url)} and note its status, classes and current owner here.`);
  } else {
    out.push('No registration record applies to this claim.');
  }
  out.push('', '### Listing', '');
  if (claim.listing) {
    out.push(`\`${claim.listing.filePath}\`${claim.listing.sku !== undefined ? `, SKU ${md(claim.listing.sku)}` : ''}${claim.listing.marketplace ? `, ${md(claim.listing.marketplace)}` : ''}${claim.listing.classes ? `, classes ${claim.listing.classes.join(', ')}` : ''}`);
    const uses = claim.uses ?? [];
    const text = uses.filter((use) => !use.image);
    const images = uses.filter((use) => use.image);
    out.push('');
    if (uses.length === 0) out.push(`${md(claim.mark ?? 'The mark')} is not used in the listing's text or the images read.`);
    for (const use of text) out.push(`- ${md(use.field ?? 'listing')} (${md(use.location)}), ${use.use} use (${use.cause ?? 'plain'}): ${excerptMarkdown(use)}`);
    if (images.length > 0) {
      out.push('', '#### Image boxes', '');
      for (const use of images) {
        const { path, bbox, confidence } = use.image!;
        out.push(`- \`${path}\`: **${md(use.matchedText)}** at x ${bbox.x}, y ${bbox.y}, ${bbox.width} × ${bbox.height} px (OCR confidence ${confidence.toFixed(2)}), ${use.use} use`);
      }
    }
  } else {
    out.push('The listing was not found in the project: its use of the mark was not checked.');
  }
  out.push('', '### Facts', '');
  for (const fact of claim.facts) out.push(`- ${md(fact.fact)}. *Source: ${md(fact.source)}*`);
  return out;
}

function planSection(report: TriageReport): string[] {
  const out = ['## Plan of action (outline: complete and check before sending)', ''];
  const section = (title: string, pick: (claim: TriageClaim) => string[]) => {
    out.push(`### ${title}`, '');
    const items = report.claims.flatMap((claim, i) => pick(claim).map((item) => `- ${report.claims.length > 1 ? `(claim ${i + 1}) ` : ''}${md(item)}`));
    out.push(...[...new Set(items)], '- …', '');
  };
  section('Root cause', (claim) => claim.plan.rootCause);
  section('Corrective actions', (claim) => claim.plan.correctiveActions);
  section('Preventive measures', (claim) => claim.plan.preventiveMeasures);
  return out;
}

/** The dated evidence report in Markdown: the notice's claims, each claim's record, excerpts, verdict and facts, then a plan-of-action outline. */
export function formatTriageMarkdown(report: TriageReport): string {
  const { notice } = report;
  const out = [
    '# Infringement notice: evidence report',
    '',
    `Date: ${report.generatedAt}. Notice: \`${notice.path}\` (${notice.source}${notice.receivedAt ? `, received ${notice.receivedAt}` : ''})${notice.subject ? `, subject "${md(notice.subject)}"` : ''}.`,
    'Made by `listinglint triage` from offline data only; facts name their sources. This is not legal advice.',
    '',
    '| # | complaint | type | mark | registration | listing | verdict |',
    '|---|---|---|---|---|---|---|',
    ...report.claims.map((claim, i) => `| ${i + 1} | ${md(claim.complaintId ?? '')} | ${claim.type} | ${md(claim.mark ?? '')} | ${md(citedRegistration(claim))} | ${md(claim.listing?.filePath ?? claim.asin ?? claim.sku ?? '')} | ${claim.verdict} |`),
    '',
  ];
  if (report.missing.length > 0) out.push(`The notice does not name: ${report.missing.join(', ')}.`, '');
  report.claims.forEach((claim, i) => out.push(...claimSection(claim, i), ''));
  out.push(...planSection(report));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

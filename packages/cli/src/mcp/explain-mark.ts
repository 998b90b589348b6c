import { readWatchlists, type Finding, type Mark, type Project } from '@listinglint/core';
import type { ProjectHost } from '../server/project-host.js';

/** A sample wording of a use of the mark, linted to show what such a listing would get. */
interface Probe {
  use: string;
  fields: (mark: string) => Record<string, string>;
}

const probes: Probe[] = [
  { use: 'as the first word of the title', fields: (mark) => ({ title: `${mark} trail running shoes` }) },
  { use: 'as compatibility', fields: (mark) => ({ title: `Protective case compatible with ${mark}` }) },
  { use: 'as a style comparison', fields: (mark) => ({ title: `${mark}-style trail running shoes` }) },
  { use: 'with a counterfeit phrase', fields: (mark) => ({ title: `${mark} replica trail running shoes` }) },
];

/** What `explain_mark` answers: the mark's watchlist entry and what each sample use would get. */
export interface MarkExplanation {
  found: boolean;
  query: string;
  mark?: Pick<Mark, 'id' | 'mark' | 'owner' | 'famous' | 'variants' | 'registrations'> & { source: string };
  marketplace?: string;
  category?: string;
  uses: Array<{ use: string; listing: Record<string, string>; findings: Array<Pick<Finding, 'severity' | 'message'> & Partial<Pick<Finding, 'use' | 'cause' | 'phrase' | 'territory'>>> }>;
}

/** The watchlist mark a query names: its id, or its main form or a variant (case-insensitive). */
export function findMark(project: Project, query: string): Mark | undefined {
  const marks = readWatchlists(project.watchlistSources);
  const wanted = query.trim().toLowerCase();
  return marks.find((mark) => mark.id === query.trim()) ?? marks.find((mark) => [mark.mark, ...mark.variants].some((form) => form.toLowerCase() === wanted));
}

/**
 * Explains a mark: its owner and registrations from the watchlist, and for each sample use
 * (first word of the title, compatibility, `-style`, a counterfeit phrase) the trademark findings a
 * listing on `marketplace` in `category` would get, linted through the real rules (never written to disk).
 */
export async function explainMark(host: ProjectHost, query: string, context: { marketplace?: string; category?: string }): Promise<MarkExplanation> {
  const { project, error } = await host.get();
  if (!project) throw error;
  const mark = findMark(project, query);
  if (!mark) return { found: false, query, uses: [] };
  const marketplace = context.marketplace ?? project.config.defaults.marketplace;
  const category = context.category ?? project.config.defaults.category;
  const listings = probes.map((probe, i) => ({
    sku: `EXPLAIN-${i + 1}`,
    ...(marketplace ? { marketplace } : {}),
    ...(category ? { category } : {}),
    ...probe.fields(mark.mark),
  }));
  const report = await host.lintText(JSON.stringify(listings, null, 2), 'listinglint-explain.listing.json');
  const findings = report.results.flatMap((result) => result.findings).filter((finding) => finding.markId === mark.id);
  return {
    found: true,
    query,
    mark: { id: mark.id, mark: mark.mark, owner: mark.owner, famous: mark.famous, variants: mark.variants, registrations: mark.registrations, source: `${mark.source.file}:${mark.source.line}` },
    ...(marketplace ? { marketplace } : {}),
    ...(category ? { category } : {}),
    uses: probes.map((probe, i) => {
      const { sku: _sku, marketplace: _m, category: _c, ...listing } = listings[i] as Record<string, string>;
      return {
        use: probe.use,
        listing,
        findings: findings
          .filter((finding) => finding.sku === `EXPLAIN-${i + 1}`)
          .map((finding) => ({
            severity: finding.severity,
            message: finding.message,
            ...(finding.use ? { use: finding.use } : {}),
            ...(finding.cause ? { cause: finding.cause } : {}),
            ...(finding.phrase ? { phrase: finding.phrase } : {}),
            ...(finding.territory ? { territory: finding.territory } : {}),
          })),
      };
    }),
  };
}

import path from 'node:path';
import type { Report } from '@listinglint/core';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { checkSomethingFound } from '../guards.js';
import { findProjectFiles, lintProject } from '../lint-project.js';
import { toolVersion } from '../run.js';
import type { ProjectHost } from '../server/project-host.js';
import { UsageError } from '../usage-error.js';
import { listingCandidates, triageProject } from '../triage/run-triage.js';
import { explainMark } from './explain-mark.js';

/** The report as structured content: totals and the findings of each file (the JSON report's fields). */
const reportShape = {
  summary: z.object({ files: z.number(), listings: z.number(), images: z.number(), errors: z.number(), warnings: z.number(), infos: z.number() }).passthrough(),
  results: z.array(z.object({ filePath: z.string(), errorCount: z.number(), warningCount: z.number(), infoCount: z.number(), findings: z.array(z.record(z.string(), z.unknown())) })),
};

/** A report as a tool result: a one-line summary for people and the findings as structured content. */
function reportResult(report: Report): CallToolResult {
  const { summary } = report;
  const lines = report.results.flatMap((result) =>
    result.findings.map((finding) => `${result.filePath}:${finding.line ?? 1}:${finding.column ?? 1} ${finding.severity} ${finding.message} (${finding.ruleId})`),
  );
  const text = [`${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos in ${summary.files} files (${summary.listings} listings)`, ...lines].join('\n');
  return { content: [{ type: 'text', text }], structuredContent: { summary, results: report.results } as unknown as Record<string, unknown> };
}

/** A path the agent gave, made absolute; one outside the workspace is refused. */
function insideWorkspace(cwd: string, file: string): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new UsageError(`${file} is outside the workspace ${cwd}`);
  return absolute;
}

/** A config, watchlist or usage problem as a tool error the agent can read and act on. */
function failure(error: unknown): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: `listinglint: ${(error as Error).message}` }] };
}

/**
 * The MCP server: tools to lint text, lint the workspace's files and explain a watchlist mark,
 * all with the workspace's one shared project (reloaded when its config or a watchlist changes).
 * and triage an infringement notice against a listing (the same judgement as `listinglint triage`).
 */
export function createMcpServer(host: ProjectHost, version: string): McpServer {
  const server = new McpServer({ name: 'listinglint', version });
  const cwd = host.options.cwd;

  server.registerTool(
    'lint_text',
    {
      title: 'Lint a listing given as text',
      description:
        'Lints one e-commerce listing (Markdown with YAML front matter, a *.listing.json object, or a CSV/TSV export) for third-party trademarks and listing problems, with the workspace config and watchlists. Text only: images are not read.',
      inputSchema: {
        text: z.string().describe('The listing file content'),
        filePath: z.string().default('listing.md').describe('The file name it is linted as (picks the format; relative to the workspace), e.g. listings/shoe.md'),
      },
      outputSchema: reportShape,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ text, filePath }) => {
      try {
        return reportResult(await host.lintText(text, filePath));
      } catch (error) {
        return failure(error);
      }
    },
  );

  server.registerTool(
    'lint_files',
    {
      title: 'Lint listing files of the workspace',
      description: "Lints listing files of the workspace (paths or globs relative to it; default: the config's include globs) and returns the findings.",
      inputSchema: {
        files: z.array(z.string()).optional().describe('Paths or globs inside the workspace'),
        ocr: z.boolean().default(false).describe('Also read the text on product images (slow on first use)'),
      },
      outputSchema: reportShape,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ files, ocr }) => {
      try {
        const { project, error } = await host.get();
        if (!project) throw error;
        const patterns = files ?? [];
        for (const pattern of patterns) insideWorkspace(cwd, pattern);
        const { config } = project;
        const discovered = await findProjectFiles(project, cwd, patterns);
        checkSomethingFound({ ...discovered, patterns, include: config.include });
        const { report } = await lintProject(project, { cwd, files: discovered.files, explicit: discovered.explicit, ocr, toolVersion: version });
        return reportResult(report);
      } catch (error) {
        return failure(error);
      }
    },
  );

  server.registerTool(
    'explain_mark',
    {
      title: 'Explain a watchlist mark',
      description:
        "Shows a watchlist mark's owner and registrations (office, number, Nice classes, status) and, for sample uses (first word of the title, compatibility, `<mark>-style`, a counterfeit phrase), the findings a listing on the marketplace and category would get.",
      inputSchema: {
        mark: z.string().describe('The mark id, its main form or a variant'),
        marketplace: z.string().optional().describe('e.g. amazon.com, amazon.de, ebay.co.uk (default: the config default)'),
        category: z.string().optional().describe('e.g. shoes, electronics (default: the config default)'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ mark, marketplace, category }) => {
      try {
        const explanation = await explainMark(host, mark, { marketplace, category });
        if (!explanation.found) return { isError: true, content: [{ type: 'text', text: `listinglint: no watchlist mark \`${mark}\` (give its id, main form or a variant)` }] };
        const text = [
          `${explanation.mark!.mark} (${explanation.mark!.id}), ${explanation.mark!.owner}${explanation.mark!.famous ? ', famous' : ''}`,
          ...explanation.mark!.registrations.map((r) => `  ${r.office} ${r.number}: classes ${r.classes.join(', ')} (${r.status ?? 'registered'})`),
          ...explanation.uses.map((use) => `${use.use}: ${use.findings.length === 0 ? 'no finding' : use.findings.map((f) => `${f.severity} (${f.use ?? '-'}/${f.cause ?? '-'})`).join(', ')}`),
        ].join('\n');
        return { content: [{ type: 'text', text }], structuredContent: explanation as unknown as Record<string, unknown> };
      } catch (error) {
        return failure(error);
      }
    },
  );
  server.registerTool(
    'triage_notice',
    {
      title: 'Triage an infringement notice',
      description:
        'Judges a marketplace infringement notice (.txt or .eml file in the workspace) against the listing it names: each claim gets a verdict (supported, disputable:wrong-class, disputable:not-used, unverified, ...) with the facts that decided it and where each came from, as `listinglint triage --format json` gives. Offline: registrations come from the watchlists and registry files.',
      inputSchema: {
        notice: z.string().describe('The notice file, relative to the workspace'),
        listing: z.string().optional().describe('The listing file the notice is about (default: found by the SKU or ASIN in the notice)'),
        sku: z.string().optional().describe('The SKU of the listing, when the notice does not name it'),
        registry: z.array(z.string()).optional().describe('USPTO XML or watchlist files with registrations, relative to the workspace'),
        ocr: z.boolean().default(false).describe("Also read the listing's images (slow on first use)"),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ notice, listing, sku, registry, ocr }) => {
      try {
        const { project, error } = await host.get();
        if (!project) throw error;
        const inside = (file: string) => insideWorkspace(cwd, file);
        const listingFile = listing === undefined ? undefined : inside(listing);
        const report = await triageProject(project, {
          cwd,
          notice: { path: inside(notice), shown: notice },
          registryFiles: (registry ?? []).map(inside),
          listingFile,
          sku,
          projectFiles: await listingCandidates(project, cwd, listingFile),
          ocr,
          toolVersion: version,
          today: new Date().toISOString().slice(0, 10),
        });
        const text = report.claims.map((claim) => `${claim.mark ?? '(no mark)'}: ${claim.verdict}`).join('\n');
        return { content: [{ type: 'text', text }], structuredContent: report as unknown as Record<string, unknown> };
      } catch (error) {
        return failure(error);
      }
    },
  );
  return server;
}

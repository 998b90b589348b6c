import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintFiles, type EngineOcrOptions } from '../engine/run.js';
import { readListingTexts } from '../engine/read-listing-texts.js';
import { formatsFor, prepareFormats, readListingFile, type ReadInputs } from '../formats/index.js';
import { jurisdictionOf } from '../legal/marketplaces.js';
import { classesOf } from '../legal/nice-classes.js';
import { isLive, officeKey, territoriesOf } from '../legal/offices.js';
import { reaches } from '../legal/territories.js';
import type { ConfiguredRule } from '../kernel/lint-listing.js';
import { importUsptoFiles, markKey, numberKey, writeWatchlistYaml } from '../registry/index.js';
import type { Finding, LintSettings, Listing, Mark, TriageClaim, TriageReport, TriageUse } from '../types.js';
import { readWatchlists, type WatchlistSource } from '../watchlist/index.js';
import { extractClaims, type ExtractedClaim } from './extract-claims.js';
import { judgeClaim, type ClaimListing, type FoundRegistration } from './judge-claim.js';
import { readNotice } from './read-notice.js';

/** A notice that cannot be read or holds no recognisable claim (the CLI's exit 2). */
export class TriageInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TriageInputError';
  }
}

/** What a triage needs: the notice, the project's parts, the listing hints, and how to read images. */
export interface TriageOptions {
  cwd: string;
  root: string;
  /** The notice file (absolute) and how it is shown. */
  notice: { path: string; shown: string };
  /** The project's watchlist files' text (config and `-w`). */
  watchlistSources: WatchlistSource[];
  /** `--registry` files, absolute: watchlists (YAML/JSON) or USPTO XML (`.xml`, `.zip`). */
  registryFiles: string[];
  rules: ConfiguredRule[];
  settings: LintSettings;
  inputs?: ReadInputs;
  /** `--listing FILE` (absolute). */
  listingFile?: string;
  /** `--sku`. */
  sku?: string;
  /** The project's listing files (absolute), searched by ASIN or SKU when no `--listing` is given. */
  projectFiles: string[];
  ocr: EngineOcrOptions;
  toolVersion: string;
  /** The date the report is made (YYYY-MM-DD). */
  now: string;
}

const shownPath = (cwd: string, file: string) => path.relative(cwd, file).split(path.sep).join('/') || file;

/**
 * Triages an infringement notice (design.md "Complaint triage"): reads the claims, finds the
 * listing, lints it with the project's rules and the claimed marks (the same use reading and
 * class/territory logic as `listinglint`), looks each cited registration up in the offline data
 * and gives each claim one verdict with its facts. Reads only the named files; sends nothing.
 */
export async function triageNotice(options: TriageOptions): Promise<TriageReport> {
  const { cwd } = options;
  let raw: string;
  try {
    raw = readFileSync(options.notice.path, 'utf8');
  } catch (error) {
    throw new TriageInputError(`Cannot read the notice ${options.notice.shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const notice = readNotice(raw, options.notice.path);
  const { source, claims } = extractClaims(notice);
  if (claims.length === 0 || claims.every((claim) => !claim.mark && !claim.number && !claim.type)) {
    throw new TriageInputError(
      `No claim found in the notice ${options.notice.shown}: it names no trademark, registration number or infringement type ` +
        '(looked for lines such as `Infringement type: Trademark`, `Trademark number: 1234567`, `Trademark: NAME`, `ASIN: B0…`, `Complaint ID: …`, and for "infringe the following trademark: NAME")',
    );
  }

  // The offline data: the project's watchlists, --registry watchlists, and USPTO XML cut to the claims.
  const projectFiles = new Set(options.watchlistSources.map((s) => path.resolve(cwd, s.file)));
  const sources: WatchlistSource[] = [...options.watchlistSources];
  const xml = options.registryFiles.filter((file) => /\.(?:xml|zip)$/i.test(file));
  for (const file of options.registryFiles.filter((f) => !xml.includes(f) && !projectFiles.has(f))) {
    sources.push({ file: shownPath(cwd, file), text: readFileSync(file, 'utf8').replace(/^\uFEFF/, '') });
  }
  if (xml.length > 0) {
    const marks = claims.flatMap((claim) => (claim.mark ? [claim.mark.value] : []));
    const numbers = claims.flatMap((claim) => (claim.number ? [claim.number.value] : []));
    const imported = await importUsptoFiles(xml, { marks, numbers }, (file) => shownPath(cwd, file));
    // A case already imported into a watchlist (`uspto-<serial>`) is kept from there.
    const have = new Set(sources.length > 0 ? readWatchlists(sources).map((mark) => mark.id) : []);
    imported.marks = imported.marks.filter((mark) => !have.has(mark.id));
    if (imported.marks.length > 0) sources.push({ file: xml.map((file) => shownPath(cwd, file)).join(', '), text: writeWatchlistYaml(imported.marks, []) });
  }
  const marks = sources.length > 0 ? readWatchlists(sources) : [];

  // Each claim's registration and mark text.
  const lookups = claims.map((claim) => findRegistration(claim, marks, options.settings));
  const markTexts = claims.map((claim, i) => claim.mark?.value ?? lookups[i]?.mark.mark);
  // A claimed mark no watchlist holds is still looked for in the listing, with no registration.
  const known = new Set(marks.flatMap((mark) => [mark.mark, ...mark.variants].map(markKey)));
  const claimed = [...new Set(markTexts.filter((text): text is string => text !== undefined && [...text.replace(/[\s\p{P}]/gu, '')].length >= 2).map(markKey))];
  const extra = claimed.filter((key) => !known.has(key));
  const lintSources = [...sources];
  if (extra.length > 0) {
    lintSources.push({
      file: `${options.notice.shown} (claimed marks)`,
      text: `marks:\n${extra.map((key, i) => `  - id: claimed-${i + 1}\n    mark: ${JSON.stringify(key)}\n`).join('')}`,
    });
  }

  // The listings.
  await prepareFormats();
  const located = claims.map((claim) => locateListing(claim, options));
  const files = [...new Set(located.flatMap((found) => (found ? [found.absolutePath] : [])))];
  if (files.length === 0 && claims.every((claim) => claim.type?.value !== 'copyright' && claim.type?.value !== 'patent')) {
    const ids = claims.flatMap((claim) => [claim.asin && `ASIN ${claim.asin.value}`, claim.sku && `SKU ${claim.sku.value}`, claim.listingId && `listing id ${claim.listingId.value}`].filter(Boolean));
    throw new TriageInputError(
      ids.length > 0
        ? `No listing of the project has ${ids.join(', ')} (searched ${options.projectFiles.length} file${options.projectFiles.length === 1 ? '' : 's'} of the project for \`asin\` and \`sku\`): pass --listing FILE or --sku SKU`
        : `The notice ${options.notice.shown} names no ASIN, SKU or listing URL: pass --listing FILE or --sku SKU`,
    );
  }
  // Lint the listings with the trademark rules on (a ceiling of error): the same judgement as `listinglint`.
  const rules = options.rules
    .filter(({ rule }) => rule.id.startsWith('trademark/'))
    .map((configured) => ({ ...configured, severity: configured.severity === 'off' ? ('error' as const) : configured.severity }));
  const lint =
    files.length > 0
      ? await lintFiles({ cwd, root: options.root, files, watchlistSources: lintSources, rules, settings: options.settings, ocr: options.ocr, toolVersion: options.toolVersion, ...(options.inputs ? { inputs: options.inputs } : {}) })
      : undefined;
  const markIdsOf = (text: string | undefined, found: FoundRegistration | undefined): Set<string> => {
    const ids = new Set<string>();
    if (found) ids.add(found.mark.id);
    if (text === undefined) return ids;
    const key = markKey(text);
    for (const mark of marks) if ([mark.mark, ...mark.variants].some((form) => markKey(form) === key)) ids.add(mark.id);
    const index = extra.indexOf(key);
    if (index >= 0) ids.add(`claimed-${index + 1}`);
    return ids;
  };

  const judged: TriageClaim[] = claims.map((claim, i) => {
    const where = located[i];
    let listing: ClaimListing | undefined;
    if (where && lint) {
      const ids = markIdsOf(markTexts[i], lookups[i]);
      const findings = lint.report.results
        .filter((result) => result.filePath === where.listing.file)
        .flatMap((result) => result.findings)
        .filter((finding) => finding.markId !== undefined && ids.has(finding.markId) && (where.listing.sku === undefined || finding.sku === where.listing.sku));
      listing = describeListing(where, findings, options, lint.report.summary.images);
    }
    return judgeClaim({ claim, noticePath: options.notice.shown, ...(markTexts[i] ? { markText: markTexts[i] } : {}), ...(lookups[i] ? { found: lookups[i] } : {}), ...(listing ? { listing } : {}) });
  });

  const missing: string[] = [];
  if (claims.every((claim) => !claim.rightsOwner)) missing.push('the rights owner');
  if (claims.every((claim) => !claim.number)) missing.push('a registration or serial number');
  if (claims.every((claim) => !claim.mark)) missing.push('the mark');
  if (claims.every((claim) => !claim.complaintId)) missing.push('a complaint id');
  if (claims.every((claim) => !claim.asin && !claim.sku && !claim.listingId && !claim.url)) missing.push('the ASIN, SKU or listing URL');
  return {
    version: 1,
    generatedAt: options.now,
    notice: {
      path: options.notice.shown,
      source,
      ...(notice.receivedAt ? { receivedAt: notice.receivedAt } : {}),
      ...(notice.subject ? { subject: notice.subject } : {}),
    },
    claims: judged,
    missing,
  };
}

/**
 * The registration a claim cites, found by number (and office, when the notice names one). With
 * no number cited: the claimed mark's weightiest registration (live, then reaching the default
 * territory). Only the cited registration is judged: a cited number not found is `undefined`.
 */
export function findRegistration(claim: ExtractedClaim, marks: readonly Mark[], settings: LintSettings): FoundRegistration | undefined {
  const office = claim.office ? officeKey(claim.office.value) : undefined;
  if (claim.number) {
    const cited = numberKey(claim.number.value);
    const kind = claim.number.kind;
    const hits: FoundRegistration[] = [];
    for (const mark of marks) {
      for (const registration of mark.registrations) {
        if (office !== undefined && officeKey(registration.office) !== office) continue;
        const byNumber = kind !== 'serial' && registration.number !== '' && numberKey(registration.number) === cited;
        const bySerial = kind !== 'registration' && registration.serial !== undefined && numberKey(registration.serial) === cited;
        if (byNumber || bySerial) hits.push({ mark, registration, by: 'number' });
      }
    }
    const wanted = claim.mark ? markKey(claim.mark.value) : undefined;
    return hits.find((hit) => wanted !== undefined && markKey(hit.mark.mark) === wanted) ?? hits[0];
  }
  if (!claim.mark) return undefined;
  const key = markKey(claim.mark.value);
  const territory = jurisdictionOf(undefined, settings).territory;
  const candidates = marks
    .filter((mark) => [mark.mark, ...mark.variants].some((form) => markKey(form) === key))
    .flatMap((mark) => mark.registrations.filter((r) => office === undefined || officeKey(r.office) === office).map((registration) => ({ mark, registration, by: 'mark' as const })));
  const score = (hit: FoundRegistration) => (isLive(hit.registration) ? 2 : 0) + (territory === undefined || reaches(territoriesOf(hit.registration), territory) ? 1 : 0);
  return candidates.sort((a, b) => score(b) - score(a))[0];
}

interface LocatedListing {
  absolutePath: string;
  listing: Listing;
  source: string;
  foundBy: string;
}

/** Every listing of a file, read as the linter reads it. */
function listingsOf(absolutePath: string, options: TriageOptions): { listings: Listing[]; source: string } {
  const [text] = readListingTexts([absolutePath], options.cwd, false);
  if (text.text === undefined) return { listings: [], source: '' };
  for (const format of formatsFor(absolutePath)) {
    const { result, source } = readListingFile(text.text, format, { file: text.file, absolutePath, root: options.root, cwd: options.cwd }, true, text.bytes, options.inputs);
    if (result.kind === 'not-listing') continue;
    return { listings: result.kind === 'listings' ? result.listings : [], source };
  }
  return { listings: [], source: '' };
}

/** The listing a claim is about: `--listing` (narrowed by `--sku` or the claim's ids), `--sku`, else the claim's ASIN, SKU or listing id. */
function locateListing(claim: ExtractedClaim, options: TriageOptions): LocatedListing | undefined {
  const ids = {
    asin: claim.asin?.value.toUpperCase(),
    sku: options.sku ?? claim.sku?.value ?? claim.listingId?.value,
  };
  const matches = (listing: Listing) => (ids.sku !== undefined && listing.sku === ids.sku) || (ids.asin !== undefined && listing.asin?.toUpperCase() === ids.asin);
  if (options.listingFile) {
    const { listings, source } = listingsOf(options.listingFile, options);
    const shown = shownPath(options.cwd, options.listingFile);
    const listing = (options.sku !== undefined ? listings.find((l) => l.sku === options.sku) : undefined) ?? listings.find(matches) ?? (listings.length === 1 || options.sku === undefined ? listings[0] : undefined);
    return listing ? { absolutePath: options.listingFile, listing, source, foundBy: `--listing ${shown}${options.sku ? ` --sku ${options.sku}` : ''}` } : undefined;
  }
  if (ids.asin === undefined && ids.sku === undefined) return undefined;
  for (const file of options.projectFiles) {
    const { listings, source } = listingsOf(file, options);
    const listing = options.sku !== undefined ? listings.find((l) => l.sku === options.sku) : listings.find(matches);
    if (!listing) continue;
    const by = options.sku !== undefined ? `--sku ${options.sku}` : listing.asin?.toUpperCase() === ids.asin ? `ASIN ${ids.asin}` : `SKU ${ids.sku}`;
    return { absolutePath: file, listing, source, foundBy: `${by} found in ${listing.file}` };
  }
  return undefined;
}

/** The listing's context (jurisdiction, goods and where each came from) and the uses linting found. */
function describeListing(where: LocatedListing, findings: Finding[], options: TriageOptions, imagesRead: number): ClaimListing {
  const { listing, source } = where;
  const { settings } = options;
  const keyLine = (key: string) => `${listing.file}:${listing.keyLocations[key]?.line ?? listing.location.line} (${key})`;
  const marketplaceSource = listing.marketplace !== undefined ? keyLine('marketplace') : settings.defaults.marketplace !== undefined ? 'the config\'s defaults.marketplace' : 'neither the listing nor the config names a marketplace';
  const categorySource = listing.classes && listing.classes.length > 0 ? keyLine('classes') : listing.category !== undefined ? keyLine('category') : settings.defaults.category !== undefined ? 'the config\'s defaults.category' : 'neither the listing nor the config names a category';
  const lines = source.split('\n');
  const uses = findings.map((finding): TriageUse => {
    const excerpt = excerptOf(finding, lines, listing);
    return {
      ruleId: finding.ruleId,
      ...(finding.field ? { field: finding.field } : {}),
      matchedText: finding.matchedText ?? '',
      use: finding.use ?? 'brand',
      ...(finding.cause ? { cause: finding.cause } : {}),
      ...(finding.phrase ? { phrase: finding.phrase } : {}),
      location: `${finding.file}:${finding.line}:${finding.column}`,
      ...(excerpt ? { excerpt } : {}),
      ...(finding.image ? { image: { path: finding.image.path, bbox: { ...finding.image.bbox }, confidence: finding.image.confidence } } : {}),
    };
  });
  const title = listing.fields.find((field) => field.path === 'title')?.value;
  return {
    file: listing.file,
    ...(listing.sku !== undefined ? { sku: listing.sku } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(listing.marketplace ?? settings.defaults.marketplace ? { marketplace: listing.marketplace ?? settings.defaults.marketplace } : {}),
    foundBy: where.foundBy,
    jurisdiction: jurisdictionOf(listing.marketplace, settings),
    goods: classesOf(listing, settings),
    uses,
    imagesRead: listing.images.length > 0 ? Math.min(imagesRead, listing.images.length) : 0,
    images: listing.images.length,
    marketplaceSource,
    categorySource,
  };
}

const EXCERPT_SIDE = 60;

/** The text around a text finding (its source line, or the field's value), and the match's place in it. */
function excerptOf(finding: Finding, lines: string[], listing: Listing): TriageUse['excerpt'] {
  if (finding.image) return undefined;
  const line = lines[finding.line - 1]?.replace(/\r$/, '');
  let text: string | undefined;
  let start = 0;
  let end = 0;
  if (line !== undefined && finding.endLine === finding.line && finding.endColumn > finding.column) {
    text = line;
    start = finding.column - 1;
    end = finding.endColumn - 1;
  } else {
    const value = listing.fields.find((field) => field.path === finding.field)?.value;
    const at = value && finding.matchedText ? value.indexOf(finding.matchedText) : -1;
    if (value === undefined || at < 0) return undefined;
    text = value;
    start = at;
    end = at + (finding.matchedText?.length ?? 0);
  }
  const from = Math.max(0, start - EXCERPT_SIDE);
  const to = Math.min(text.length, end + EXCERPT_SIDE);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  return { text: `${prefix}${text.slice(from, to)}${suffix}`, start: start - from + prefix.length, end: end - from + prefix.length };
}

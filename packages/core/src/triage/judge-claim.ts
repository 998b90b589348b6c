import { classList, type ListingGoods } from '../legal/nice-classes.js';
import { isLive, territoriesOf } from '../legal/offices.js';
import type { Jurisdiction } from '../legal/marketplaces.js';
import { euMemberStates, reaches } from '../legal/territories.js';
import type { Mark, Registration, TriageClaim, TriageFact, TriageRegistration, TriageUse, Verdict } from '../types.js';
import type { Cited, ExtractedClaim } from './extract-claims.js';
import { officeSearchPage } from './office-search.js';
import { sameOwner } from './owner-name.js';

/** design.md's order: where several grounds apply, the first is the verdict. */
export const verdictOrder: readonly Verdict[] = [
  'disputable:not-used',
  'disputable:nominative-use',
  'unverified',
  'disputable:wrong-territory',
  'disputable:not-live',
  'disputable:wrong-class',
  'disputable:owner-mismatch',
];

/** The registration a claim cites, as found in the offline data, and how it was found. */
export interface FoundRegistration {
  mark: Mark;
  registration: Registration;
  /** `number`: the cited number; `mark`: the notice cites none, the mark's weightiest registration. */
  by: 'number' | 'mark';
}

/** The listing a claim is about, with what linting found in it. */
export interface ClaimListing {
  file: string;
  sku?: string;
  title?: string;
  marketplace?: string;
  /** How the listing was found: `--listing x.md`, `ASIN B0… in x.md`. */
  foundBy: string;
  jurisdiction: Jurisdiction;
  goods: ListingGoods;
  /** Uses of the claimed mark that linting found (text and images). */
  uses: TriageUse[];
  /** Images linting read (OCR) for this listing, and the images it names. */
  imagesRead: number;
  images: number;
  /** Where the marketplace and category came from, for the facts. */
  marketplaceSource: string;
  categorySource: string;
}

/** Everything one claim is judged on. */
export interface ClaimInput {
  claim: ExtractedClaim;
  noticePath: string;
  /** The mark text judged (the notice's, else the registration's). */
  markText?: string;
  found?: FoundRegistration;
  listing?: ClaimListing;
}

const cite = (noticePath: string, cited: Cited) => `${noticePath}: "${cited.line}"${cited.shared ? ' (stated once for the whole notice)' : ''}`;

/** `watchlist.yaml:12` or `apc261102.xml, serial 97111111`: where a registration record came from. */
export function recordSource(found: FoundRegistration): string {
  const { registration, mark } = found;
  if (registration.source) return `${registration.source.file}, case serial ${registration.source.serial ?? registration.serial ?? '?'}`;
  return `${mark.source.file}:${mark.source.line} (mark \`${mark.id}\`)`;
}

function registrationLabel(registration: Registration): string {
  const number = registration.number !== '' ? `registration ${registration.number}` : `application ${registration.serial ?? '(no number)'}`;
  return `${registration.office} ${number}`;
}

function record(found: FoundRegistration): TriageRegistration {
  const { mark, registration } = found;
  return {
    office: registration.office,
    ...(registration.number !== '' ? { number: registration.number } : {}),
    ...(registration.serial ? { serial: registration.serial } : {}),
    status: registration.status,
    ...(registration.source?.statusCode ? { statusCode: registration.source.statusCode } : {}),
    classes: [...registration.classes],
    owner: mark.owner,
    mark: mark.mark,
    famous: mark.famous,
    ...(registration.source?.filingDate ? { filingDate: registration.source.filingDate } : {}),
    ...(registration.source?.registrationDate ? { registrationDate: registration.source.registrationDate } : {}),
    source: recordSource(found),
  };
}

/**
 * Judges one claim (design.md "Complaint triage"): every ground that applies, the first of them
 * in design.md's order as the verdict, each fact with its source, and a plan of action pre-filled
 * from the facts. Copyright and patent claims get `needs-review` with what to check.
 */
export function judgeClaim(input: ClaimInput): TriageClaim {
  const { claim, noticePath, found, listing } = input;
  const facts: TriageFact[] = [];
  const grounds = new Set<Verdict>();
  const type = claim.type?.value ?? 'trademark';
  const mark = input.markText;
  const add = (fact: string, source: string) => facts.push({ fact, source });

  if (claim.type) add(`The notice claims ${claim.type.value} infringement`, cite(noticePath, claim.type));
  else add('The notice names no infringement type: judged as a trademark claim', noticePath);
  if (claim.mark) add(`The claimed mark is ${claim.mark.value}`, cite(noticePath, claim.mark));
  if (claim.number) add(`The notice cites ${claim.number.kind === 'unknown' ? 'number' : `${claim.number.kind} number`} ${claim.number.value}${claim.office ? ` at ${claim.office.value}` : ''}`, cite(noticePath, claim.number));
  if (claim.rightsOwner) add(`The notice names the rights owner ${claim.rightsOwner.value}`, cite(noticePath, claim.rightsOwner));

  const result: TriageClaim = {
    ...(claim.complaintId ? { complaintId: claim.complaintId.value } : {}),
    type,
    ...(mark ? { mark } : {}),
    ...(claim.number || claim.office
      ? {
          registration: {
            ...(claim.number && claim.number.kind !== 'serial' ? { number: claim.number.value } : {}),
            ...(claim.number?.kind === 'serial' ? { serial: claim.number.value } : {}),
            ...(claim.office ? { office: claim.office.value } : {}),
          },
        }
      : {}),
    ...(claim.rightsOwner ? { rightsOwner: claim.rightsOwner.value } : {}),
    ...(claim.asin ? { asin: claim.asin.value } : {}),
    ...(claim.sku ? { sku: claim.sku.value } : claim.listingId ? { sku: claim.listingId.value } : {}),
    ...(claim.url ? { url: claim.url.value } : {}),
    ...(listing
      ? {
          listing: {
            filePath: listing.file,
            ...(listing.sku !== undefined ? { sku: listing.sku } : {}),
            ...(listing.marketplace !== undefined ? { marketplace: listing.marketplace } : {}),
            ...(listing.goods.classes ? { classes: [...listing.goods.classes] } : {}),
            ...(listing.title !== undefined ? { title: listing.title } : {}),
          },
        }
      : {}),
    verdict: 'needs-review',
    grounds: [],
    facts,
    plan: { rootCause: [], correctiveActions: [], preventiveMeasures: [] },
  };

  if (listing) add(`The listing is ${listing.file}${listing.sku !== undefined ? ` (SKU ${listing.sku})` : ''}`, listing.foundBy);
  else add('No listing of the project matches the notice\'s ASIN, SKU or listing id: the use of the mark was not checked', 'pass --listing FILE or --sku SKU');

  if (type === 'copyright' || type === 'patent') {
    needsReview(result, input);
    return result;
  }

  // Use: what linting found for the claimed mark in the listing's text and images.
  if (listing && mark) {
    const { uses } = listing;
    if (uses.length === 0) {
      grounds.add('disputable:not-used');
      const plural = (n: number) => `${n} image${n === 1 ? '' : 's'}`;
      const pictures =
        listing.imagesRead > 0 ? ` or its ${plural(listing.imagesRead)} read` : listing.images > 0 ? ` (its ${plural(listing.images)} were not read: OCR is off; check them by eye)` : ' (it has no image)';
      add(`${mark} is not used in the listing's text${pictures}`, `listinglint's matcher on ${listing.file}`);
    } else {
      for (const use of uses) add(`${use.matchedText} is used ${describeUse(use)} in ${use.field ?? 'the listing'}`, use.location);
      if (uses.every((use) => use.use === 'nominative')) grounds.add('disputable:nominative-use');
    }
  } else if (!mark) {
    add('Neither the notice nor the offline data names the mark: its use was not checked', noticePath);
  }

  // The registration.
  if (!found) {
    grounds.add('unverified');
    // The notice names no office: the register of the marketplace's country is the first place to look.
    const office = claim.office?.value ?? homeOffice(listing?.jurisdiction.territory);
    const page = officeSearchPage(office);
    result.lookUp = { office: page.office, url: page.url };
    add(
      claim.number
        ? `${claim.number.value} is not in the offline data (watchlists and --registry files): look it up at ${page.name}, ${page.url}`
        : `The notice cites no registration number and no registration of ${mark ?? 'the mark'} is in the offline data: look the mark up at ${page.name}, ${page.url}`,
      'the watchlists and --registry files',
    );
  } else {
    const { registration } = found;
    const where = recordSource(found);
    result.record = record(found);
    if (found.by === 'mark') add(`The notice cites no number; judged against ${registrationLabel(registration)} of ${found.mark.mark}, the weightiest in the offline data`, where);
    else add(`${registrationLabel(registration)} is ${found.mark.mark}, owned by ${found.mark.owner || '(no owner recorded)'}`, where);
    // Territory.
    const territories = territoriesOf(registration);
    const territory = listing?.jurisdiction.territory;
    if (territory === undefined) {
      add(`The listing's marketplace is ${listing ? 'unknown' : 'not known'}: the territory was not checked (judged as if the registration reached it)`, listing?.marketplaceSource ?? noticePath);
    } else if (!reaches(territories, territory)) {
      grounds.add('disputable:wrong-territory');
      add(`${registration.office} registrations cover ${territories.join(', ') || 'no territory listinglint knows'}; the listing sells on ${listing?.marketplace} (${territory})`, `${where}; ${listing?.marketplaceSource}`);
    } else {
      add(`${registration.office} covers ${territory}, where the listing sells (${listing?.marketplace})`, listing?.marketplaceSource ?? where);
    }
    // Status.
    const code = registration.source?.statusCode ? ` (USPTO status code ${registration.source.statusCode})` : '';
    if (!isLive(registration)) {
      grounds.add('disputable:not-live');
      add(`The registration is ${registration.status}${code}`, where);
    } else {
      add(`The registration is ${registration.status}${code}${registration.status === 'pending' ? ': a pending application counts as live' : ''}`, where);
    }
    // Classes.
    const classes = listing?.goods.classes;
    if (classes === undefined) {
      add(`The listing's category is unknown: judged as if every class overlapped`, listing?.categorySource ?? noticePath);
    } else if (registration.classes.length > 0) {
      const overlap = registration.classes.filter((c) => classes.includes(c));
      if (overlap.length > 0) add(`The registration covers ${classList(overlap)} of the listing's goods`, `${where}; ${listing?.categorySource}`);
      else if (found.mark.famous) add(`The registration covers ${classList(registration.classes)} only, but ${found.mark.mark} is marked famous: protected beyond its classes`, `${where}; ${listing?.categorySource}`);
      else {
        grounds.add('disputable:wrong-class');
        add(`The registration covers ${classList(registration.classes)} only; the product is ${classList(classes)} (${listing?.goods.label})`, `${where}; ${listing?.categorySource}`);
      }
    }
    // Owner.
    if (!claim.rightsOwner) add('The notice names no rights owner: ownership was not compared', noticePath);
    else if (!found.mark.owner) add('The offline record names no owner: ownership was not compared', where);
    else if (!sameOwner(claim.rightsOwner.value, found.mark.owner)) {
      grounds.add('disputable:owner-mismatch');
      add(`The registration's current owner is ${found.mark.owner}, not ${claim.rightsOwner.value}`, `${where}; ${cite(noticePath, claim.rightsOwner)}`);
    } else add(`The rights owner ${claim.rightsOwner.value} is the registration's current owner`, where);
  }

  const ordered = verdictOrder.filter((verdict) => grounds.has(verdict));
  if (ordered.length > 0) {
    result.verdict = ordered[0];
    result.grounds = ordered.slice(1);
  } else if (listing && mark) {
    result.verdict = 'supported';
  } else {
    result.verdict = 'needs-review';
    add('The registration holds, but the listing was not found: check the use of the mark by hand', noticePath);
  }
  if (listing) result.uses = listing.uses;
  result.plan = planFor(result, input);
  return result;
}

/** The office of a marketplace's country: USPTO for US, EUIPO for an EU member state, … */
function homeOffice(territory: string | undefined): string | undefined {
  if (territory === undefined) return undefined;
  const offices: Record<string, string> = { US: 'USPTO', GB: 'UKIPO', JP: 'JPO', CA: 'CIPO', AU: 'IPAUSTRALIA', CN: 'CNIPA', MX: 'IMPI', IN: 'CGPDTM' };
  return offices[territory] ?? (territory === 'EU' || euMemberStates.includes(territory) ? 'EUIPO' : undefined);
}

function describeUse(use: TriageUse): string {
  const kind = use.use === 'nominative' ? 'nominatively' : use.use === 'counterfeit' ? 'as a counterfeit signal' : 'as a brand';
  return `${kind} (${use.cause ?? 'plain'}${use.phrase ? `: "${use.phrase}"` : ''})`;
}

function needsReview(result: TriageClaim, input: ClaimInput): void {
  const { listing, noticePath } = input;
  const add = (fact: string, source: string) => result.facts.push({ fact, source });
  if (result.type === 'copyright') {
    add('Copyright is not a registration listinglint can check: whose photos and text these are decides', noticePath);
    if (listing) add(`The listing has ${listing.imagesRead} image${listing.imagesRead === 1 ? '' : 's'} read; check each one's origin (your own shoot, the supplier's licence, stock licence)`, listing.file);
    result.plan = {
      rootCause: ['Which image or text the rights owner says was copied, and where each of yours came from'],
      correctiveActions: ['Replace any image or text you cannot show you own or licensed', 'Keep the originals (camera files with dates), licences or the supplier\'s written permission as evidence'],
      preventiveMeasures: ['Use only your own photos and text, or material with a written licence on file'],
    };
  } else {
    add('Patent claims (utility and design patents) depend on the product\'s construction and shape, which listinglint cannot see', noticePath);
    result.plan = {
      rootCause: ['Which patent (number, country) the notice cites and which product feature it covers'],
      correctiveActions: ['Look the patent up (number, status, country, claims or design drawings) and compare it with the product', 'Ask the supplier for freedom-to-operate or licence documents'],
      preventiveMeasures: ['Check products for design and utility patents in each marketplace\'s country before listing'],
    };
  }
  result.verdict = 'needs-review';
  result.grounds = [];
}

/** A plan-of-action outline (root cause, corrective actions, preventive measures) filled with the facts found. */
function planFor(claim: TriageClaim, input: ClaimInput): TriageClaim['plan'] {
  const mark = claim.mark ?? 'the mark';
  const rootCause: string[] = [];
  const correctiveActions: string[] = [];
  const preventiveMeasures: string[] = [];
  const uses = claim.uses ?? [];
  const brandUses = uses.filter((use) => use.use !== 'nominative');
  for (const use of brandUses) {
    rootCause.push(`${use.matchedText} appears ${describeUse(use)} in ${use.field ?? 'the listing'} (${use.location})`);
    correctiveActions.push(use.image ? `Replace or edit image ${use.image.path}: ${mark} shows at x ${use.image.bbox.x}, y ${use.image.bbox.y}` : `Remove ${mark} from ${use.field ?? 'the listing'} (${use.location})`);
  }
  const record = claim.record;
  if (claim.verdict === 'disputable:wrong-class' && record) {
    rootCause.push(`The asserted registration covers ${classList(record.classes)} only; the product is ${classList(claim.listing?.classes ?? [])}`);
  }
  if (claim.verdict === 'disputable:not-used') rootCause.push(`The listing does not use ${mark} in its text or the images read`);
  if (claim.verdict === 'disputable:nominative-use') rootCause.push(`The listing names ${mark} only to say what the product works with or runs on`);
  if (claim.verdict === 'unverified') correctiveActions.push(`Look the registration up at ${claim.lookUp?.url}: record its status, classes and current owner`);
  if (claim.verdict.startsWith('disputable:')) {
    correctiveActions.push('Ask the rights owner for a retraction, or dispute the notice with the marketplace, citing the facts above');
  }
  if (claim.verdict === 'supported') correctiveActions.push('Keep the corrected listing\'s text and images as evidence for the appeal');
  preventiveMeasures.push(`Keep ${mark}${record?.number ? ` (${record.office} ${record.number})` : ''} in the project watchlist so listinglint flags it before publication`);
  preventiveMeasures.push('Run listinglint on every listing before it is uploaded (CI or a pre-commit hook)');
  if (input.listing === undefined) rootCause.push('The listing named in the notice was not found in the project');
  return { rootCause, correctiveActions, preventiveMeasures };
}


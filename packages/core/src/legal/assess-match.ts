import type { LintSettings, Listing, Mark, MarkEvidence, MarkMatch, MarkUse, Registration, Severity, UseCause } from '../types.js';
import { jurisdictionOf, type Jurisdiction } from './marketplaces.js';
import { readUse, type UseReading } from './mark-use.js';
import { classesOf, type ListingGoods } from './nice-classes.js';
import { isLive, territoriesOf } from './offices.js';
import { permissionFor } from './permissions.js';
import { reaches } from './territories.js';
import { ordinarySense } from './ordinary-sense.js';

/** One mark found in one place of a listing: what `assessMatch` judges. */
export interface MatchContext {
  listing: Listing;
  settings: LintSettings;
  mark: Mark;
  match: MarkMatch;
  /** The text the match was found in (field value, or OCR text of an image). */
  text: string;
  /** `title`, `bullets[0]`, `brand`, `images[0]`. */
  field: string;
  source: 'text' | 'image';
  /** The watchlist's marks, to tell the owner of the listing's brand (same-owner marks are the seller's own). */
  marks?: ReadonlyMap<string, Mark>;
}

/** The legal judgement of one match, as data: the rule words it (`rules/trademark/messages.ts`). */
export interface Assessment {
  severity: Severity;
  use: MarkUse;
  /** What decided the use, in design.md's vocabulary, and the words that did. */
  cause: UseCause;
  phrase?: string;
  /** The use reading itself (its own finer cause), for the wording. */
  reading: UseReading;
  /** The listing's jurisdiction, or the registration's territory when the marketplace is unknown. */
  territory: string;
  registration?: { office: string; number: string; classes: number[] };
  /** The registration that weighs most and the listing classes it covers; absent when none reaches the territory. */
  judgement?: RegistrationJudgement;
  evidence: MarkEvidence;
  jurisdiction: Jurisdiction;
  goods: ListingGoods;
}

/** Classes of clothing, shoes, jewellery and bags, where a bare "for <Mark>" reads as the brand (eBay). */
const fashionClasses = new Set([14, 18, 25]);

const severityRank: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** How one registration judges one match. */
export interface RegistrationJudgement {
  registration: Registration;
  severity: Severity;
  /** Listing classes this registration covers (all of the registration's when the goods are unknown). */
  overlap: number[];
}

/**
 * Judges a mark found in a listing's text or images (design.md "Severity model"): undefined
 * when there is nothing to report (own brand, authorization, allow entry, ordinary word), else
 * the severity of the registration that weighs most, with its evidence.
 */
export function assessMatch(ctx: MatchContext): Assessment | undefined {
  const { listing, settings, mark, match } = ctx;
  if (permissionFor(listing, mark, settings, ctx.marks)) return undefined;
  const jurisdiction = jurisdictionOf(listing.marketplace, settings);
  const goods = classesOf(listing, settings);
  const reading = readUse({
    text: ctx.text,
    start: match.start,
    end: match.end,
    field: ctx.field,
    source: ctx.source,
    strategy: match.strategy,
    fashion: goods.classes === undefined || goods.classes.some((c) => fashionClasses.has(c)),
    device: goods.classes?.includes(9) ?? false,
    title: listing.fields.find((field) => field.path === 'title')?.value ?? '',
  });

  const reaching = mark.registrations
    .filter(isLive)
    .filter((registration) => jurisdiction.territory === undefined || reaches(territoriesOf(registration), jurisdiction.territory));
  const judgements = reaching.map((registration) => judge(registration, mark, goods, reading.use));
  if (isOrdinaryWord(ctx, reading)) return undefined;

  const best = pickWeightiest(judgements);
  const { cause } = reading;
  const phrase = reading.phrase;
  const missingContext = [
    ...(jurisdiction.problem ? ['marketplace'] : []),
    ...(goods.problem ? ['category'] : []),
  ];
  const common = { use: reading.use, cause, ...(phrase !== undefined ? { phrase } : {}), reading, jurisdiction, goods };
  if (best === undefined) {
    const territory = jurisdiction.territory ?? 'none';
    return {
      ...common,
      severity: 'info',
      territory,
      evidence: { owner: mark.owner, famous: mark.famous, territory, ...(missingContext.length > 0 ? { missingContext } : {}) },
    };
  }
  const { registration } = best;
  const territory = jurisdiction.territory ?? territoryLabel(registration);
  return {
    ...common,
    severity: best.severity,
    territory,
    registration: { office: registration.office, number: registration.number, classes: [...registration.classes] },
    judgement: best,
    evidence: {
      owner: mark.owner,
      famous: mark.famous,
      registration: {
        office: registration.office,
        number: registration.number,
        classes: [...registration.classes],
        status: registration.status,
        overlap: [...best.overlap],
      },
      territory,
      ...(missingContext.length > 0 ? { missingContext } : {}),
    },
  };
}

/** The territory a registration is named by: `EU` for the Union, else its countries. */
export function territoryLabel(registration: Registration): string {
  const territories = territoriesOf(registration);
  if (territories.includes('EU')) return 'EU';
  return territories.length > 0 ? territories.join(', ') : registration.office;
}

function judge(registration: Registration, mark: Mark, goods: ListingGoods, use: MarkUse): RegistrationJudgement {
  // Unknown goods count as every class; a registration without classes counts as covering them all.
  const overlap =
    goods.classes === undefined || registration.classes.length === 0
      ? [...registration.classes]
      : registration.classes.filter((c) => goods.classes?.includes(c));
  const covered = overlap.length > 0 || registration.classes.length === 0 || goods.classes === undefined;
  const severity: Severity = use === 'nominative' ? 'warning' : covered || mark.famous ? 'error' : 'warning';
  return { registration, severity, overlap: covered ? overlap : [] };
}

/** The highest severity wins; among equals, a registration whose classes cover the listing, then watchlist order. */
function pickWeightiest(judgements: RegistrationJudgement[]): RegistrationJudgement | undefined {
  let best: RegistrationJudgement | undefined;
  for (const judgement of judgements) {
    if (
      best === undefined ||
      severityRank[judgement.severity] > severityRank[best.severity] ||
      (judgement.severity === best.severity && judgement.overlap.length > 0 && best.overlap.length === 0)
    ) {
      best = judgement;
    }
  }
  return best;
}

/**
 * A mark that is also an ordinary word ("apple", "surface", "cars") read in its ordinary sense
 * here (design.md "Ordinary sense"): no finding, whatever the classes, famous marks included.
 */
function isOrdinaryWord(ctx: MatchContext, reading: UseReading): boolean {
  const { match } = ctx;
  return ordinarySense({ text: ctx.text, start: match.start, end: match.end, field: ctx.field, strategy: match.strategy, mark: ctx.mark.mark, reading,
    title: ctx.listing.fields.find((field) => field.path === 'title')?.value }) !== undefined;
}

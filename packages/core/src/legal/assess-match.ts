import type { LintSettings, Listing, Mark, MarkMatch, MarkUse, Registration, Severity } from '../types.js';
import { jurisdictionOf, type Jurisdiction } from './marketplaces.js';
import { readUse, type UseReading } from './mark-use.js';
import { classList, classesOf, type ListingGoods } from './nice-classes.js';
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

/** The legal judgement of one match: severity, use, the registration behind it and why. */
export interface Assessment {
  severity: Severity;
  use: MarkUse;
  /** The listing's jurisdiction, or the registration's territory when the marketplace is unknown. */
  territory: string;
  registration?: { office: string; number: string; classes: number[] };
  /** Owner and registration: `Nike, Inc.; USPTO 0978952, classes 18, 25`. */
  evidence: string;
  /** Why it matters: `registered in US for class 25, which covers this listing (shoes)`. */
  reason: string;
}

/** Classes of clothing, shoes, jewellery and bags, where a bare "for <Mark>" reads as the brand (eBay). */
const fashionClasses = new Set([14, 18, 25]);

const severityRank: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** How one registration judges one match. */
interface RegistrationJudgement {
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

  const useClause = describeUse(reading, match.text);
  const best = pickWeightiest(judgements);
  if (best === undefined) {
    const territory = jurisdiction.territory ?? 'none';
    return {
      severity: 'info',
      use: reading.use,
      territory,
      evidence: `${mark.owner}; no ${jurisdiction.territory ? `registration in ${territory}` : 'live registration'}`,
      reason: joinClauses(useClause, noRegistrationReason(mark, jurisdiction)),
    };
  }
  const { registration } = best;
  const territory = jurisdiction.territory ?? territoryLabel(registration);
  return {
    severity: best.severity,
    use: reading.use,
    territory,
    registration: { office: registration.office, number: registration.number, classes: [...registration.classes] },
    evidence: `${mark.owner}; ${registration.office} ${registration.number}, ${classList(registration.classes)}${
      registration.status === 'pending' ? ' (pending)' : ''
    }`,
    reason: joinClauses(useClause, lawReason(best, mark, goods, territory), unknownContext(jurisdiction, goods)),
  };
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

function describeUse(reading: UseReading, matched: string): string | undefined {
  const phrase = reading.phrase === undefined ? '' : ` (\`${reading.phrase}\`)`;
  switch (reading.cause) {
    case 'brand-field':
      return "someone else's mark as the `brand` of this listing";
    case 'counterfeit-phrase':
    case 'comparison':
      return `\`${reading.phrase}\` is counterfeit or comparison phrasing, never a compatibility use`;
    case 'disguise':
      return 'a disguised or misspelt mark is a brand-like use';
    case 'first-word':
      return 'a third-party mark as the first word of the title reads as the brand';
    case 'official':
      return `\`${reading.phrase}\` presents the goods as the owner's own: an error until an authorization is on file`;
    case 'product-name':
      return `the mark names this listing's own goods (\`${reading.phrase}\`): a brand-like use`;
    case 'compatibility':
      return `compatibility use${phrase}, allowed only as the plain name of the product it fits`;
    case 'list-item':
      return `an item of the list of products that${phrase} introduces, allowed only as the plain name`;
    case 'platform':
      return `names a platform, app or service the product works with${phrase}, allowed only as the plain name`;
    case 'component':
      return `names a genuine component of the product${phrase}, allowed only as the plain name`;
    case 'disclaimer':
      return `a disclaimer${phrase} names the mark to set the product apart from it`;
    case 'certification':
      return `a certification by the owner${phrase}: true only if the certificate is`;
    case 'reference':
      return `a reference to the owner${phrase}`;
    case 'plain':
      return reading.phrase === undefined
        ? undefined
        : `a bare \`${reading.phrase} ${matched}\` on clothing, shoes, jewellery or bags reads as the brand (eBay)`;
  }
}

function lawReason(judgement: RegistrationJudgement, mark: Mark, goods: ListingGoods, territory: string): string {
  const { registration, overlap } = judgement;
  const where = `registered in ${territory}`;
  if (goods.classes === undefined) return `${where} for ${classList(registration.classes)}`;
  if (overlap.length > 0) {
    return `${where} for ${classList(overlap)}, which ${overlap.length === 1 ? 'covers' : 'cover'} this listing (${goods.label})`;
  }
  if (mark.famous) return `famous mark ${where}: protected in every class, this listing (${goods.label}) included`;
  const verb = registration.classes.length === 1 ? 'does' : 'do';
  return `${where} only for ${classList(registration.classes)}, which ${verb} not cover this listing (${goodsWithClasses(goods)})`;
}

function goodsWithClasses(goods: ListingGoods): string {
  const classes = classList(goods.classes ?? []);
  return goods.category === undefined ? classes : `${goods.category}, ${classes}`;
}

function unknownContext(jurisdiction: Jurisdiction, goods: ListingGoods): string | undefined {
  const missing: string[] = [];
  if (jurisdiction.problem === 'missing') missing.push('no marketplace, so every registration counts');
  if (jurisdiction.problem === 'unknown') missing.push(`unknown marketplace \`${jurisdiction.marketplace}\`, so every registration counts`);
  if (goods.problem === 'missing') missing.push('no category, so every class counts');
  if (goods.problem === 'unknown') missing.push(`unknown category \`${goods.category}\`, so every class counts`);
  return missing.length > 0 ? missing.join('; ') : undefined;
}

function noRegistrationReason(mark: Mark, jurisdiction: Jurisdiction): string {
  const live = mark.registrations.filter(isLive);
  if (jurisdiction.territory === undefined) return 'the watchlist has no live registration of this mark';
  const where = `no registration in ${jurisdiction.territory}${jurisdiction.marketplace ? ` (${jurisdiction.marketplace})` : ''}`;
  if (live.length === 0) return `${where}: the watchlist has no live registration of this mark`;
  const elsewhere = [...new Set(live.map((registration) => `${registration.office} (${territoryLabel(registration)})`))];
  return `${where}; registered at ${elsewhere.join(', ')} only`;
}

/** The territory a registration is named by: `EU` for the Union, else its countries. */
function territoryLabel(registration: Registration): string {
  const territories = territoriesOf(registration);
  if (territories.includes('EU')) return 'EU';
  return territories.length > 0 ? territories.join(', ') : registration.office;
}

function joinClauses(...clauses: (string | undefined)[]): string {
  return clauses.filter((clause) => clause !== undefined).join('; ');
}

import type { Assessment, Jurisdiction, ListingGoods, RegistrationJudgement, UseReading } from '../../legal/index.js';
import { classList, isLive, territoryLabel } from '../../legal/index.js';
import type { Mark } from '../../types.js';

/** Message templates shared by `trademark/text` and `trademark/image`. */
export const trademarkMessages = {
  mark: '{{mark}} ({{evidence}}) in `{{field}}`: {{reason}}',
} as const;

/**
 * The wording of an assessment: the evidence in brackets (`Nike, Inc.; USPTO 0978952, classes 18, 25`)
 * and the reason (`registered in US for class 25, which covers this listing (shoes)`).
 */
export function describeAssessment(assessment: Assessment, mark: Mark, matchedText: string): { evidence: string; reason: string } {
  const { judgement, jurisdiction, goods, territory } = assessment;
  const useClause = describeUse(assessment.reading, matchedText);
  if (judgement === undefined) {
    return {
      evidence: `${mark.owner}; no ${jurisdiction.territory ? `registration in ${territory}` : 'live registration'}`,
      reason: joinClauses(useClause, noRegistrationReason(mark, jurisdiction)),
    };
  }
  const { registration } = judgement;
  return {
    evidence: `${mark.owner}; ${registration.office} ${registration.number}, ${classList(registration.classes)}${
      registration.status === 'pending' ? ' (pending)' : ''
    }`,
    reason: joinClauses(useClause, lawReason(judgement, mark, goods, territory), unknownContext(jurisdiction, goods)),
  };
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

function joinClauses(...clauses: (string | undefined)[]): string {
  return clauses.filter((clause) => clause !== undefined).join('; ');
}

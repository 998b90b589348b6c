import { presetRule } from '../../legal/index.js';
import type { Rule } from '../../types.js';
import { fieldsNamed, mayHoldPhrase, phraseHits } from './text-fields.js';

const RULE_ID = 'marketplace/search-terms-brand';

/** `marketplace/search-terms-brand`: any brand name in Amazon's search terms, the seller's own included. */
export const marketplaceSearchTermsBrandRule: Rule = {
  id: RULE_ID,
  meta: {
    name: 'MarketplaceSearchTermsBrand',
    description: 'Brand name in the search terms',
    fullDescription:
      'Amazon does not allow brand names in the search terms (`keywords`), the seller\'s own included: the brand is indexed from the ' +
      "brand field already. Reports the listing's `brand`, every `seller.brands` name and every watchlist mark (through the " +
      'disguise-aware matcher) found there. Unlike `trademark/text`, this is a house rule: no legal judgement, any brand counts.',
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    messages: {
      own: 'Your own brand "{{brand}}" is in the search terms; {{marketplace}} indexes the brand field already and bans brand names here: remove it',
      other: 'Brand name "{{brand}}" ({{owner}}) is in the search terms; {{marketplace}} bans brand names here: remove it',
    },
  },
  check({ listing, settings, watchlist, report }) {
    const applied = presetRule(listing, settings, RULE_ID);
    if (!applied) return;
    const own = [listing.brand?.value, ...(settings.sellerBrands ?? []).map((brand) => brand.name)].filter((name): name is string => !!name?.trim());
    const fields = fieldsNamed(listing, ['keywords']);
    for (const field of fields) {
      // Own names are looked for only in a field that holds the first word of one.
      const found: Array<{ start: number; end: number; text: string; owner?: string }> = mayHoldPhrase(field.value, own) ? phraseHits(own, field.value) : [];
      for (const match of watchlist.matcher.scan(field.value)) {
        if (found.some((hit) => hit.start < match.end && match.start < hit.end)) continue;
        found.push({ start: match.start, end: match.end, text: match.text, owner: watchlist.marks.get(match.markId)?.owner ?? match.markId });
      }
      for (const hit of found.sort((a, b) => a.start - b.start)) {
        report({
          messageId: hit.owner === undefined ? 'own' : 'other',
          data: { brand: hit.text, marketplace: applied.preset.name, ...(hit.owner === undefined ? {} : { owner: hit.owner }) },
          location: field.locate(hit.start, hit.end),
          field: field.path,
          ...(field.place ? { place: field.place } : {}),
        });
      }
    }
  },
};

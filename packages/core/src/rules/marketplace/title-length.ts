import { categoryKey, presetRule } from '../../legal/index.js';
import type { Rule } from '../../types.js';
import { titleOf } from './text-fields.js';

const RULE_ID = 'marketplace/title-length';

/** `marketplace/title-length`: a title longer than the marketplace allows, counted in characters (Unicode code points). */
export const marketplaceTitleLengthRule: Rule = {
  id: RULE_ID,
  meta: {
    name: 'MarketplaceTitleLength',
    description: 'Title longer than the marketplace allows',
    fullDescription:
      "Counts the title's characters as Unicode code points (an emoji or a CJK character is one) and compares them with the " +
      "cap of the listing's marketplace preset: Amazon 200 (media categories have none), Walmart 200, eBay 80, Etsy 140. " +
      'The finding covers the characters past the cap.',
    defaultSeverity: 'error',
    severityMode: 'fixed',
    messages: {
      long: 'Title is {{length}} characters; {{marketplace}} allows {{max}}: shorten it by {{over}}',
    },
  },
  check({ listing, settings, report }) {
    const applied = presetRule(listing, settings, RULE_ID);
    const title = titleOf(listing);
    if (!applied || !title) return;
    const category = listing.category ?? settings.defaults.category;
    const categories = applied.rule.categories ?? {};
    const key = category === undefined ? undefined : categoryKey(category);
    const max = key !== undefined && key in categories ? categories[key] : applied.rule.max;
    if (max === null || max === undefined) return;
    const points = [...title.value];
    if (points.length <= max) return;
    const start = points.slice(0, max).join('').length;
    report({
      messageId: 'long',
      data: { length: points.length, marketplace: applied.preset.name, max, over: points.length - max },
      location: title.locate(start, title.value.length),
      field: title.path,
      ...(title.place ? { place: title.place } : {}),
    });
  },
};

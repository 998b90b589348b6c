import { presetRule } from '../../legal/index.js';
import type { Rule } from '../../types.js';
import { titleOf } from './text-fields.js';

const RULE_ID = 'marketplace/title-characters';

/** `marketplace/title-characters`: characters the marketplace forbids in titles (Amazon: `! $ ? _ { } ^ ¬ ¦`). */
export const marketplaceTitleCharactersRule: Rule = {
  id: RULE_ID,
  meta: {
    name: 'MarketplaceTitleCharacters',
    description: 'Character the marketplace forbids in titles',
    fullDescription:
      "Reports each character of the title that the listing's marketplace forbids in titles (Amazon: ! $ ? _ { } ^ ¬ ¦), " +
      'unless the listing\'s own `brand` is written with it.',
    defaultSeverity: 'error',
    severityMode: 'fixed',
    messages: {
      character: '`{{character}}` is not allowed in {{marketplace}} titles: remove it',
    },
  },
  check({ listing, settings, report }) {
    const applied = presetRule(listing, settings, RULE_ID);
    const title = titleOf(listing);
    if (!applied || !title) return;
    const forbidden = new Set(applied.rule.characters ?? '');
    const brand = listing.brand?.value ?? '';
    // Characters of the brand name, where the brand is written in the title, are the brand's.
    const brandAt = brand.trim() === '' ? -1 : title.value.toLowerCase().indexOf(brand.trim().toLowerCase());
    const brandEnd = brandAt < 0 ? -1 : brandAt + brand.trim().length;
    let offset = 0;
    for (const character of title.value) {
      const start = offset;
      offset += character.length;
      if (!forbidden.has(character) || (start >= brandAt && start < brandEnd)) continue;
      report({
        messageId: 'character',
        data: { character, marketplace: applied.preset.name },
        location: title.locate(start, offset),
        field: title.path,
        ...(title.place ? { place: title.place } : {}),
      });
    }
  },
};

import { presetRule } from '../../legal/index.js';
import type { Rule } from '../../types.js';
import { fieldsNamed } from './text-fields.js';

const RULE_ID = 'marketplace/trademark-symbols';

/** `marketplace/trademark-symbols`: ™ ® © where the marketplace bans them (Walmart: every text field; Amazon: title and bullets; eBay: title). */
export const marketplaceTrademarkSymbolsRule: Rule = {
  id: RULE_ID,
  meta: {
    name: 'MarketplaceTrademarkSymbols',
    description: '™ ® © where the marketplace bans them',
    fullDescription:
      'Reports each ™, ® and © in the fields where the listing\'s marketplace bans them: Walmart in every text field, Amazon in ' +
      'the title and bullets, eBay in the title and subtitle. The law does not require the symbols; the marketplaces strip or reject them.',
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    messages: {
      symbol: '`{{symbol}}` is not allowed in {{field}} on {{marketplace}}: remove it (the brand field carries the brand)',
    },
  },
  check({ listing, settings, report }) {
    const applied = presetRule(listing, settings, RULE_ID);
    if (!applied) return;
    const symbols = new Set(applied.rule.symbols ?? '™®©');
    for (const field of fieldsNamed(listing, applied.rule.fields ?? 'all')) {
      // Nearly every field has none: looked for whole before walking its characters.
      if (![...symbols].some((symbol) => field.value.includes(symbol))) continue;
      let offset = 0;
      for (const character of field.value) {
        const start = offset;
        offset += character.length;
        if (!symbols.has(character)) continue;
        report({
          messageId: 'symbol',
          data: { symbol: character, field: field.path, marketplace: applied.preset.name },
          location: field.locate(start, offset),
          field: field.path,
          ...(field.place ? { place: field.place } : {}),
        });
      }
    }
  },
};

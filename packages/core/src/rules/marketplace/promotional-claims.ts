import { presetRule } from '../../legal/index.js';
import type { Rule } from '../../types.js';
import { fieldsNamed, mayHoldPhrase, phraseHits } from './text-fields.js';

const RULE_ID = 'marketplace/promotional-claims';

/** `marketplace/promotional-claims`: promotional phrases the marketplace bans ("free shipping", "best seller"). */
export const marketplacePromotionalClaimsRule: Rule = {
  id: RULE_ID,
  meta: {
    name: 'MarketplacePromotionalClaims',
    description: 'Promotional phrase the marketplace bans',
    fullDescription:
      "Finds the promotional phrases the listing's marketplace bans (its preset's list: \"free shipping\", \"best seller\", \"top rated\", …), " +
      'whole words and any case, in the fields the preset names (Amazon and Etsy: the title; Walmart: every text field).',
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    messages: {
      promotional: '"{{phrase}}" is a promotional claim {{marketplace}} does not allow in {{field}}: remove it',
    },
  },
  check({ listing, settings, report }) {
    const applied = presetRule(listing, settings, RULE_ID);
    if (!applied || !applied.rule.phrases?.length) return;
    for (const field of fieldsNamed(listing, applied.rule.fields ?? ['title'])) {
      if (!mayHoldPhrase(field.value, applied.rule.phrases)) continue;
      for (const hit of phraseHits(applied.rule.phrases, field.value)) {
        report({
          messageId: 'promotional',
          data: { phrase: hit.text, marketplace: applied.preset.name, field: field.path },
          location: field.locate(hit.start, hit.end),
          field: field.path,
          phrase: hit.text.toLowerCase(),
          ...(field.place ? { place: field.place } : {}),
        });
      }
    }
  },
};

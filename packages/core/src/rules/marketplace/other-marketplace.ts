import { presetRule } from '../../legal/index.js';
import type { Rule } from '../../types.js';
import { holdsAnyWord } from '../text-gate.js';
import { escapeRegExp } from '../text-gate.js';

const RULE_ID = 'marketplace/other-marketplace';


/** Words before a marketplace's name that make it a shop reference: "also on Amazon", "cheaper than on eBay". */
const BEFORE = String.raw`(?:on|at|from|via|through|in\s+my|on\s+my|our|my)`;
/** Words after it that do: "Amazon's Choice", "eBay shop", "Amazon exclusive". */
const AFTER = String.raw`(?:['’]s\s+choice|\s+(?:exclusive|choice|prime|store|shop|seller|sellers|listing|listings|price|prices|reviews?|orders?|best\s+seller))`;

/** `marketplace/other-marketplace`: naming another marketplace as a place to buy ("also on Amazon" on Walmart). */
export const marketplaceOtherMarketplaceRule: Rule = {
  id: RULE_ID,
  meta: {
    name: 'MarketplaceOtherMarketplace',
    description: 'Another marketplace named as a place to shop',
    fullDescription:
      'Marketplaces do not allow listings to send buyers elsewhere. Reports another marketplace\'s name where it reads as a shop: ' +
      'after "on", "at", "from", "via", "my", "our" ("also on Amazon", "in my eBay shop") or before "\'s Choice", "exclusive", "store", "shop", "price", "reviews". ' +
      'The same word in another sense ("Amazon Green", "the Amazon rainforest") is not reported.',
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    messages: {
      other: '"{{name}}" names another marketplace; {{marketplace}} does not allow sending buyers elsewhere: remove it',
    },
  },
  check({ listing, settings, report }) {
    const applied = presetRule(listing, settings, RULE_ID);
    if (!applied || !applied.rule.names?.length) return;
    const pattern = shopPattern(applied.rule.names);
    const lowerNames = applied.rule.names.map((name) => name.toLowerCase());
    for (const field of listing.fields) {
      // Most fields name no marketplace at all: the pattern runs only where a name is.
      if (!holdsAnyWord(field.value, lowerNames)) continue;
      for (const hit of field.value.matchAll(pattern)) {
        report({
          messageId: 'other',
          data: { name: hit[0], marketplace: applied.preset.name },
          location: field.locate(hit.index, hit.index + hit[0].length),
          field: field.path,
          ...(field.place ? { place: field.place } : {}),
        });
      }
    }
  },
};

const shopPatterns = new WeakMap<readonly string[], RegExp>();

/** The other marketplaces' names where they read as a shop; built once per preset's list. */
function shopPattern(list: readonly string[]): RegExp {
  let pattern = shopPatterns.get(list);
  if (pattern === undefined) {
    const names = list.map(escapeRegExp).join('|');
    pattern = new RegExp(
      `(?<=(?<![\\p{L}\\p{N}])${BEFORE}\\s+(?:the\\s+)?)(?:${names})(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?:${names})(?=${AFTER}(?![\\p{L}\\p{N}]))`,
      'giu',
    );
    shopPatterns.set(list, pattern);
  }
  return pattern;
}

import { presetRule } from '../../legal/index.js';
import type { Rule } from '../../types.js';
import { titleOf } from './text-fields.js';

const RULE_ID = 'marketplace/repeated-words';

/** `marketplace/repeated-words`: a word used more than the marketplace allows in a title (twice). */
export const marketplaceRepeatedWordsRule: Rule = {
  id: RULE_ID,
  meta: {
    name: 'MarketplaceRepeatedWords',
    description: 'A word repeated more than twice in a title',
    fullDescription:
      'Counts the words of the title case-insensitively and reports each use of a word past the second (Amazon, Walmart, Etsy). ' +
      "Articles, prepositions and conjunctions are exempt, and so is the listing's own brand.",
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    messages: {
      repeated: '"{{word}}" appears {{count}} times in the title; {{marketplace}} allows a word at most {{max}} times: drop the repeats',
    },
  },
  check({ listing, settings, report }) {
    const applied = presetRule(listing, settings, RULE_ID);
    const title = titleOf(listing);
    if (!applied || !title) return;
    const max = applied.rule.max ?? 2;
    const exempt = new Set((applied.rule.exempt ?? []).map((word) => word.toLowerCase()));
    for (const word of (listing.brand?.value ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) exempt.add(word);
    const seen = new Map<string, Array<{ start: number; end: number }>>();
    for (const hit of title.value.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
      const word = hit[0].toLowerCase();
      if (exempt.has(word) || /^\p{N}+$/u.test(word)) continue;
      const list = seen.get(word) ?? [];
      list.push({ start: hit.index, end: hit.index + hit[0].length });
      seen.set(word, list);
    }
    for (const [, uses] of seen) {
      if (uses.length <= max) continue;
      for (const use of uses.slice(max)) {
        report({
          messageId: 'repeated',
          data: { word: title.value.slice(use.start, use.end), count: uses.length, marketplace: applied.preset.name, max },
          location: title.locate(use.start, use.end),
          field: title.path,
          ...(title.place ? { place: title.place } : {}),
        });
      }
    }
  },
};

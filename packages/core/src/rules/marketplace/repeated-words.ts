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
      'Counts the words of the title case-insensitively and reports a word used more than twice once, at its third use, with ' +
      "the count (Amazon, Walmart, Etsy). Articles, prepositions and conjunctions, numbers, single letters and the listing's own brand are exempt.",
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
    const presetExempt = exemptWords(applied.rule.exempt ?? []);
    const brandWords = new Set((listing.brand?.value ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    const exempt = { has: (word: string) => presetExempt.has(word) || brandWords.has(word) };
    const seen = new Map<string, Array<{ start: number; end: number }>>();
    for (const hit of title.value.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
      const word = hit[0].toLowerCase();
      // Numbers and single letters (`Type C to C`, `2 x 2`) are sizes and models, not words.
      if (exempt.has(word) || /^\p{N}+$/u.test(word) || [...word].length === 1) continue;
      const list = seen.get(word) ?? [];
      list.push({ start: hit.index, end: hit.index + hit[0].length });
      seen.set(word, list);
    }
    for (const [, uses] of seen) {
      if (uses.length <= max) continue;
      // One finding per word, at its first use past the limit; the message gives the count.
      const use = uses[max];
      report({
        messageId: 'repeated',
        data: { word: title.value.slice(use.start, use.end), count: uses.length, marketplace: applied.preset.name, max },
        location: title.locate(use.start, use.end),
        field: title.path,
        ...(title.place ? { place: title.place } : {}),
      });
    }
  },
};

const exemptSets = new WeakMap<readonly string[], Set<string>>();

/** A preset's exempt words in lower case, built once per preset. */
function exemptWords(words: readonly string[]): Set<string> {
  let set = exemptSets.get(words);
  if (set === undefined) {
    set = new Set(words.map((word) => word.toLowerCase()));
    exemptSets.set(words, set);
  }
  return set;
}

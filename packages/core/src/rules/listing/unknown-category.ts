import { classesOf } from '../../legal/index.js';
import type { Rule } from '../../types.js';

/** `listing/unknown-category`: no category or classes (and no config default), or a category no table maps to Nice classes. */
export const unknownCategoryRule: Rule = {
  id: 'listing/unknown-category',
  meta: {
    name: 'UnknownCategory',
    description: 'Listing category has no known Nice classes',
    fullDescription:
      "A listing's category (or its own `classes:`) decides which Nice classes its goods fall in, and so which registrations " +
      'cover it. Without one, or with a category neither the built-in table nor config `categories` maps, every class is ' +
      'treated as overlapping, so trademark findings may be stricter than the law for the real goods.',
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    messages: {
      missing:
        'Listing has no `category` or `classes` and the config sets no `defaults.category`: trademarks are judged as if ' +
        'every Nice class overlapped; add `category:` or `classes:` (e.g. `classes: [9]`)',
      invalid: '`{{key}}` must be {{expected}}: this value was not used, so the goods may be judged as unknown',
      unknown:
        'Unknown category `{{category}}`: trademarks are judged as if every Nice class overlapped; use a known category, ' +
        'map it under `categories` in the config, or add `classes:`',
    },
  },
  check(context) {
    const { listing, settings } = context;
    for (const key of ['classes', 'category'] as const) {
      const expected = listing.invalidKeys?.[key];
      if (expected !== undefined) context.report({ messageId: 'invalid', data: { key, expected }, location: listing.keyLocations[key] ?? listing.location });
    }
    const goods = classesOf(listing, settings);
    if (goods.problem === 'missing') context.report({ messageId: 'missing', location: listing.location });
    if (goods.problem === 'unknown') {
      context.report({
        messageId: 'unknown',
        data: { category: goods.category ?? '' },
        location: listing.keyLocations.category ?? listing.location,
      });
    }
  },
};

import { jurisdictionOf } from '../../legal/index.js';
import type { Rule } from '../../types.js';

/** `listing/missing-marketplace`: no marketplace (and no config default), or one the tables do not know. */
export const missingMarketplaceRule: Rule = {
  id: 'listing/missing-marketplace',
  meta: {
    name: 'MissingMarketplace',
    description: 'Listing has no known marketplace',
    fullDescription:
      'The marketplace decides the jurisdiction whose trademark registrations count. Without one (and without ' +
      '`defaults.marketplace` in config), or with one listinglint does not know, every registration is treated as applying, ' +
      'so trademark findings may be stricter than the law of the real store.',
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    messages: {
      missing:
        'Listing has no `marketplace` and the config sets no `defaults.marketplace`: trademarks are judged as if every ' +
        'registration applied; add `marketplace:` (e.g. `amazon.com`)',
      unknown:
        'Unknown marketplace `{{marketplace}}`: trademarks are judged as if every registration applied; use a known ' +
        'marketplace (e.g. `amazon.de`, `ebay.co.uk`) or a country code (`DE`)',
    },
  },
  check(context) {
    const { listing, settings } = context;
    const jurisdiction = jurisdictionOf(listing.marketplace, settings);
    const location = listing.keyLocations.marketplace ?? listing.location;
    if (jurisdiction.problem === 'missing') context.report({ messageId: 'missing', location: listing.location });
    if (jurisdiction.problem === 'unknown') {
      context.report({ messageId: 'unknown', data: { marketplace: jurisdiction.marketplace ?? '' }, location });
    }
  },
};

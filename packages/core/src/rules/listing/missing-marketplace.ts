import { jurisdictionOf } from '../../legal/index.js';
import type { Rule } from '../../types.js';

/**
 * `listing/missing-marketplace`: no marketplace (and no config default), or one the tables do not know.
 * A bulk file without a marketplace column gets one finding per file, not per row.
 */
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
      missingInFile:
        'This file names no marketplace (no marketplace id in it, no marketplace column) and the config sets no ' +
        '`defaults.marketplace`: trademarks in all its rows are judged as if every registration applied; set ' +
        '`defaults.marketplace` (e.g. `amazon.com`), or map a marketplace column in `formats`',
      invalid: '`marketplace` must be {{expected}} such as `amazon.com`: trademarks are judged as if every registration applied',
      unknown:
        'Unknown marketplace `{{marketplace}}`: trademarks are judged as if every registration applied; use a known ' +
        'marketplace (e.g. `amazon.de`, `ebay.co.uk`) or a country code (`DE`)',
    },
  },
  check(context) {
    const { listing, settings } = context;
    const jurisdiction = jurisdictionOf(listing.marketplace, settings);
    const location = listing.keyLocations.marketplace ?? listing.location;
    const expected = listing.invalidKeys?.marketplace;
    if (expected !== undefined) {
      context.report({ messageId: 'invalid', data: { expected }, location });
      return;
    }
    if (jurisdiction.problem === 'missing') {
      // A bulk file's rows share the file's marketplace: one finding per file, on its first listing.
      if (!listing.fileMarketplace) context.report({ messageId: 'missing', location: listing.location });
      else if (listing.index === 0) context.report({ messageId: 'missingInFile', location: listing.location });
    }
    if (jurisdiction.problem === 'unknown') {
      context.report({ messageId: 'unknown', data: { marketplace: jurisdiction.marketplace ?? '' }, location });
    }
  },
};

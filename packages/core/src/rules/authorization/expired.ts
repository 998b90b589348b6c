import { coversListing, isExpired, refersTo } from '../../legal/index.js';
import type { Rule } from '../../types.js';

/** `authorization/expired`: an authorization on file for this listing has run out, so its mark is reported again. */
export const authorizationExpiredRule: Rule = {
  id: 'authorization/expired',
  meta: {
    name: 'AuthorizationExpired',
    description: 'Authorization to use a mark has expired',
    fullDescription:
      'A config `authorizations` entry covering this listing (by SKU or file) has an `until` date before today. It no longer ' +
      'suppresses trademark findings: renew the licence and update `until`, or remove the mark from the listing.',
    defaultSeverity: 'error',
    severityMode: 'fixed',
    messages: {
      expired:
        'Authorization to use `{{mark}}`{{reference}} expired on {{until}}: its trademark findings in this listing are reported ' +
        'again; renew it and update `until`, or remove the mark',
    },
  },
  check(context) {
    const { listing, watchlist, settings } = context;
    const covering = settings.authorizations.filter((authorization) => coversListing(authorization, listing));
    for (const authorization of covering) {
      if (authorization.until === undefined || !isExpired(authorization, settings.today)) continue;
      const mark = [...watchlist.marks.values()].find((candidate) => refersTo(authorization.mark, candidate));
      // A renewal written as a new entry supersedes the expired one.
      const renewed = covering.some(
        (other) => !isExpired(other, settings.today) && (mark ? refersTo(other.mark, mark) : other.mark === authorization.mark),
      );
      if (renewed) continue;
      context.report({
        messageId: 'expired',
        data: {
          mark: mark?.mark ?? authorization.mark,
          reference: authorization.reference ? ` (reference \`${authorization.reference}\`)` : '',
          until: authorization.until,
        },
        location: listing.keyLocations.sku ?? listing.location,
        ...(mark ? { markId: mark.id } : {}),
      });
    }
  },
};

import type { ListingDigest, Rule } from '../../types.js';

/** `listing/duplicate-sku`: the same SKU in several listings of one run. */
export const listingDuplicateSkuRule: Rule = {
  id: 'listing/duplicate-sku',
  meta: {
    name: 'DuplicateSku',
    description: 'Two listings for one marketplace share a SKU, so one would overwrite the other on upload.',
    fullDescription:
      'A SKU identifies one offer on a marketplace. Two listing files (or two objects in one JSON file) ' +
      'with the same `sku` for the same marketplace overwrite each other when uploaded, and authorizations keyed by SKU would ' +
      'apply to both. Each listing after the first one is reported, naming where the SKU was first seen. The same SKU on ' +
      'two marketplaces (amazon.com and amazon.de) is two offers and is not reported.',
    defaultSeverity: 'error',
    severityMode: 'fixed',
    messages: {
      duplicate: 'SKU `{{sku}}` is already used by {{first}}: give every listing its own SKU',
    },
  },
  checkRun({ listings, settings, report }) {
    const first = new Map<string, ListingDigest>();
    for (const listing of listings) {
      if (listing.sku === undefined) continue;
      // A listing without a marketplace is for the config's default one.
      const key = JSON.stringify([listing.marketplace ?? settings.defaults.marketplace ?? null, listing.sku]);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, listing);
        continue;
      }
      report(listing, {
        messageId: 'duplicate',
        data: { sku: listing.sku, first: `${earlier.file}:${earlier.skuLocation.line}` },
        location: listing.skuLocation,
        field: 'sku',
      });
    }
  },
};

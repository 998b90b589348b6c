import { compareFindings } from '../kernel/lint-listing.js';
import { fingerprintFindings } from '../kernel/fingerprint.js';
import type { Finding, Listing, ListingDigest } from '../types.js';

/** What the engine keeps of a listing after the kernel ran: plain data, so it crosses threads and the cache. */
export interface ListingRecord extends ListingDigest {
  /** Every image entry (its project path, or the path as written), for the image count. */
  images: string[];
  /** Images inside the project: the project path and the absolute path, for OCR and cache checks. */
  readable: Array<[path: string, absolutePath: string]>;
}

/** What linting one file gave, before cross-file checks, fingerprints and sorting. */
export interface FileOutcome {
  /** Path shown in reports: relative to the working directory, forward slashes. */
  file: string;
  findings: Finding[];
  listings: ListingRecord[];
  /** Whether the file's text is handed to reporters for code frames. */
  framed: boolean;
}

/** Keeps the part of each listing that cross-file rules and the summary need. */
export function recordListings(listings: Listing[]): ListingRecord[] {
  return listings.map(recordListing);
}

/** What is kept of one linted listing. */
export function recordListing(listing: Listing): ListingRecord {
  return {
    file: listing.file,
    ...(listing.sku !== undefined ? { sku: listing.sku } : {}),
    ...(listing.marketplace !== undefined ? { marketplace: listing.marketplace } : {}),
    skuLocation: listing.keyLocations.sku ?? listing.location,
    images: listing.images.map((image) => image.path ?? image.written),
    readable: listing.images.flatMap((image): Array<[string, string]> =>
      image.path !== undefined && image.absolutePath !== undefined ? [[image.path, image.absolutePath]] : [],
    ),
  };
}

/** Puts one file's findings in source order and gives each its fingerprint. */
export function sortAndFingerprint(findings: Finding[]): void {
  findings.sort(compareFindings);
  fingerprintFindings(findings);
}

export { buildListing, listingMarkerKeys, reservedKeys, type ListingFileContext } from './build-listing.js';

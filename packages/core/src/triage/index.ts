export { claimTypeOf, extractClaims, officeIn, type Cited, type ExtractedClaim, type ExtractedNotice } from './extract-claims.js';
export { judgeClaim, recordSource, verdictOrder, type ClaimInput, type ClaimListing, type FoundRegistration } from './judge-claim.js';
export { officeSearchPage } from './office-search.js';
export { ownerKey, sameOwner } from './owner-name.js';
export { decodeHeader, decodeQuotedPrintable, htmlToText, readNotice, type NoticeText } from './read-notice.js';
export { findRegistration, triageNotice, TriageInputError, type TriageOptions } from './triage.js';

export { LineIndex } from './line-index.js';
export { MappedText } from './mapped-text.js';
export { reservedKeys, type ListingFileContext } from './build-listing.js';
export { frontMatterRange } from './markdown.js';
export { loadMarkdownParser } from './markdown-body.js';
export {
  listingFormat,
  readListingFile,
  type ListingFileInfo,
  type ListingFileResult,
  type ListingFormat,
} from './listing-file.js';

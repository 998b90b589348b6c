import { formatHtml } from './format-html.js';

export { embedJson, formatHtml } from './format-html.js';
export { excerptOf, toPageData } from './page-data.js';
export type { Excerpt, PageBox, PageData, PageFile, PageFinding, PageImage, PageListing } from './page-data.js';

/** The reporter the CLI loads for `--format html`. */
export default formatHtml;

import { DEFAULT_MIN_CONFIDENCE } from '../../image/ocr-engine.js';
import { buildOcrText, markBox } from '../../image/ocr-text.js';
import { brandOwners, permissionFor } from '../../legal/index.js';
import type { CompiledWatchlist, LintSettings, Listing, Mark, Rule } from '../../types.js';
import { titleOf } from '../marketplace/text-fields.js';
import { escapeRegExp } from '../text-gate.js';

const fold = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** A brand a text presents: where, the name as written, and whose it is. */
interface ShownBrand {
  start: number;
  end: number;
  text: string;
  owner: string;
  /** The watchlist mark, when the brand is one. */
  mark?: Mark;
}

/**
 * Known brands (watchlist marks and `seller.brands`) a text presents as the product's own: at its
 * very start, or after "by" ("Travel Mug by Zentro").
 */
function shownBrands(text: string, watchlist: CompiledWatchlist, settings: LintSettings): ShownBrand[] {
  const known: ShownBrand[] = [];
  for (const match of watchlist.matcher.scan(text)) {
    const mark = watchlist.marks.get(match.markId);
    if (mark) known.push({ start: match.start, end: match.end, text: match.text, owner: mark.owner, mark });
  }
  for (const brand of settings.sellerBrands ?? []) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(brand.name.trim())}(?![\\p{L}\\p{N}])`, 'giu');
    for (const hit of text.matchAll(pattern)) known.push({ start: hit.index, end: hit.index + hit[0].length, text: hit[0], owner: brand.owner });
  }
  const leading = text.length - text.trimStart().length;
  return known.filter((brand) => brand.start === leading || /(?<![\p{L}\p{N}])by\s+$/iu.test(text.slice(0, brand.start)));
}

/**
 * Whether a shown brand is the listing's `brand`, another brand of the same owner, or a mark the
 * seller may present (a live authorization or an `allow` entry: licensed goods carry the licensor's brand).
 */
function agrees(shown: ShownBrand, listing: Listing, settings: LintSettings, watchlist: CompiledWatchlist): boolean {
  const brand = fold(listing.brand?.value ?? '');
  if (fold(shown.text) === brand) return true;
  if (shown.mark && permissionFor(listing, shown.mark, settings, watchlist.marks) !== undefined) return true;
  return brandOwners(listing, settings, watchlist.marks).has(fold(shown.owner));
}

/** `listing/inconsistent-brand`: the `brand` field says one brand, the title or the main image presents another as the product's. */
export const listingInconsistentBrandRule: Rule = {
  id: 'listing/inconsistent-brand',
  meta: {
    name: 'ListingInconsistentBrand',
    description: 'The brand field disagrees with the brand the title or main image shows',
    fullDescription:
      'Compares the `brand` field with the brand the listing presents: a known brand (a watchlist mark or a `seller.brands` name) that ' +
      'opens the title or follows "by", and one that opens the text on the main image (OCR). A brand of the same owner as the brand ' +
      'field agrees with it. Marketplaces take the brand field as the product\'s brand; a title that shows another one misleads buyers ' +
      'and, when that brand is someone else\'s, reads as their product.',
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    messages: {
      title: 'The brand field says "{{brand}}" but the title presents "{{shown}}" as the brand: make them agree',
      image: 'The brand field says "{{brand}}" but the main image `{{image}}` shows "{{shown}}" as the brand: make them agree',
    },
  },
  check(context) {
    const { listing, settings, watchlist } = context;
    const brand = listing.brand?.value.trim();
    if (!brand) return;
    const title = titleOf(listing);
    if (title) {
      for (const shown of shownBrands(title.value, watchlist, settings)) {
        if (agrees(shown, listing, settings, watchlist)) continue;
        context.report({
          messageId: 'title',
          data: { brand, shown: shown.text },
          location: title.locate(shown.start, shown.end),
          field: title.path,
          ...(title.place ? { place: title.place } : {}),
        });
      }
    }
    const main = listing.images[0];
    const read = main?.path === undefined ? undefined : context.facts.images?.get(main.path);
    if (main?.path === undefined || !read?.ok) return;
    const ocrText = buildOcrText(read.lines, settings.minOcrConfidence ?? DEFAULT_MIN_CONFIDENCE[read.engine]);
    const first = ocrText.lines[0];
    if (first === undefined) return;
    // Only the first line read (the top of the image, where a logo stands) presents a brand.
    const shown = shownBrands(first.text.trim(), watchlist, settings).find((candidate) => candidate.start === 0);
    if (!shown || agrees(shown, listing, settings, watchlist)) return;
    context.report({
      messageId: 'image',
      data: { brand, shown: shown.text, image: main.path },
      location: main.location,
      field: main.field,
      ...(main.place ? { place: main.place } : {}),
      image: { path: main.path, bbox: markBox(ocrText, shown.start, shown.end), confidence: first.confidence },
    });
  },
};

import { DEFAULT_MIN_CONFIDENCE } from '../../image/ocr-engine.js';
import { buildOcrText, linesInRange, markBox } from '../../image/ocr-text.js';
import type { Rule, RuleContext, RuleMeta } from '../../types.js';
import { findClaims, type ClaimKind } from './find-claims.js';

/**
 * The check every claims rule shares: the kind's detector over every text field and over the text
 * OCR read on every image (when the run has OCR lines). A claims rule applies on every marketplace:
 * the laws behind it (FIFRA, the FD&C Act, the FTC Act) do not depend on the shop.
 */
export function claimCheck(kind: ClaimKind, data: (detail: string | undefined) => Record<string, string> = () => ({})): NonNullable<Rule['check']> {
  return (context: RuleContext) => {
    const { listing, settings } = context;
    const listingText = listing.fields.map((field) => field.value).join('\n');
    for (const field of listing.fields) {
      for (const hit of findClaims(kind, field.value, listingText)) {
        context.report({
          messageId: 'text',
          data: { phrase: hit.phrase, ...data(hit.detail) },
          location: field.locate(hit.start, hit.end),
          field: field.path,
          phrase: hit.phrase.toLowerCase(),
          ...(field.place ? { place: field.place } : {}),
        });
      }
    }
    for (const image of listing.images) {
      const read = image.path === undefined ? undefined : context.facts.images?.get(image.path);
      if (image.path === undefined || !read?.ok) continue;
      const ocrText = buildOcrText(read.lines, settings.minOcrConfidence ?? DEFAULT_MIN_CONFIDENCE[read.engine]);
      for (const hit of findClaims(kind, ocrText.text, `${listingText}\n${ocrText.text}`)) {
        const lines = linesInRange(ocrText, hit.start, hit.end);
        const confidence = Math.min(...lines.map((line) => line.confidence));
        context.report({
          messageId: 'image',
          data: { phrase: hit.phrase, image: image.path, ...data(hit.detail) },
          location: image.location,
          field: image.field,
          phrase: hit.phrase.toLowerCase(),
          ...(image.place ? { place: image.place } : {}),
          image: { path: image.path, bbox: markBox(ocrText, hit.start, hit.end), confidence },
        });
      }
    }
  };
}

/** Messages for a claims rule: the same words for text and for an image, `{{phrase}}` quoted. */
export function claimMessages(what: string): RuleMeta['messages'] {
  return {
    text: `"{{phrase}}" ${what}`,
    image: `Image \`{{image}}\` reads "{{phrase}}", which ${what}`,
  };
}

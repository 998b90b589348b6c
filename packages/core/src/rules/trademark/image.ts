import { buildOcrText, unionBox, wordsInRange } from '../../image/ocr-text.js';
import { assessMatch, trademarkFact, type MatchContext } from '../../legal/index.js';
import type { Rule } from '../rule.js';

/** `trademark/image`: third-party marks in the text OCR read on a listing's images, judged by the legal model. */
export const trademarkImageRule: Rule = {
  id: 'trademark/image',
  meta: {
    name: 'TrademarkInImage',
    description: 'Third-party trademark printed on a product image',
    fullDescription:
      'Reads the text on every image of a listing (OCR), finds watched trademarks in it with the same matcher as the text, ' +
      'tolerant of OCR confusions and split words, and judges each one with the same legal model as the text rule. ' +
      'The finding points at the image entry in the listing and carries the box on the image. The configured severity is a ceiling.',
    defaultSeverity: 'error',
    severityMode: 'ceiling',
    messages: {
      mark: '{{mark}} ({{evidence}}) on image `{{image}}` (`{{field}}`), read as "{{read}}" with {{ocrConfidence}}% OCR confidence: {{reason}}',
    },
  },
  check(context) {
    const { listing, watchlist, settings } = context;
    for (const image of listing.images) {
      const read = image.path === undefined ? undefined : settings.images?.get(image.path);
      if (image.path === undefined || !read?.ok) continue;
      const ocrText = buildOcrText(read.words, settings.minOcrConfidence);
      for (const match of watchlist.matcher.scan(ocrText.text, { ocr: true })) {
        const mark = watchlist.marks.get(match.markId);
        const words = wordsInRange(ocrText, match.start, match.end);
        if (mark === undefined || words.length === 0) continue;
        const ctx: MatchContext = { listing, settings, mark, match, text: ocrText.text, field: image.field, source: 'image', marks: watchlist.marks };
        const assessment = assessMatch(ctx);
        if (!assessment) continue;
        // A mark is only as legible as its least legible word.
        const ocrConfidence = Math.min(...words.map((word) => word.confidence));
        const fact = trademarkFact(ctx, assessment, image.location);
        context.report({
          ...fact,
          data: { ...fact.data, image: image.path, read: match.text, ocrConfidence: Math.round(ocrConfidence * 100) },
          image: { path: image.path, bbox: unionBox(words.map((word) => word.bbox)), confidence: ocrConfidence },
        });
      }
    }
  },
};

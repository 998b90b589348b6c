import { DEFAULT_MIN_CONFIDENCE } from '../../image/ocr-engine.js';
import { buildOcrText, findMarksInLetterRuns, linesInRange, markBox, onOneRow } from '../../image/ocr-text.js';
import { assessMatch, type MatchContext } from '../../legal/index.js';
import type { MarkMatch, Rule } from '../../types.js';
import { trademarkFact } from './fact.js';

/** `trademark/image`: third-party marks in the text OCR read on a listing's images, judged by the legal model. */
export const trademarkImageRule: Rule = {
  id: 'trademark/image',
  meta: {
    name: 'TrademarkInImage',
    description: 'Third-party trademark printed on a product image',
    fullDescription:
      'Reads the text on every image of a listing (OCR), finds watched trademarks in it with the same matcher as the text, ' +
      'tolerant of OCR confusions and split words, and also inside runs of letters that OCR read without spaces (marks of up to four letters only where they start and end a word), and judges each one with the same legal model as the text rule. ' +
      'The finding points at the image entry in the listing and carries the box on the image. The configured severity is a ceiling.',
    defaultSeverity: 'error',
    needs: ['ocr-lines'],
    severityMode: 'ceiling',
    messages: {
      mark: '{{mark}} ({{evidence}}) on image `{{image}}` (`{{field}}`), read as "{{read}}" with {{ocrConfidence}}% OCR confidence: {{reason}}',
    },
  },
  check(context) {
    const { listing, watchlist, settings } = context;
    for (const image of listing.images) {
      const read = image.path === undefined ? undefined : context.facts.images?.get(image.path);
      if (image.path === undefined || !read?.ok) continue;
      const ocrText = buildOcrText(read.lines, settings.minOcrConfidence ?? DEFAULT_MIN_CONFIDENCE[read.engine]);
      const scanned = watchlist.matcher.scan(ocrText.text, { ocr: true });
      // OCR (Paddle) often drops the spaces between words: marks inside runs of letters too.
      const inRuns = findMarksInLetterRuns(ocrText, watchlist.marks.values(), scanned);
      const candidates: Array<{ match: MarkMatch; judged: { text: string; match: MarkMatch } }> = [
        ...scanned.map((match) => ({ match, judged: { text: ocrText.text, match } })),
        ...inRuns,
      ].sort((a, b) => a.match.start - b.match.start);
      for (const { match, judged } of candidates) {
        const mark = watchlist.marks.get(match.markId);
        const lines = linesInRange(ocrText, match.start, match.end);
        // A mark pieced together from the end of one line and the start of another is no reading.
        if (mark === undefined || lines.length === 0 || !onOneRow(lines)) continue;
        const ctx: MatchContext = { listing, settings, mark, match: judged.match, text: judged.text, field: image.field, source: 'image', marks: watchlist.marks };
        const assessment = assessMatch(ctx);
        if (!assessment) continue;
        // A mark is only as legible as its least legible line.
        const ocrConfidence = Math.min(...lines.map((line) => line.confidence));
        const fact = trademarkFact(ctx, assessment, image.location, image.place);
        context.report({
          ...fact,
          data: { ...fact.data, image: image.path, read: match.text, ocrConfidence: Math.round(ocrConfidence * 100) },
          image: { path: image.path, bbox: markBox(ocrText, match.start, match.end), confidence: ocrConfidence },
        });
      }
    }
  },
};

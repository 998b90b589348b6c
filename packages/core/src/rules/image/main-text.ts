import { unionBox } from '../../image/ocr-text.js';
import { DEFAULT_MIN_CONFIDENCE } from '../../image/ocr-engine.js';
import type { OcrLine, Rule } from '../../types.js';

/** Words quoted in the message at most. */
const QUOTED_WORDS = 5;

/**
 * A line (or word) that is text rather than OCR noise on a photo: three or more letters making at
 * least 70% of it, and not one letter repeated (`lll`, `iii` come from edges and stripes).
 */
export function isRealWord(word: OcrLine, minConfidence: number): boolean {
  const text = word.text.trim();
  const letters = text.match(/\p{L}/gu) ?? [];
  return (
    word.confidence >= minConfidence &&
    letters.length >= 3 &&
    letters.length / [...text].length >= 0.7 &&
    new Set(letters.map((letter) => letter.toLowerCase())).size > 1
  );
}

/** `image/main-text`: text on the main (first) image, which marketplaces want to show only the product. */
export const imageMainTextRule: Rule = {
  id: 'image/main-text',
  meta: {
    name: 'ImageMainText',
    description: 'Text on the main image',
    fullDescription:
      'Amazon, Walmart and eBay want the main image to show only the product: no added text, logos or watermarks. ' +
      'Reports confidently read words on the first image of a listing (OCR noise and low-confidence words are ignored).',
    defaultSeverity: 'warning',
    needs: ['ocr-lines'],
    severityMode: 'fixed',
    messages: {
      text: 'Main image `{{image}}` carries text ({{words}}); marketplaces want the main image to show only the product: remove the text or move this image later',
    },
  },
  check(context) {
    const { listing, settings } = context;
    const main = listing.images[0];
    const read = main?.path === undefined ? undefined : context.facts.images?.get(main.path);
    if (main?.path === undefined || !read?.ok) return;
    const words = read.lines.filter((line) => isRealWord(line, settings.minOcrConfidence ?? DEFAULT_MIN_CONFIDENCE[read.engine]));
    if (words.length === 0) return;
    const quoted = words.slice(0, QUOTED_WORDS).map((word) => `"${word.text.trim()}"`);
    context.report({
      messageId: 'text',
      data: { image: main.path, words: words.length > QUOTED_WORDS ? `${quoted.join(', ')} and ${words.length - QUOTED_WORDS} more` : quoted.join(', ') },
      location: main.location,
      field: main.field,
      ...(main.place ? { place: main.place } : {}),
      image: { path: main.path, bbox: unionBox(words.map((word) => word.bbox)), confidence: Math.min(...words.map((word) => word.confidence)) },
    });
  },
};

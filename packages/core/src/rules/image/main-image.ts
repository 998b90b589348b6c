import type { ImageFacts, Rule } from '../../types.js';

/** What a marketplace asks of the main image that a machine can measure. */
export interface MainImageRules {
  /** Longest side in pixels at least (zoom). */
  minLongestSide: number;
  /** Share (0..1) of border pixels that must be pure white (every channel ≥ 250). */
  minWhiteBorder: number;
}

const AMAZON: MainImageRules = { minLongestSide: 1000, minWhiteBorder: 0.95 };

/**
 * The main-image rules of a marketplace, or undefined where it has none. Only Amazon so far
 * (every `amazon.*`); when marketplace presets land this is the preset's data.
 */
export function mainImageRulesFor(marketplace: string | undefined): MainImageRules | undefined {
  return marketplace !== undefined && /^amazon\./i.test(marketplace) ? AMAZON : undefined;
}

/** `image/main-image`: the main image's size and background against the marketplace's rules. */
export const imageMainImageRule: Rule = {
  id: 'image/main-image',
  meta: {
    name: 'ImageMainImage',
    description: 'Main image too small or not on a pure white background',
    fullDescription:
      'On marketplaces with main-image rules (Amazon: every amazon.* marketplace), reports a main (first) image whose longest side is under 1000 px ' +
      '(too small for zoom) or whose border is not pure white (fewer than 95% of its border pixels with every channel at least 250). ' +
      'Text, logos and watermarks on the main image are `image/main-text`.',
    defaultSeverity: 'warning',
    needs: ['image-facts'],
    severityMode: 'fixed',
    messages: {
      size: 'Main image `{{image}}` is {{width}}×{{height}} px; {{marketplace}} wants the longest side at least {{min}} px for zoom: upload a larger original',
      background:
        'Main image `{{image}}` is not on a pure white background (only {{share}}% of its border pixels are white, {{required}}% needed on {{marketplace}}): place the product on white (255, 255, 255)',
    },
  },
  check(context) {
    const { listing, settings } = context;
    const marketplace = listing.marketplace ?? settings.defaults.marketplace;
    const rules = mainImageRulesFor(marketplace);
    const main = listing.images[0];
    if (rules === undefined || marketplace === undefined || main?.path === undefined) return;
    const facts: ImageFacts | undefined = context.facts.imageFacts?.get(main.path);
    if (!facts?.ok) return;
    const where = { location: main.location, field: main.field, ...(main.place ? { place: main.place } : {}) };
    const image = { path: main.path, bbox: { x: 0, y: 0, width: facts.width, height: facts.height }, confidence: 1 };
    if (Math.max(facts.width, facts.height) < rules.minLongestSide) {
      context.report({ messageId: 'size', data: { image: main.path, width: facts.width, height: facts.height, marketplace, min: rules.minLongestSide }, ...where, image });
    }
    if (facts.whiteBorder < rules.minWhiteBorder) {
      context.report({
        messageId: 'background',
        data: { image: main.path, share: String(Math.floor(facts.whiteBorder * 1000) / 10), required: rules.minWhiteBorder * 100, marketplace },
        ...where,
        image,
      });
    }
  },
};

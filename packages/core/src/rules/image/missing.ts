import type { Rule } from '../../types.js';

const advice: Record<'missing' | 'unreadable' | 'outside' | 'timeout' | 'not-file' | 'too-large', string> = {
  missing: 'add the file or fix the path',
  'not-file': 'point the entry at an image file',
  'too-large': 'save a smaller copy (marketplaces take at most 10 MB) and point the entry at it',
  unreadable: 're-export it as JPEG, PNG or WebP',
  outside: 'move it into the repository so it can be checked',
  timeout: 'OCR gave up on it; make it smaller or raise the timeout',
};

/** `image/missing`: an image entry that cannot be checked (missing, unreadable, outside the repository, OCR timeout). */
export const imageMissingRule: Rule = {
  id: 'image/missing',
  meta: {
    name: 'ImageMissing',
    description: 'Listing image cannot be checked',
    fullDescription:
      'Reports an image entry whose file does not exist, cannot be decoded (corrupt, truncated, over the pixel limit), ' +
      'lies outside the repository, or took too long to read. Such an image was not checked for trademarks.',
    defaultSeverity: 'error',
    needs: ['ocr-lines'],
    // A URL (bulk files) is an info: it was never meant to be read from the repository.
    severityMode: 'ceiling',
    messages: {
      missing: 'Image `{{written}}` (`{{field}}`) does not exist: {{advice}}',
      unreadable: 'Image `{{written}}` (`{{field}}`) cannot be read ({{detail}}): {{advice}}',
      outside: 'Image `{{written}}` (`{{field}}`) is outside the repository and was not checked: {{advice}}',
      'not-file': 'Image `{{written}}` (`{{field}}`) is not a regular file ({{detail}}) and was not read: {{advice}}',
      'too-large': 'Image `{{written}}` (`{{field}}`) was not read: {{detail}}; {{advice}}',
      url: 'Image URL `{{written}}` (`{{field}}`) was not checked: images are never fetched; map its file name to a local file with `images.roots`',
      timeout: 'Image `{{written}}` (`{{field}}`) was not checked: {{detail}}; {{advice}}',
      notList: '`images` must be {{expected}}: the images under it were not checked',
    },
  },
  check(context) {
    const { listing, facts } = context;
    // With OCR off there are no results, and nothing is known about the files.
    if (facts.images === undefined) return;
    const expected = listing.invalidKeys?.images;
    if (expected !== undefined) {
      context.report({ messageId: 'notList', data: { expected }, location: listing.keyLocations.images ?? listing.location, field: 'images' });
    }
    for (const image of listing.images) {
      if (image.path === undefined && /^https?:\/\//i.test(image.written)) {
        context.report({
          messageId: 'url',
          data: { written: image.written, field: image.field },
          location: image.location,
          field: image.field,
          severity: 'info',
          ...(image.place ? { place: image.place } : {}),
        });
        continue;
      }
      const read =
        image.path === undefined
          ? ({ ok: false, problem: 'outside', detail: `${image.written} is outside the repository` } as const)
          : facts.images.get(image.path);
      if (read === undefined || read.ok) continue;
      context.report({
        messageId: read.problem,
        data: { written: image.written, field: image.field, detail: read.detail, advice: advice[read.problem] },
        location: image.location,
        field: image.field,
        ...(image.place ? { place: image.place } : {}),
      });
    }
  },
};

import { DEFAULT_MIN_CONFIDENCE } from '../../image/ocr-engine.js';
import { stockWatermarkIn } from '../../image/stock-watermarks.js';
import type { ImageFacts, ImageRef, RightsEntry, Rule, RuleContext } from '../../types.js';

/** `image/copyright`: a listing image copied from a reference picture, carrying someone else's rights metadata, or showing a stock watermark. */
export const imageCopyrightRule: Rule = {
  id: 'image/copyright',
  meta: {
    name: 'ImageCopyright',
    description: 'Listing image that looks copied from someone else',
    fullDescription:
      'Reports a listing image whose perceptual hash lies within 10 of 64 bits of a picture in the `copyright.references` folders ' +
      '(resized, recompressed, brightened, slightly cropped or mirrored copies included; images in `copyright.owned` folders are never reference copies), ' +
      'an image whose rights metadata (EXIF, IPTC, XMP) names nobody in `copyright.owners`, and an image whose OCR text shows a stock-photo watermark.',
    defaultSeverity: 'error',
    needs: ['ocr-lines', 'image-facts'],
    severityMode: 'fixed',
    messages: {
      reference:
        'Image `{{image}}` (`{{field}}`) matches the reference picture `{{reference}}` ({{distance}} of 64 hash bits differ{{mirrored}}): use your own photo, or keep yours in a `copyright.owned` folder',
      metadata:
        'Image `{{image}}` (`{{field}}`) carries rights metadata naming someone else ({{metadataField}}: "{{value}}"{{more}}): use your own photo, or add the name to `copyright.owners` if it is yours',
      watermark:
        'Image `{{image}}` (`{{field}}`) shows a stock-photo watermark ({{stock}}: "{{text}}"): a stock preview is not licensed for listings; use a licensed copy or your own photo',
    },
  },
  check(context) {
    for (const image of context.listing.images) {
      if (image.path === undefined) continue;
      const facts = context.facts.imageFacts?.get(image.path);
      if (facts?.ok) {
        checkReference(context, image, image.path, facts);
        checkMetadata(context, image, image.path, facts);
      }
      checkWatermark(context, image, image.path);
    }
  },
};

type Measured = Extract<ImageFacts, { ok: true }>;

function place(image: ImageRef) {
  return { location: image.location, field: image.field, ...(image.place ? { place: image.place } : {}) };
}

function whole(path: string, facts: Measured, confidence: number) {
  return { path, bbox: { x: 0, y: 0, width: facts.width, height: facts.height }, confidence };
}

function checkReference(context: RuleContext, image: ImageRef, path: string, facts: Measured): void {
  const { reference } = facts;
  if (reference === undefined || facts.owned) return;
  context.report({
    messageId: 'reference',
    data: { image: path, field: image.field, reference: reference.file, distance: reference.distance, mirrored: reference.mirrored ? ', mirrored' : '' },
    ...place(image),
    image: whole(path, facts, 1 - reference.distance / 64),
  });
}

/** True when the rights text names one of the owners (case-insensitive containment, as design.md has it). */
export function isOwnersRights(entry: RightsEntry, owners: readonly string[]): boolean {
  const text = entry.value.toLowerCase();
  return owners.some((owner) => owner.trim() !== '' && text.includes(owner.trim().toLowerCase()));
}

function checkMetadata(context: RuleContext, image: ImageRef, path: string, facts: Measured): void {
  const owners = context.settings.copyrightOwners ?? [];
  const foreign = facts.rights.filter((entry) => !isOwnersRights(entry, owners));
  if (foreign.length === 0) return;
  const [first] = foreign;
  const more = foreign.length - 1;
  context.report({
    messageId: 'metadata',
    data: { image: path, field: image.field, metadataField: first.field, value: first.value, more: more === 0 ? '' : ` and ${more} more field${more === 1 ? '' : 's'}` },
    ...place(image),
    image: whole(path, facts, 1),
  });
}

function checkWatermark(context: RuleContext, image: ImageRef, path: string): void {
  const read = context.facts.images?.get(path);
  if (!read?.ok) return;
  const minConfidence = context.settings.minOcrConfidence ?? DEFAULT_MIN_CONFIDENCE[read.engine];
  const seen = new Set<string>();
  for (const line of read.lines) {
    if (line.confidence < minConfidence) continue;
    const stock = stockWatermarkIn(line.text);
    if (stock === undefined || seen.has(stock)) continue;
    seen.add(stock);
    context.report({
      messageId: 'watermark',
      data: { image: path, field: image.field, stock, text: line.text.trim() },
      ...place(image),
      image: { path, bbox: line.bbox, confidence: line.confidence },
    });
  }
}

import exifReader from 'exif-reader';
import type { RightsEntry } from '../types.js';

/** Raw metadata blocks as sharp's `metadata()` returns them. */
export interface MetadataBlocks {
  exif?: Buffer;
  iptc?: Buffer;
  xmp?: Buffer;
}

/**
 * Who the picture's embedded metadata says made it or holds its rights: EXIF Copyright and
 * Artist, IPTC by-line (2:80), credit (2:110) and copyright notice (2:116), XMP `dc:rights`,
 * `dc:creator`, `photoshop:Credit` and `plus:Licensor`. Empty values are left out; a block that
 * cannot be parsed gives nothing (metadata is evidence, never a reason to fail).
 */
export function readRightsMetadata(blocks: MetadataBlocks): RightsEntry[] {
  return [...exifRights(blocks.exif), ...iptcRights(blocks.iptc), ...xmpRights(blocks.xmp)];
}

function exifRights(buffer: Buffer | undefined): RightsEntry[] {
  if (!buffer || buffer.length === 0) return [];
  let image: Record<string, unknown> | undefined;
  try {
    image = exifReader(buffer).Image as Record<string, unknown> | undefined;
  } catch {
    return [];
  }
  const entries: RightsEntry[] = [];
  for (const [tag, field] of [
    ['Copyright', 'EXIF Copyright'],
    ['Artist', 'EXIF Artist'],
  ] as const) {
    const value = cleanText(image?.[tag]);
    if (value) entries.push({ field, value });
  }
  return entries;
}

const IPTC_FIELDS: ReadonlyMap<number, string> = new Map([
  [80, 'IPTC By-line'],
  [110, 'IPTC Credit'],
  [116, 'IPTC Copyright Notice'],
]);

/**
 * IPTC-IIM datasets of record 2 in sharp's IPTC block (a Photoshop resource block or bare IIM):
 * each dataset is 0x1C, record, dataset number, a 2-byte big-endian length, then the value.
 * Scanned for the tag marker, so the wrapper around the datasets does not matter.
 */
function iptcRights(buffer: Buffer | undefined): RightsEntry[] {
  if (!buffer) return [];
  const entries: RightsEntry[] = [];
  for (let i = 0; i + 5 <= buffer.length; i++) {
    if (buffer[i] !== 0x1c || buffer[i + 1] !== 0x02) continue;
    const length = buffer.readUInt16BE(i + 3);
    // Extended (4-byte) lengths are for binary datasets, never the text ones read here.
    if (length & 0x8000 || i + 5 + length > buffer.length) continue;
    const field = IPTC_FIELDS.get(buffer[i + 2]);
    const value = field ? cleanText(buffer.toString('utf8', i + 5, i + 5 + length)) : undefined;
    if (field && value) entries.push({ field, value });
    i += 4 + length;
  }
  return entries;
}

const XMP_FIELDS = [
  ['dc:rights', 'XMP dc:rights'],
  ['dc:creator', 'XMP dc:creator'],
  ['photoshop:Credit', 'XMP photoshop:Credit'],
  ['plus:Licensor', 'XMP plus:Licensor'],
] as const;

/**
 * A tolerant reading of the XMP packet: each property as an element (its `rdf:li` items or its
 * text; for `plus:Licensor` the `plus:LicensorName` of each licensor) or as an attribute of
 * `rdf:Description`. Not a full RDF parser: namespace prefixes are taken as the XMP standard writes them.
 */
function xmpRights(buffer: Buffer | undefined): RightsEntry[] {
  if (!buffer) return [];
  const xml = buffer.toString('utf8');
  const entries: RightsEntry[] = [];
  for (const [name, field] of XMP_FIELDS) {
    const values: string[] = [];
    for (const match of xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g'))) {
      const body = match[1];
      const parts = name === 'plus:Licensor' ? elementTexts(body, 'plus:LicensorName') : elementTexts(body, 'rdf:li');
      values.push(...(parts.length > 0 ? parts : [textOf(body)]));
    }
    for (const match of xml.matchAll(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g'))) values.push(decodeEntities(match[1] ?? match[2]));
    const value = cleanText([...new Set(values.map((part) => part.trim()).filter(Boolean))].join('; '));
    if (value) entries.push({ field, value });
  }
  return entries;
}

function elementTexts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g'))].map((match) => textOf(match[1]));
}

function textOf(xml: string): string {
  return decodeEntities(xml.replace(/<[^>]*>/g, ' '));
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
      // A reference to no character is dropped, as an XML parser would refuse it.
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower] ?? whole;
  });
}

/** A metadata string with control characters and padding removed, or undefined when nothing is left. */
function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

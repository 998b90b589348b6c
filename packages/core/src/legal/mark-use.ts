import type { MarkUse, MatchStrategy } from '../types.js';

/** Where and how a mark was found, as far as reading its use needs. */
export interface UseInput {
  /** The text the match was found in, and the match's UTF-16 range in it. */
  text: string;
  start: number;
  end: number;
  /** `title`, `bullets[0]`, `brand`, `images[0]` … */
  field: string;
  source: 'text' | 'image';
  strategy: MatchStrategy;
  /** Whether the listing sells clothing, shoes, jewellery or bags (or its goods are unknown). */
  fashion: boolean;
  /** The listing's title, to tell an accessory listing. */
  title: string;
}

/** What decided the use, for the message. */
export type UseCause =
  | 'brand-field'
  | 'counterfeit'
  | 'disguised'
  | 'first-word'
  | 'bare-for'
  | 'compatibility'
  | 'product-name'
  | 'plain';

/** How a mark is used, what decided it, and the words that did. */
export interface UseReading {
  use: MarkUse;
  cause: UseCause;
  /** The phrase that decided it, lower case: `compatible with`, `-style`, `for`, `case`. */
  phrase?: string;
}

const counterfeitBefore = new RegExp(
  '(?<![\\p{L}\\p{N}])(inspired by|inspiriert von|in the style of|im stil von|style of|dupe of|dupe for|dupes?|' +
    'replicas? of|replicas?|knock-?offs? of|knock-?offs?|knock offs? of|knock offs?|imitation of|imitation|imitat|' +
    'fake|copy of|high copy|look-?alikes? of|alternatives? to|similar to|ähnlich wie|better than|besser als)' +
    '\\s+(?:(?:the|a|an|der|die|das|den)\\s+)?$',
  'iu',
);
const counterfeitAfter =
  /^(\s*-\s*|\s+)(style|stil|inspired|dupes?|replicas?|knock-?offs?|alternatives?|look-?alikes?)(?![\p{L}\p{N}])/iu;
const counterfeitAfterHyphen = /^-(like|artig)(?![\p{L}\p{N}])/iu;
const counterfeitAfterJapanese = /^\s*(風|スタイル|タイプ|コピー)/u;

const compatibilityBefore = new RegExp(
  '(?<![\\p{L}\\p{N}])(compatible with|compatible for|works with|work with|for use with|replacement for|replaces|' +
    'designed for|intended for|made for|suitable for|fits|fit|kompatibel mit|passend für|passend zu|geeignet für|' +
    'ersatz für|für|for)\\s+(?:(?:the|your|all|den|die|das|dem|ihr|ihre)\\s+)?$',
  'iu',
);
// A compatibility phrase naming several products: "compatible with iPhone 15 and Samsung". A bare
// "for" is left out: in "shoes for men, Nike" the list is not one of products.
const compatibilityList = new RegExp(
  '(?<![\\p{L}\\p{N}])(compatible with|works with|for use with|replacement for|designed for|intended for|made for|' +
    'suitable for|fits|kompatibel mit|passend für|geeignet für)\\s+' +
    '(?:[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*\\s+){0,5}[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*\\s*' +
    '(?:,|/|&|\\band\\b|\\bor\\b|\\bund\\b|\\boder\\b)\\s*$',
  'iu',
);
const compatibilityAfter = /^\s+(?:[\p{L}\p{N}]+\s+){0,2}?(compatible|kompatibel)(?![\p{L}\p{N}])/iu;
const compatibilityAfterJapanese = /^([\sA-Za-z0-9\-+.]{0,16}?)(対応|互換|用)/u;

const bareForPhrases = new Set(['for', 'für', '用']);

/** Words after a mark that are not the name of a product it could fit. */
const notProducts = new Set([
  'and', 'or', 'with', 'for', 'the', 'a', 'an', 'to', 'of', 'in', 'on', 'by', 'und', 'oder', 'mit', 'für',
  'der', 'die', 'das', 'fans', 'fan', 'lovers', 'lover', 'men', 'mens', 'women', 'womens', 'kids', 'girls',
  'boys', 'him', 'her', 'gift', 'gifts', 'look', 'logo', 'brand',
]);

/** Product nouns that mark an accessory: what serves another product. */
const accessoryNouns = new Set([
  'case', 'cover', 'charger', 'cable', 'cord', 'adapter', 'adaptor', 'strap', 'band', 'mount', 'holder', 'stand',
  'dock', 'sleeve', 'skin', 'protector', 'replacement', 'refill', 'filter', 'lid', 'straw', 'battery', 'remote',
  'bumper', 'pouch', 'insole', 'lace', 'shoelace', 'part', 'nozzle', 'cartridge', 'pod', 'blade', 'accessory',
  'accessories', 'tip', 'film', 'hülle', 'schutzhülle', 'ladekabel', 'kabel', 'ladegerät', 'netzteil',
  'halterung', 'armband', 'ersatzteil', 'ersatzteile', 'ersatz', 'deckel',
]);
const accessoryNounsJapanese = ['ケース', 'カバー', 'ケーブル', '充電器', 'フィルム', 'バンド', 'ホルダー', '交換'];

const wordPattern = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
// Where a run of words naming one thing ends.
const clauseBreak = /[,;|()[\]!?:。、]|\s[-–—]\s|\.(?:\s|$)/u;

/**
 * Reads how a mark is used from the words around it: brand-like (`brand`), counterfeit or
 * comparison phrasing (`counterfeit`, never nominative), or compatibility (`nominative`).
 */
export function readUse(input: UseInput): UseReading {
  const { text, start, end } = input;
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 80);
  if (input.field === 'brand') return { use: 'brand', cause: 'brand-field' };

  const counterfeit = counterfeitPhrase(before, after);
  if (counterfeit) return { use: 'counterfeit', cause: 'counterfeit', phrase: counterfeit };
  // OCR confuses letters by itself; only typed text can be disguised on purpose.
  if (input.source === 'text' && input.strategy !== 'exact' && input.strategy !== 'normalised') {
    return { use: 'brand', cause: 'disguised' };
  }
  if (input.field === 'title' && input.source === 'text' && /^[\s\p{P}\p{S}]*$/u.test(text.slice(0, start))) {
    return { use: 'brand', cause: 'first-word' };
  }

  const compatibility = compatibilityPhrase(before, after);
  if (compatibility) {
    const bare = bareForPhrases.has(compatibility.phrase) && !compatibility.model && !namesProduct(after);
    if (bare && input.fashion) return { use: 'brand', cause: 'bare-for', phrase: compatibility.phrase };
    return { use: 'nominative', cause: 'compatibility', phrase: compatibility.phrase };
  }

  const following = wordsAfter(after, 4);
  const accessory = following.find((word) => isAccessoryNoun(word));
  if (accessory) return { use: 'nominative', cause: 'product-name', phrase: accessory.toLowerCase() };
  if (namesProduct(after) && isAccessoryListing(`${input.title}\n${text}`)) {
    return { use: 'nominative', cause: 'product-name', phrase: following[0] };
  }
  return { use: 'brand', cause: 'plain' };
}

function counterfeitPhrase(before: string, after: string): string | undefined {
  const prefix = counterfeitBefore.exec(before);
  if (prefix) return prefix[1].toLowerCase();
  const suffix = counterfeitAfter.exec(after);
  if (suffix) return `${suffix[1].includes('-') ? '-' : ''}${suffix[2].toLowerCase()}`;
  const hyphen = counterfeitAfterHyphen.exec(after);
  if (hyphen) return `-${hyphen[1].toLowerCase()}`;
  return counterfeitAfterJapanese.exec(after)?.[1];
}

function compatibilityPhrase(before: string, after: string): { phrase: string; model?: boolean } | undefined {
  const prefix = compatibilityBefore.exec(before) ?? compatibilityList.exec(before);
  if (prefix) return { phrase: prefix[1].toLowerCase() };
  const suffix = compatibilityAfter.exec(after);
  if (suffix) return { phrase: suffix[1].toLowerCase() };
  const japanese = compatibilityAfterJapanese.exec(after);
  if (japanese) return { phrase: japanese[2], model: japanese[1].trim() !== '' };
  return undefined;
}

/** The first `count` words after a mark, up to the end of its clause. */
function wordsAfter(after: string, count: number): string[] {
  if (!/^\s/.test(after)) return [];
  const clause = after.split(clauseBreak)[0];
  const words: string[] = [];
  for (const word of clause.match(wordPattern) ?? []) {
    if (notProducts.has(word.toLowerCase()) || words.length === count) break;
    words.push(word);
  }
  return words;
}

/** Whether the mark is followed by a product or model name (`iPhone`, `15`, `Galaxy S24`, `watch`). */
function namesProduct(after: string): boolean {
  return wordsAfter(after, 1).length === 1;
}

function isAccessoryNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return accessoryNouns.has(lower) || (lower.endsWith('s') && accessoryNouns.has(lower.slice(0, -1)))
    || (lower.endsWith('es') && accessoryNouns.has(lower.slice(0, -2)));
}

/** An accessory listing names an accessory noun in its title (or in the text of the match). */
function isAccessoryListing(text: string): boolean {
  return (text.match(wordPattern) ?? []).some(isAccessoryNoun) || accessoryNounsJapanese.some((noun) => text.includes(noun));
}

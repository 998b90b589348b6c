import type { MatchStrategy } from '../types.js';
import { loadLexicon, wordSet, type Lexicon } from '../match/lexicon.js';
import { isCapitalised, type Token } from './use/tokens.js';
import { tokensAround, type UseReading } from './use/read-use.js';

/** A mark found in text, as far as telling its ordinary sense needs. */
export interface SenseInput {
  text: string;
  start: number;
  end: number;
  field: string;
  strategy: MatchStrategy;
  /** The mark as the watchlist writes it (`Apple`, `adidas`): lower case in it says nothing. */
  mark: string;
  /** How the use reading read it. */
  reading: UseReading;
  /** The listing's title, to tell the listing's own goods. */
  title?: string;
}

/** The cue that makes a word an ordinary word here (`compound`, `colour`, `unit`, …): what the verbose terminal may say. */
export type SenseCue =
  | 'compound' | 'kind' | 'colour' | 'unit' | 'place' | 'name' | 'determiner' | 'adjective' | 'verb' | 'lower-case' | 'real-word';

const colours = new Set([
  'grey', 'gray', 'white', 'black', 'blue', 'green', 'red', 'pink', 'yellow', 'brown', 'beige', 'purple', 'violet', 'orange', 'gold',
  'silver', 'cream', 'ivory', 'navy', 'teal', 'rose', 'tan', 'khaki', 'colour', 'color', 'colored', 'coloured', 'shade', 'tone',
]);
const placeNouns = new Set([
  'river', 'basin', 'valley', 'rainforest', 'jungle', 'forest', 'lake', 'mountain', 'mountains', 'street', 'avenue', 'road', 'city',
  'county', 'island', 'bay', 'coast', 'delta', 'desert', 'park', 'village', 'state', 'province', 'region', 'falls',
]);
const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'saint', 'st', 'coach', 'uncle', 'aunt', 'prof']);
const determiners = new Set([
  'the', 'a', 'an', 'any', 'every', 'each', 'no', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'my', 'his', 'her',
  'some', 'most', 'many', 'several', 'various', 'other', 'more', 'less', 'such', 'which', 'whose',
]);
/** Adjectives that qualify a brand, not a common noun: "genuine Apple charger". */
const qualifiers = new Set(['genuine', 'original', 'official', 'authentic', 'real', 'certified', 'new', 'latest', 'old', 'compatible', 'licensed', 'branded']);
const pronouns = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'it', 'to', 'will', 'can', 'may', 'must', 'should', 'would', 'could', "don't", 'not']);
/** Use readings after which a word is a name of a product in a list, not a word: "MacBook, ThinkPad, surface". */
const listReadings = new Set(['compatibility', 'list-item', 'certification']);

/**
 * Whether a mark that is also an ordinary word is used in its ordinary sense here (design.md
 * "Ordinary sense"), and which cue says so. Only matches made of dictionary words load the
 * lexicon, so text without such matches costs nothing extra.
 */
export function ordinarySense(input: SenseInput): SenseCue | undefined {
  const { reading } = input;
  if (reading.cause === 'brand-field' || reading.use === 'counterfeit' || input.field === 'brand') return undefined;
  const matched = input.text.slice(input.start, input.end);
  if ((input.strategy === 'leet' || input.strategy === 'fuzzy') && realWordWithNumber(matched)) return 'real-word';
  if (input.strategy !== 'exact' && input.strategy !== 'normalised') return undefined;
  const parts = matched.toLowerCase().split(/[^\p{L}]+/u).filter((part) => part !== '');
  const words = wordSet();
  if (parts.length === 0 || !parts.every((part) => words.has(part) || words.has(part.replace(/s$/, '')))) return undefined;
  return senseCue(loadLexicon(), input, parts);
}

/** "4-pole": a number joined to a real word is that word, not a leetspeak mark. */
function realWordWithNumber(matched: string): boolean {
  const parts = /^\p{N}+[-\s]?(\p{L}{3,})$/u.exec(matched);
  return parts !== null && wordSet().has(parts[1].toLowerCase());
}

function senseCue(lexicon: Lexicon, input: SenseInput, parts: string[]): SenseCue | undefined {
  const tokens = tokensAround(input.text, input.start, input.end);
  let first = tokens.findIndex((token) => token.end > input.start);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < input.end) last++;
  const previous = wordAt(tokens, first - 1);
  const next = wordAt(tokens, last + 1);
  const head = parts[parts.length - 1];
  const firstPart = parts[0];

  // Whatever the case: compounds, kinds, colours, units, places and names.
  if (previous && lexicon.isCompound(previous.lower, firstPart) && !isMarkLike(previous)) return 'compound';
  if (next && lexicon.isCompound(head, next.lower)) return 'compound';
  if (next && colours.has(next.lower)) return 'colour';
  if (previous && colours.has(previous.lower) && !next) return 'colour';
  if (parts.length === 1 && numberBefore(tokens, first)) return 'unit';
  if (next && placeNouns.has(next.lower)) return 'place';
  if (previous && honorifics.has(previous.lower.replace(/\.$/, ''))) return 'name';
  if (previous && isCapitalised(previous) && lexicon.namesKindOf(previous.lower, head)) return 'kind';

  const listed = listReadings.has(input.reading.cause) && input.reading.governed === true;
  const lowerCase = !/\p{Lu}/u.test(input.text.slice(input.start, input.end));
  const markLowerCase = !/\p{Lu}/u.test(input.mark);
  // "a Flat Surface": a capitalised ordinary word before it capitalises the phrase, not the name.
  const capitalOnlyForTitle = !lowerCase && (titleCaseOnly(tokens, first, input.field) ||
    (previous !== undefined && isCapitalised(previous) && !isMarkLike(previous) && !qualifiers.has(previous.lower)));
  const parts0 = lexicon.partsOfSpeech(parts.join(' '));
  // An adjective-only word before a noun is an adjective ("Frozen Potatoes"), even in a list.
  if (parts.length === 1 && parts0.length === 1 && parts0[0] === 'adjective' && next && !isMarkLike(next) && lexicon.partsOfSpeech(next.lower).includes('noun')) {
    return 'adjective';
  }
  if (listed) return undefined;
  // A verb-only word in a noun's place is the name ("holding an ipad or kindle").
  const nounLike = parts0.includes('noun') || parts0.includes('adjective');
  if ((lowerCase || capitalOnlyForTitle) && previous && determiners.has(previous.lower) && nounLike) return 'determiner';
  if ((lowerCase || capitalOnlyForTitle) && previous && pronouns.has(previous.lower) && parts0.includes('verb')) return 'verb';
  // "Digital Zoom", "Dual Pixel", "non-slip surface": an adjective before the word makes it a common noun.
  if ((lowerCase || capitalOnlyForTitle) && previous && nounLike && !qualifiers.has(previous.lower) && !isMarkLike(previous) &&
    lexicon.partsOfSpeech(previous.lower).includes('adjective')) return 'adjective';
  // In search terms everything is lower case: there a word before the listing's own goods ("dove soap") is the name.
  const beforeOwnGoods = input.field.startsWith('keywords') && next !== undefined && (input.title ?? '').toLowerCase().split(/[^\p{L}]+/u).includes(next.lower);
  if (lowerCase && !markLowerCase && nounLike && !beforeOwnGoods && !separatedFromNames(tokens, first, last)) return 'lower-case';
  return undefined;
}

function wordAt(tokens: Token[], index: number): Token | undefined {
  const token = tokens[index];
  return token?.word ? token : undefined;
}

/** A word the matcher might read as a brand: not a dictionary word, or written with inner capitals. */
function isMarkLike(token: Token): boolean {
  return !wordSet().has(token.lower) || /\p{Ll}\p{Lu}/u.test(token.text);
}

/** A count, size or magnification right before the word, or one word before it: "2 Cars", "240*240 pixel", "30X Space Zoom". */
function numberBefore(tokens: Token[], first: number): boolean {
  for (let index = first - 1; index >= Math.max(0, first - 3); index--) {
    const token = tokens[index];
    if (/^\p{N}+(?:[.,]\p{N}+)?(?:x|k|mp|[x*]\p{N}+)?$/iu.test(token.text) || token.text === '*') {
      return index === first - 1 || /^\p{N}+(?:[.,]\p{N}+)?x$/iu.test(token.text) || tokens[index + 1]?.text === '*';
    }
    if (!token.word || !wordSet().has(token.lower)) return false;
  }
  return false;
}

/** Whether the word's capital says nothing: the clause is in title case, or the word starts the sentence or field. */
function titleCaseOnly(tokens: Token[], first: number, field: string): boolean {
  const previous = tokens[first - 1];
  if (previous === undefined || ['.', '!', '?', ':', '-', '•', '|', '(', '"'].includes(previous.text)) return true;
  // Title case: most neighbouring words of three letters or more are capitalised.
  const around = tokens.slice(Math.max(0, first - 4), first + 5).filter((token, i) => token.word && token.text.length > 3 && i !== first);
  const capitalised = around.filter((token) => isCapitalised(token)).length;
  return (field === 'title' || around.length >= 3) && capitalised >= Math.max(2, Math.ceil(around.length * 0.75));
}

/** Whether the word stands in a list of names ("MacBook, ThinkPad, surface"): a neighbouring item is capitalised or not a word. */
function separatedFromNames(tokens: Token[], first: number, last: number): boolean {
  const neighbour = (index: number, step: number) => {
    const separator = tokens[index];
    const item = tokens[index + step];
    return (
      separator && [',', '/', 'or', 'and', '&'].includes(separator.lower) && item?.word && item.text.length > 1 && !determiners.has(item.lower) &&
      (isCapitalised(item) || !wordSet().has(item.lower) || /\p{Ll}\p{Lu}/u.test(item.text))
    );
  };
  return Boolean(neighbour(first - 1, -1) || neighbour(last + 1, 1));
}

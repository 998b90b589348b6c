import type { MarkUse, MatchStrategy, UseCause } from '../../types.js';
import { wordSet } from '../../match/lexicon.js';
import {
  accessoryNouns,
  accessoryNounsJapanese,
  audienceWords,
  clauseEnds,
  comparisonPhrases,
  counterfeitAfter,
  counterfeitAfterHyphen,
  counterfeitAfterJapanese,
  counterfeitBefore,
  cuesAfter,
  cuesBefore,
  disclaimersAfter,
  labelWords,
  listFillers,
  modelWords,
  separators,
  type Cue,
  type CueKind,
} from './cues.js';
import { isCapitalised, isModelToken, tokenise, type Token } from './tokens.js';

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
  /** Whether the listing sells a device (electronics, class 9): other marks in its copy are mostly platforms and parts. */
  device?: boolean;
  /** The listing's title, to tell an accessory listing and the listing's own goods. */
  title: string;
}

export type { UseCause };

/** How a mark is used, what decided it, and the words that did. */
export interface UseReading {
  use: MarkUse;
  cause: UseCause;
  /** The phrase that decided it, lower case: `compatible with`, `-style`, `for`, `case`. */
  phrase?: string;
  /** A cue in the copy governs the mark (not only the kind of listing): a word there is a name, not a word. */
  governed?: boolean;
}

/** `Apple iPhone15用`, `ナイキ用`: a Japanese compatibility suffix, after an optional model name. */
const japaneseCompatibility = /^([\sA-Za-z0-9\-+.]{0,16}?)(対応|互換|用)/u;
const invisible = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/u;
const deliberateDisguises = new Set<MatchStrategy>(['leet', 'confusable', 'spaced']);
/** How far a list is walked, in tokens: long supported-device lists run to dozens of names. */
const MAX_WALK = 120;

/**
 * Reads how a mark is used from the grammar of the copy around it (design.md "How a mark is
 * used"): the clause is tokenised, the cue that governs the mark is looked for before it (walking
 * back over the list it belongs to) and after it, and the first construction that applies decides.
 */
export function readUse(input: UseInput): UseReading {
  const { text, start, end } = input;
  if (input.field === 'brand') return { use: 'brand', cause: 'brand-field' };

  const counterfeit = counterfeitPhrase(text.slice(Math.max(0, start - 80), start), text.slice(end, end + 80));
  if (counterfeit) {
    return { use: 'counterfeit', cause: comparisonPhrases.has(counterfeit) ? 'comparison' : 'counterfeit-phrase', phrase: counterfeit };
  }
  const matched = text.slice(start, end);
  // OCR confuses letters by itself; only typed text can be disguised on purpose.
  if (input.source === 'text' && (deliberateDisguises.has(input.strategy) || invisible.test(matched))) {
    return { use: 'brand', cause: 'disguise' };
  }

  const tokens = tokensAround(text, start, end);
  let first = tokens.findIndex((token) => token.end > start);
  if (first < 0) first = tokens.length;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
  const firstInTitle = input.field === 'title' && input.source === 'text' && /^[\s\p{P}\p{S}]*$/u.test(text.slice(0, start));

  const before = cueBefore(tokens, first);
  if (before?.kind === 'official') return { use: 'brand', cause: 'official', phrase: before.phrase };
  const japanese = japaneseCompatibility.exec(text.slice(end, end + 24));
  if (japanese) {
    if (japanese[1].trim() === '' && input.fashion) return { use: 'brand', cause: 'plain', phrase: japanese[2] };
    return { use: 'nominative', cause: 'compatibility', phrase: japanese[2], governed: true };
  }
  const after = cueAfter(tokens, last);
  for (const found of [before, after]) {
    if (found && (found.kind === 'disclaimer' || found.kind === 'certification' || found.kind === 'reference')) {
      return { use: 'nominative', cause: found.kind, phrase: found.phrase, governed: true };
    }
  }

  if (firstInTitle) {
    const titleCue = strongCompatibilityIn(tokens, last + 1);
    if (titleCue) return { use: 'nominative', cause: 'compatibility', phrase: titleCue };
    return { use: 'brand', cause: 'first-word' };
  }

  if (before) {
    const bare = before.weak && before.kind === 'compatibility' && !namesProduct(tokens, last);
    if (bare && input.fashion) return { use: 'brand', cause: 'plain', phrase: before.phrase };
    if (!(before.weak && before.kind !== 'compatibility' && !input.device)) {
      const cause = before.kind === 'compatibility' ? (before.listItem ? 'list-item' : 'compatibility') : before.kind;
      return { use: 'nominative', cause: cause as UseCause, phrase: before.phrase, governed: true };
    }
  }
  if (after && (after.kind === 'compatibility' || input.device || after.kind === 'component' || after.phrase === 'app' || after.phrase === 'us')) {
    return { use: 'nominative', cause: after.kind as UseCause, phrase: after.phrase, governed: true };
  }

  if (input.field.startsWith('keywords') || input.source === 'image') return { use: 'brand', cause: 'plain' };
  const ownGoods = input.device || input.field === 'title' ? undefined : ownGoodsNoun(tokens, last, input.title);
  if (ownGoods) return { use: 'brand', cause: 'product-name', phrase: ownGoods };

  const accessory = accessoryOf(input.title, text.slice(Math.max(0, start - WINDOW), end + WINDOW));
  if (accessory && namesProduct(tokens, last)) return { use: 'nominative', cause: 'compatibility', phrase: accessory };
  if (input.device) {
    // In a device's title, the mark before a plain lower-case noun presents the goods ("Voltix Stanley power bank").
    const next = tokens[last + 1];
    if (input.field === 'title' && next?.word && next.start > tokens[last].end && /^\p{Ll}/u.test(next.text) && dictionaryWord(next) && !functionWords.has(next.lower)) {
      return { use: 'brand', cause: 'plain' };
    }
    // The bare name of an app, service, system or part in a device's copy (design.md: nominative, platform).
    return { use: 'nominative', cause: 'platform' };
  }
  return { use: 'brand', cause: 'plain' };
}

/** How much text around a match is read, in UTF-16 units: a long list, never the whole of a huge field. */
const WINDOW = 1500;

/** The tokens of the text around a match, with offsets into the whole text. */
export function tokensAround(text: string, start: number, end: number): Token[] {
  const from = Math.max(0, start - WINDOW);
  if (from === 0 && text.length <= end + WINDOW) return tokenise(text);
  const tokens = tokenise(text.slice(from, end + WINDOW));
  // A token cut by the window's edge is dropped: it is not a word of the copy.
  if (from > 0) tokens.shift();
  if (end + WINDOW < text.length) tokens.pop();
  for (const token of tokens) {
    token.start += from;
    token.end += from;
  }
  return tokens;
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

interface FoundCue {
  kind: CueKind;
  phrase: string;
  weak: boolean;
  /** The mark is a later item of the list the cue introduced. */
  listItem: boolean;
}

/** The cue phrase ending at token `index`, longest first. */
function cueEndingAt(tokens: Token[], index: number): Cue | undefined {
  let best: Cue | undefined;
  for (const candidate of cuesBefore) {
    const { words } = candidate;
    if (words.length > index + 1 || (best && best.words.length >= words.length)) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[index - words.length + 1 + k].lower === words[k];
    if (ok) best = candidate;
  }
  return best;
}

const dictionaryWord = (token: Token) => wordSet().has(token.lower);

/**
 * Walks back from the mark over the list it stands in (other names, model numbers, product words,
 * separators) to the cue that introduced the list, within the clause.
 */
function cueBefore(tokens: Token[], first: number): FoundCue | undefined {
  let listItem = false;
  let crossedWord = false;
  let capitalisedRun = 0;
  for (let index = first - 1, steps = 0; index >= 0 && steps < MAX_WALK; index--, steps++) {
    const token = tokens[index];
    if (clauseEnds.has(token.lower) || (token.lower === '-' && tokens[index + 1]?.start !== token.end)) return undefined;
    if (token.lower === ':') return labelCue(tokens, index, listItem);
    const found = cueEndingAt(tokens, index);
    // "brands like Samsung": `like` after a plural noun lists examples (a comparison is caught before).
    const like = token.lower === 'like' && index > 0 && /s$/.test(tokens[index - 1].lower) && !listFillers.has(tokens[index - 1].lower);
    if (found || like) {
      const cue = found ?? { words: ['like'], kind: 'compatibility' as const, weak: false };
      // Only a compatibility cue introduces a list of products; others govern the name right after them.
      if (cue.kind !== 'compatibility' && crossedWord) return undefined;
      if (cue.weak && capitalisedRun > 2 && !listItem) return undefined;
      return { kind: cue.kind, phrase: cue.words.join(' '), weak: cue.weak ?? false, listItem };
    }
    if (separators.has(token.lower)) {
      if (token.lower !== '(' && token.lower !== ')') listItem = true;
      continue;
    }
    if (!token.word) return undefined;
    if (audienceWords.has(token.lower)) return undefined;
    if (isModelToken(token) || modelWords.has(token.lower) || listFillers.has(token.lower)) continue;
    if (isCapitalised(token) || !dictionaryWord(token)) {
      capitalisedRun = separators.has(tokens[index + 1]?.lower ?? '') ? 0 : capitalisedRun + 1;
      continue;
    }
    // A lower-case word that is itself an item of the list ("pixel and galaxy").
    if (separators.has(tokens[index + 1]?.lower ?? '') && index + 1 < first) {
      crossedWord = true;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** "Supported Apps: Netflix, …": the words before a colon name what the list after it is. */
function labelCue(tokens: Token[], colon: number, listItem: boolean): FoundCue | undefined {
  for (let index = colon - 1, steps = 0; index >= 0 && steps < 5; index--, steps++) {
    const token = tokens[index];
    if (!token.word) break;
    const kind = labelWords[token.lower];
    if (kind) return { kind, phrase: token.lower, weak: false, listItem };
  }
  return undefined;
}

/** A cue right after the mark, past its model numbers and range words: `Apple Watch band`, `Snapdragon 860 processor`. */
function cueAfter(tokens: Token[], last: number): FoundCue | undefined {
  let listItem = false;
  let capitalisedWords = 0;
  for (let index = last + 1, steps = 0; index < tokens.length && steps < 40; index++, steps++) {
    const token = tokens[index];
    const lower = token.lower;
    const disclaimer = disclaimersAfter.find((words) => words.every((word, k) => tokens[index + k]?.lower === word));
    if (disclaimer) return { kind: 'disclaimer', phrase: disclaimer.join(' '), weak: false, listItem };
    const kind = cuesAfter[lower] ?? cuesAfter[lower.replace(/-/g, '')];
    if (kind) return { kind, phrase: lower, weak: false, listItem };
    if (accessoryNouns.has(lower) || accessoryNouns.has(singular(lower)) || accessoryNounsJapanese.some((noun) => token.text.startsWith(noun))) {
      return { kind: 'compatibility', phrase: lower, weak: false, listItem };
    }
    // "S7/8/9 case", "iPhone & iPad cable"; a comma ends the name ("Great Nike, case included").
    if (['/', '&', '+', 'and', 'or', 'und', 'oder'].includes(lower)) {
      listItem = true;
      continue;
    }
    if (lower === '(' || lower === ')' || lower === '-') continue;
    if (!token.word) return undefined;
    if (isModelToken(token) || modelWords.has(lower)) continue;
    // A capitalised name is another product of the list ("Pixel 3", "Galaxy"); two ordinary
    // capitalised words in a row are a description ("Frozen Pencil Case"), not a product name.
    if (isCapitalised(token) && (!dictionaryWord(token) || (tokens[index + 1] && isModelToken(tokens[index + 1])))) continue;
    if (isCapitalised(token) && ++capitalisedWords <= 1) continue;
    return undefined;
  }
  return undefined;
}

/** A strong compatibility cue anywhere after the first word of a title: "Roku Remote Replacement for Roku Express". */
function strongCompatibilityIn(tokens: Token[], from: number): string | undefined {
  for (let index = from; index < tokens.length; index++) {
    const found = cueEndingAt(tokens, index);
    if (found && found.kind === 'compatibility' && !found.weak && !['supports', 'including', 'includes', 'such as', 'e.g.', 'eg'].includes(found.words.join(' '))) {
      return found.words.join(' ');
    }
  }
  return undefined;
}

/** Whether the mark is followed by a product or model name (`iPhone`, `15`, `Galaxy S24`, `watch`), not an audience word. */
function namesProduct(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (next === undefined || !next.word || next.start === tokens[last].end) return next !== undefined && next.word;
  return !audienceWords.has(next.lower) && !separators.has(next.lower) && !['with', 'for', 'the', 'a', 'an', 'to', 'of', 'in', 'on', 'by', 'look', 'logo', 'brand', 'mit', 'für'].includes(next.lower);
}

/** The accessory noun of an accessory listing's title (or of the text itself). */
let lastAccessory: { title: string; text: string; noun: string | undefined } | undefined;

function accessoryOf(title: string, text: string): string | undefined {
  if (lastAccessory?.title === title && lastAccessory.text === text) return lastAccessory.noun;
  const noun = findAccessory(title, text);
  lastAccessory = { title, text, noun };
  return noun;
}

function findAccessory(title: string, text: string): string | undefined {
  for (const token of tokenise(`${title}\n${text}`)) {
    if (token.word && (accessoryNouns.has(token.lower) || accessoryNouns.has(singular(token.lower)))) return token.lower;
    if (accessoryNounsJapanese.some((noun) => token.text.includes(noun))) return token.text;
  }
  return undefined;
}

/**
 * "Sony headphones" in a headphones listing: the noun after the mark (past its model words) is
 * a noun of the listing's own title and not an accessory noun: the mark presents the goods.
 */
function ownGoodsNoun(tokens: Token[], last: number, title: string): string | undefined {
  if (title === '') return undefined;
  const titleWords = new Set(tokenise(title).filter((token) => token.word).map((token) => singular(token.lower)));
  for (let index = last + 1, steps = 0; index < tokens.length && steps < 4; index++, steps++) {
    const token = tokens[index];
    if (!token.word) return undefined;
    if (isModelToken(token)) continue;
    const lower = singular(token.lower);
    if (accessoryNouns.has(lower) || modelWords.has(token.lower) || cuesAfter[token.lower]) return undefined;
    if (dictionaryWord(token) && titleWords.has(lower) && !listFillers.has(token.lower) && !audienceWords.has(token.lower) && !functionWords.has(token.lower)) return token.lower;
    if (dictionaryWord(token)) return undefined;
  }
  return undefined;
}

const functionWords = new Set([
  'to', 'of', 'in', 'on', 'by', 'at', 'for', 'with', 'from', 'and', 'or', 'is', 'are', 'be', 'it', 'its', 'this', 'that', 'as', 'so',
  'up', 'out', 'off', 'into', 'over', 'under', 'set', 'pack', 'piece', 'pieces', 'size', 'style', 'edition', 'collection', 'series',
]);

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') && !word.endsWith('ss') && word.length > 3 ? word.slice(0, -1) : word;
}

import { confusablePrototypes } from './confusables.js';

/** A character of a mark or word (letter, digit, or a leet symbol read as one). */
export const LETTER = 0;
/** A separator that may join two parts of one word (`Ni-ke`, `Levi's`, `N.I.K.E`) and also ends a word. */
export const JOINER = 1;
/** A separator that ends a word (space, punctuation, symbols). */
export const GAP = 2;
/** Invisible characters (zero-width, format, default-ignorable): dropped without a trace. */
export const IGNORABLE = 3;
/** A combining mark: dropped, its span added to the letter before it. */
export const COMBINING = 4;
/** `@` and `$`: a letter in leetspeak when it touches a letter or digit, else a separator. */
export const LEET_SYMBOL = 5;

/** How one non-ASCII code point folds: its class and, for letters, the folded code points. */
export interface CharFold {
  kind: number;
  folded: number[];
  /** NFKC, case or diacritics changed it. */
  normalised: boolean;
  /** Folded to a Latin letter through the UTS #39 confusables data. */
  confusable: boolean;
  /** Han, kana or Hangul: words are not separated by spaces. */
  cjk: boolean;
}

/** Class of every ASCII code unit; `joiners` names the separators that may sit inside a word. */
export function asciiClasses(joiners: string): Uint8Array {
  const classes = new Uint8Array(128).fill(GAP);
  for (let code = 0; code < 128; code++) {
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)) classes[code] = LETTER;
  }
  for (const joiner of joiners) classes[joiner.charCodeAt(0)] = JOINER;
  classes[64] = LEET_SYMBOL;
  classes[36] = LEET_SYMBOL;
  return classes;
}

/** Separators inside a word in listing text: hyphen, apostrophe, backtick, dot, underscore. */
export const TEXT_JOINERS = "-'`._";

/** ASCII classes for listing text. */
export const TEXT_CLASSES = asciiClasses(TEXT_JOINERS);

// Dashes, apostrophe look-alikes (´ must not go through NFKC, which turns it into a space)
// and middle dots, which sellers put inside marks.
const EXTRA_JOINERS = new Set([
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2018, 0x2019, 0x00b4, 0x02bc, 0x2032, 0xff07, 0x00b7, 0x30fb, 0x2027,
  0xff65, 0xfe63, 0xff0d,
]);

const IGNORABLE_PATTERN = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u;
const MARK_PATTERN = /\p{M}/gu;
const WORD_CHAR_PATTERN = /[\p{L}\p{N}]/u;
const LATIN_LETTERS_PATTERN = /^[a-z]+$/;

/** True for Han, Hiragana, Katakana and Hangul code points. */
export function isCjk(codePoint: number): boolean {
  return (
    (codePoint >= 0x3040 && codePoint <= 0x30ff) ||
    (codePoint >= 0x31f0 && codePoint <= 0x31ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7af) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3134f)
  );
}

function stripMarks(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(MARK_PATTERN, '');
}

function latinSkeleton(text: string): string | undefined {
  let skeleton = '';
  for (const char of text) skeleton += confusablePrototypes[char] ?? char;
  skeleton = stripMarks(skeleton);
  return LATIN_LETTERS_PATTERN.test(skeleton) ? skeleton : undefined;
}

function computeFold(codePoint: number): CharFold {
  const char = String.fromCodePoint(codePoint);
  const fold: CharFold = { kind: GAP, folded: [], normalised: true, confusable: false, cjk: isCjk(codePoint) };
  if (EXTRA_JOINERS.has(codePoint)) return { ...fold, kind: JOINER };
  if (IGNORABLE_PATTERN.test(char)) return { ...fold, kind: IGNORABLE };
  if (/^\p{M}$/u.test(char)) return { ...fold, kind: COMBINING };
  const compatible = char.normalize('NFKC');
  if (compatible.length === 1 && compatible.charCodeAt(0) < 128) {
    const kind = TEXT_CLASSES[compatible.charCodeAt(0)];
    const folded = kind === LETTER || kind === LEET_SYMBOL ? [compatible.toLowerCase().charCodeAt(0)] : [];
    return { ...fold, kind, folded };
  }
  let letters = [...stripMarks(compatible)].filter((part) => WORD_CHAR_PATTERN.test(part)).join('');
  if (letters === '') return fold;
  if (!LATIN_LETTERS_PATTERN.test(letters)) {
    const skeleton = latinSkeleton(letters);
    if (skeleton !== undefined) {
      fold.confusable = true;
      letters = skeleton;
    }
  }
  return { ...fold, kind: LETTER, folded: [...letters].map((part) => part.codePointAt(0)!) };
}

const folds = new Map<number, CharFold>();

/** The fold of a non-ASCII code point, computed once per process. */
export function foldOf(codePoint: number): CharFold {
  let fold = folds.get(codePoint);
  if (fold === undefined) {
    fold = computeFold(codePoint);
    folds.set(codePoint, fold);
  }
  return fold;
}

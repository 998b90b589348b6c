import { type CharFold, COMBINING, foldOf, GAP, IGNORABLE, JOINER, LEET_SYMBOL, LETTER } from './char-fold.js';

/** Gap before a folded character: none (same word). */
export const NO_GAP = 0;
/** Gap before a folded character: a joiner (`-`, `'`, `.`). */
export const JOINER_GAP = 1;
/** Gap before a folded character: a word break. */
export const WORD_GAP = 2;

/** Flag: NFKC, case folding of a non-ASCII character, diacritics or a dropped invisible character changed it. */
export const F_NORMALISED = 1;
/** Flag: folded to Latin through the confusables data. */
export const F_CONFUSABLE = 2;
/** Flag: its word holds no real letter (`100`, `$5`), so its digits and symbols are not leetspeak. */
export const F_NO_LETTER = 4;
/** Flag: Han, kana or Hangul. */
export const F_CJK = 8;
/** Flag: the only character between two separators (`A d i d a s`). */
export const F_SINGLE = 16;

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * Text folded for matching, one folded character per slot, each with its source span:
 * lower case, NFKC, no diacritics, confusables folded to Latin, invisible characters dropped,
 * separators reduced to the gap kind before the next character. Buffers are reused across scans.
 */
export class NormalisedText {
  length = 0;
  folded = new Int32Array(256);
  sourceStart = new Int32Array(256);
  sourceEnd = new Int32Array(256);
  gap = new Uint8Array(257);
  flags = new Uint8Array(257);

  /** Folds `text`; `classes` says how each ASCII code unit counts (letter, joiner, gap). */
  fold(text: string, classes: Uint8Array): void {
    this.reserve(text.length + 1);
    let { folded, sourceStart, sourceEnd, gap, flags } = this;
    let length = 0;
    let pendingGap = WORD_GAP;
    let pendingFlags = 0;
    let wordStart = 0;
    let wordHasLetter = true;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      let kind: number;
      let fold: CharFold | undefined;
      let width = 1;
      if (code < 128) {
        kind = classes[code];
        if (kind === LEET_SYMBOL) kind = this.symbolTouchesWord(text, index, length, pendingGap) ? LETTER : GAP;
      } else {
        const codePoint = text.codePointAt(index)!;
        width = codePoint > 0xffff ? 2 : 1;
        fold = foldOf(codePoint);
        kind = fold.kind;
      }
      if (kind === LETTER) {
        const parts = fold === undefined ? 1 : fold.folded.length;
        if (length + parts >= folded.length) {
          this.reserve(length + parts + 1);
          ({ folded, sourceStart, sourceEnd, gap, flags } = this);
        }
        const extra =
          fold === undefined ? 0 : (fold.confusable ? F_CONFUSABLE : 0) | (fold.cjk ? F_CJK : 0) | F_NORMALISED;
        for (let part = 0; part < parts; part++) {
          if (pendingGap !== NO_GAP && length > 0) {
            // The previous character is complete: it stood alone between separators, or its word ended.
            if (gap[length - 1] !== NO_GAP && (flags[length - 1] & F_CJK) === 0) flags[length - 1] |= F_SINGLE;
            if (pendingGap === WORD_GAP) {
              if (!wordHasLetter) for (let inWord = wordStart; inWord < length; inWord++) flags[inWord] |= F_NO_LETTER;
              wordStart = length;
              wordHasLetter = false;
            }
          }
          const folding = fold === undefined ? (code >= 65 && code <= 90 ? code + 32 : code) : fold.folded[part];
          if (folding >= 65) wordHasLetter = true;
          folded[length] = folding;
          sourceStart[length] = index;
          sourceEnd[length] = index + width;
          gap[length] = pendingGap;
          flags[length] = pendingFlags | extra;
          length++;
          pendingGap = NO_GAP;
          pendingFlags = 0;
        }
      } else if (kind === JOINER) {
        if (pendingGap === NO_GAP) pendingGap = JOINER_GAP;
      } else if (kind === IGNORABLE) {
        pendingFlags |= F_NORMALISED;
      } else if (kind === COMBINING) {
        if (length > 0 && pendingGap === NO_GAP) {
          sourceEnd[length - 1] = index + width;
          flags[length - 1] |= F_NORMALISED;
        }
      } else {
        pendingGap = WORD_GAP;
      }
      index += width - 1;
    }
    if (length > 0) {
      if (gap[length - 1] !== NO_GAP && (flags[length - 1] & F_CJK) === 0) flags[length - 1] |= F_SINGLE;
      if (!wordHasLetter) for (let inWord = wordStart; inWord < length; inWord++) flags[inWord] |= F_NO_LETTER;
    }
    this.length = length;
    gap[length] = WORD_GAP;
    flags[length] = 0;
  }

  private symbolTouchesWord(text: string, index: number, length: number, pendingGap: number): boolean {
    if (length > 0 && pendingGap === NO_GAP) return true;
    const next = text.charCodeAt(index + 1);
    return (next >= 97 && next <= 122) || (next >= 65 && next <= 90) || (next >= DIGIT_0 && next <= DIGIT_9);
  }

  private reserve(capacity: number): void {
    if (capacity < this.folded.length) return;
    const size = Math.max(capacity + 1, this.folded.length * 2);
    const grow = <T extends Int32Array | Uint8Array>(from: T, make: (n: number) => T): T => {
      const to = make(size + 1);
      to.set(from);
      return to;
    };
    this.folded = grow(this.folded, (n) => new Int32Array(n));
    this.sourceStart = grow(this.sourceStart, (n) => new Int32Array(n));
    this.sourceEnd = grow(this.sourceEnd, (n) => new Int32Array(n));
    this.gap = grow(this.gap, (n) => new Uint8Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
  }

  /** True when a word may start at `index` (after a separator, or next to CJK). */
  startsWord(index: number): boolean {
    return index === 0 || this.gap[index] !== NO_GAP || ((this.flags[index] | this.flags[index - 1]) & F_CJK) !== 0;
  }

  /** True when a word may end before `index`. */
  endsWord(index: number): boolean {
    return (
      index >= this.length || this.gap[index] !== NO_GAP || ((this.flags[index] | this.flags[index - 1]) & F_CJK) !== 0
    );
  }
}

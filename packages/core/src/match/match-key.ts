import { TEXT_CLASSES } from './char-fold.js';
import { NO_GAP, NormalisedText } from './normalised-text.js';

/** One form of a mark (its name, a variant, or a generic phrase) as the trie stores it. */
export interface MatchKey {
  markId: string;
  /** Folded characters, separators removed. */
  folded: Int32Array;
  /** `breaks[d]`: the form has a separator before character d ("Hello Kitty", "Coca-Cola"). */
  breaks: boolean[];
  /** The form as written, lower case: a match that reads exactly so is `exact`. */
  written: string;
  /** A generic phrase of the mark: found only to drop the mark's matches inside it. */
  generic: boolean;
  /** An OCR reading of the form (`rn` for `m`, `vv` for `w`): used only on OCR text. */
  ocrOnly: boolean;
}

const M = 'm'.charCodeAt(0);
const W = 'w'.charCodeAt(0);
const OCR_SPLITS: readonly (readonly [number, readonly number[]])[] = [
  [M, ['r'.charCodeAt(0), 'n'.charCodeAt(0)]],
  [W, ['v'.charCodeAt(0), 'v'.charCodeAt(0)]],
];

function withSplits(key: MatchKey, splits: readonly (readonly [number, readonly number[]])[]): MatchKey {
  const folded: number[] = [];
  const breaks: boolean[] = [];
  key.folded.forEach((code, depth) => {
    const split = splits.find(([letter]) => letter === code);
    const parts = split ? split[1] : [code];
    parts.forEach((part, offset) => {
      folded.push(part);
      breaks.push(offset === 0 ? key.breaks[depth] : false);
    });
  });
  return { ...key, folded: Int32Array.from(folded), breaks, ocrOnly: true };
}

/** The keys of one form: the form folded, plus its OCR readings; none when nothing is left after folding. */
export function keysOfForm(markId: string, form: string, generic: boolean, scratch: NormalisedText): MatchKey[] {
  scratch.fold(form, TEXT_CLASSES);
  if (scratch.length === 0) return [];
  const folded = scratch.folded.slice(0, scratch.length);
  const breaks = Array.from({ length: scratch.length }, (_, depth) => depth > 0 && scratch.gap[depth] !== NO_GAP);
  const key: MatchKey = { markId, folded, breaks, written: form.toLowerCase(), generic, ocrOnly: false };
  if (generic) return [key];
  const present = OCR_SPLITS.filter(([letter]) => folded.includes(letter));
  const readings = present.map((split) => withSplits(key, [split]));
  if (present.length > 1) readings.push(withSplits(key, present));
  return [key, ...readings];
}

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
  /** A one-word form that may be written split in two words of 3+ letters each (`Air Pods` for AIRPODS). */
  splittable: boolean;
  /** A form read with its leading "The" dropped: found only joined (`NorthFace`, `North-Face`), never spaced. */
  joinedOnly: boolean;
}

/** Letters on each side of a split that a one-word form may be written with (`Mac Book`). */
export const MIN_SPLIT_PART = 3;
const T = 't'.charCodeAt(0);
const H = 'h'.charCodeAt(0);
const E = 'e'.charCodeAt(0);

function isLatinLetter(code: number): boolean {
  return code >= 97 && code <= 122;
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
  return { ...key, folded: Int32Array.from(folded), breaks, ocrOnly: true, splittable: false };
}

/** The keys of one form: the form folded, plus its OCR readings; none when nothing is left after folding. */
export function keysOfForm(markId: string, form: string, generic: boolean, scratch: NormalisedText): MatchKey[] {
  scratch.fold(form, TEXT_CLASSES);
  if (scratch.length === 0) return [];
  const folded = scratch.folded.slice(0, scratch.length);
  const breaks = Array.from({ length: scratch.length }, (_, depth) => depth > 0 && scratch.gap[depth] !== NO_GAP);
  const splittable =
    !generic && !breaks.includes(true) && folded.length >= 2 * MIN_SPLIT_PART && folded.every(isLatinLetter);
  const key: MatchKey = { markId, folded, breaks, written: form.toLowerCase(), generic, ocrOnly: false, splittable, joinedOnly: false };
  if (generic) return [key];
  const present = OCR_SPLITS.filter(([letter]) => folded.includes(letter));
  const readings = present.map((split) => withSplits(key, [split]));
  if (present.length > 1) readings.push(withSplits(key, present));
  const withoutThe = dropLeadingThe(key);
  return withoutThe ? [key, withoutThe, ...readings] : [key, ...readings];
}

// `The North Face` joined as `NorthFace` or `North-Face`: the rest must still be two words or more,
// so that a single dictionary word (`The Ordinary` → `ordinary`) never becomes a key.
function dropLeadingThe(key: MatchKey): MatchKey | undefined {
  const { folded, breaks } = key;
  if (folded.length < 4 || folded[0] !== T || folded[1] !== H || folded[2] !== E || !breaks[3]) return undefined;
  const rest = breaks.slice(3);
  rest[0] = false;
  if (!rest.includes(true)) return undefined;
  const written = key.written.replace(/^the[\s\-_.]+/u, '');
  return { ...key, folded: folded.slice(3), breaks: rest, written, splittable: false, joinedOnly: true };
}

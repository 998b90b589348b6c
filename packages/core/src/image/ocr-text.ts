import { isDictionaryWord } from '../match/dictionary.js';
import type { BoundingBox, Mark, MarkMatch, OcrLine } from '../types.js';

/** OCR lines joined into one text for the matcher, with the way back from offsets to lines. */
export interface OcrText {
  /** The lines, separated by single spaces. */
  text: string;
  /** The lines kept, in text order. */
  lines: OcrLine[];
  /** Offset of each kept line in `text`. */
  starts: number[];
}

/** Joins the lines at or above `minConfidence` (0..1) with spaces, remembering where each starts. */
export function buildOcrText(lines: OcrLine[], minConfidence: number): OcrText {
  const kept = lines.filter((line) => line.confidence >= minConfidence && line.text.trim() !== '');
  const starts: number[] = [];
  let text = '';
  for (const line of kept) {
    if (text !== '') text += ' ';
    starts.push(text.length);
    text += line.text.trim();
  }
  return { text, lines: kept, starts };
}

/** The lines that share at least one character with `text.slice(start, end)`. */
export function linesInRange(ocrText: OcrText, start: number, end: number): OcrLine[] {
  return ocrText.lines.filter((line, index) => {
    const from = ocrText.starts[index];
    return from < end && from + line.text.trim().length > start;
  });
}

/**
 * Whether a match over these lines is one reading: a single line, or lines side by side on one
 * row (tesseract's words). A mark made of the end of one line and the start of another is not.
 */
export function onOneRow(lines: OcrLine[]): boolean {
  if (lines.length <= 1) return true;
  const top = Math.max(...lines.map((line) => line.bbox.y));
  const bottom = Math.min(...lines.map((line) => line.bbox.y + line.bbox.height));
  return bottom - top >= 0.5 * Math.min(...lines.map((line) => line.bbox.height));
}

/**
 * The box of `text.slice(start, end)`: within one horizontal line, the mark's share of the
 * line's characters (Paddle boxes a whole line); otherwise the union of the lines' boxes.
 */
export function markBox(ocrText: OcrText, start: number, end: number): BoundingBox {
  const lines = linesInRange(ocrText, start, end);
  if (lines.length !== 1 || lines[0].vertical) return unionBox(lines.map((line) => line.bbox));
  const [line] = lines;
  const from = ocrText.starts[ocrText.lines.indexOf(line)];
  const length = [...line.text.trim()].length;
  const charsBefore = [...ocrText.text.slice(from, Math.max(from, start))].length;
  const charsIn = [...ocrText.text.slice(Math.max(from, start), Math.min(from + line.text.trim().length, end))].length;
  if (length === 0 || charsIn >= length) return line.bbox;
  const x = line.bbox.x + Math.floor((line.bbox.width * charsBefore) / length);
  const right = line.bbox.x + Math.ceil((line.bbox.width * (charsBefore + charsIn)) / length);
  return { x, y: line.bbox.y, width: Math.max(1, Math.min(line.bbox.x + line.bbox.width, right) - x), height: line.bbox.height };
}

/** Marks of at most this many letters must start and end a word of the line (no "hm" inside "MESH MM"). */
export const SHORT_MARK_LETTERS = 4;

/** A mark found inside a run of letters that OCR read without spaces, and the text to judge it in. */
export interface LetterRunMatch {
  /** The match, in `ocrText.text` (for boxes). */
  match: MarkMatch;
  /** `ocrText.text` with spaces put around the match, so that the legal model sees the words, and the match in it. */
  judged: { text: string; match: MarkMatch };
}

/**
 * Marks that the matcher cannot see because OCR dropped the spaces around them
 * ("MagSafeCompatible", "NIKEAIRMAX"): searched on the letters of each line. A mark of up to
 * `SHORT_MARK_LETTERS` letters counts only where it starts and ends a word of the line (a space,
 * a punctuation mark or a lower-to-upper case change); a longer one also inside a run of
 * letters, unless that run is an ordinary English word ("pineapple" holds no "apple").
 * Places the matcher already found (`found`) are skipped.
 */
export function findMarksInLetterRuns(ocrText: OcrText, marks: Iterable<Mark>, found: MarkMatch[]): LetterRunMatch[] {
  const forms = [...marks].flatMap((mark) =>
    [mark.mark, ...mark.variants].map((form) => ({ mark, letters: lettersOf(form) })).filter((form) => form.letters.length >= 2),
  );
  const results: LetterRunMatch[] = [];
  ocrText.lines.forEach((line, lineIndex) => {
    const text = line.text.trim();
    const lineStart = ocrText.starts[lineIndex];
    const { letters, offsets } = letterMap(text);
    for (const { mark, letters: form } of forms) {
      for (let at = letters.indexOf(form); at >= 0; at = letters.indexOf(form, at + 1)) {
        const start = offsets[at];
        const end = offsets[at + form.length - 1] + 1;
        const startsWord = start === 0 || !isLetter(text[start - 1]) || caseBreak(text, start);
        const endsWord = end >= text.length || !isLetter(text[end]) || caseBreak(text, end) || pluralEnd(text, end);
        const absoluteStart = lineStart + start;
        const absoluteEnd = lineStart + end;
        const known = [...found, ...results.map((result) => result.match)].some(
          (match) => match.markId === mark.id && match.start < absoluteEnd && match.end > absoluteStart,
        );
        if (known) continue;
        if ((!startsWord || !endsWord) && form.length <= SHORT_MARK_LETTERS) continue;
        if (!startsWord || !endsWord) {
          const run = runAround(text, start, end);
          if (isDictionaryWord(run.toLowerCase())) continue;
        }
        const spaced = `${ocrText.text.slice(0, absoluteStart)} ${ocrText.text.slice(absoluteStart, absoluteEnd)} ${ocrText.text.slice(absoluteEnd)}`;
        const match: MarkMatch = { markId: mark.id, start: absoluteStart, end: absoluteEnd, text: ocrText.text.slice(absoluteStart, absoluteEnd), strategy: 'normalised', confidence: 0.9 };
        results.push({ match, judged: { text: spaced, match: { ...match, start: absoluteStart + 1, end: absoluteEnd + 1 } } });
      }
    }
  });
  return results;
}

/** The smallest box holding every box given; a zero box for none. */
export function unionBox(boxes: BoundingBox[]): BoundingBox {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...boxes.map((box) => box.x));
  const y = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x, y, width: right - x, height: bottom - y };
}

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
const isUpper = (char: string | undefined) => char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
const isLower = (char: string | undefined) => char !== undefined && char !== char.toUpperCase() && char === char.toLowerCase();

/** A word starts at `index` by case: "MagSafe" breaks before "S". */
function caseBreak(text: string, index: number): boolean {
  return isLower(text[index - 1]) && isUpper(text[index]);
}

/** A plural "s" after the mark, then the end of the word. */
function pluralEnd(text: string, end: number): boolean {
  return /[sS]/.test(text[end] ?? '') && !isLetter(text[end + 1]);
}

/** Lower-case letters of a form, nothing else. */
function lettersOf(text: string): string {
  return (text.toLowerCase().match(/\p{L}/gu) ?? []).join('');
}

/** The letters of a line (lower case) and each letter's offset in it. */
function letterMap(text: string): { letters: string; offsets: number[] } {
  let letters = '';
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (!isLetter(text[index])) continue;
    const lower = text[index].toLowerCase();
    // Letters whose lower case changes length (rare) keep their place by their first unit.
    letters += lower.length === 1 ? lower : text[index];
    offsets.push(index);
  }
  return { letters, offsets };
}

/** The run of letters (and only letters) around `text.slice(start, end)`. */
function runAround(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && isLetter(text[from - 1])) from--;
  while (to < text.length && isLetter(text[to])) to++;
  return text.slice(from, to);
}

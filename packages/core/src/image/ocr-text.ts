import type { BoundingBox, OcrWord } from '../types.js';

/** OCR words joined into one text for the matcher, with the way back from offsets to words. */
export interface OcrText {
  /** The words, separated by single spaces. */
  text: string;
  /** The words kept, in text order. */
  words: OcrWord[];
  /** Offset of each kept word in `text`. */
  starts: number[];
}

/** Joins the words at or above `minConfidence` (0..1) with spaces, remembering where each starts. */
export function buildOcrText(words: OcrWord[], minConfidence: number): OcrText {
  const kept = words.filter((word) => word.confidence >= minConfidence && word.text.trim() !== '');
  const starts: number[] = [];
  let text = '';
  for (const word of kept) {
    if (text !== '') text += ' ';
    starts.push(text.length);
    text += word.text.trim();
  }
  return { text, words: kept, starts };
}

/** The words that share at least one character with `text.slice(start, end)`. */
export function wordsInRange(ocrText: OcrText, start: number, end: number): OcrWord[] {
  return ocrText.words.filter((word, index) => {
    const from = ocrText.starts[index];
    return from < end && from + word.text.trim().length > start;
  });
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

import type { Finding } from '@listinglint/types';
import { textWidth } from './text-width.js';

/** A message cut for the terminal: the headline for the entry's first line and the evidence for the line below. */
export interface SplitMessage {
  headline: string;
  /** Empty when the whole message fits the first line. */
  evidence: string;
}

/**
 * Cuts a message so its first line fits `width` cells: a mark's owner and registration in
 * parentheses after the mark (`` `iPhone` (Apple Inc.; USPTO 3669402, class 9) in … ``) and every
 * clause after the first top-level `; ` go to the evidence; a headline still too wide is cut at
 * the last `: ` or `, ` that fits (else the last space), the rest starting the evidence. Nothing
 * is dropped: headline and evidence together say all the message says.
 */
export function splitMessage(finding: Pick<Finding, 'message' | 'markId'>, width: number): SplitMessage {
  const { message } = finding;
  if (textWidth(message) <= width) return { headline: message, evidence: '' };
  const evidence: string[] = [];
  let headline = message;
  if (finding.markId !== undefined) {
    // The first parenthesis after the opening `mark` (and a `reads as … (leetspeak)`): the owner and registration.
    const owner = /^(`[^`]+`(?: reads as [^(]*?(?: \([a-z -]+\))?)?) \(([^()]*(?:\([^()]*\)[^()]*)*)\)/.exec(headline);
    if (owner) {
      evidence.push(owner[2]);
      headline = owner[1] + headline.slice(owner[0].length);
    }
  }
  const clause = topLevelIndex(headline, '; ');
  if (clause >= 0) {
    evidence.push(headline.slice(clause + 2));
    headline = headline.slice(0, clause);
  }
  if (textWidth(headline) > width) {
    const cut = lastBreak(headline, width);
    const mark = cut.punctuation ? '' : '…';
    evidence.unshift(`${mark}${headline.slice(cut.rest)}`);
    headline = `${headline.slice(0, cut.end)}${mark}`;
  }
  return { headline, evidence: evidence.join('; ') };
}

/** Index of `needle` outside parentheses and backticks, or -1. */
function topLevelIndex(text: string, needle: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '`') quoted = !quoted;
    else if (!quoted && char === '(') depth += 1;
    else if (!quoted && char === ')') depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && text.startsWith(needle, i)) return i;
  }
  return -1;
}

/**
 * Where to cut a too-wide headline so that it (and an ellipsis) fits `width`: after the last `:`
 * or `,` outside parentheses and backticks that fits, else at such a space, else at any space, else
 * anywhere. `end` ends the headline, `rest` starts the rest.
 */
function lastBreak(text: string, width: number): { end: number; rest: number; punctuation: boolean } {
  let fit = 0;
  let cells = 0;
  for (const char of text) {
    cells += textWidth(char);
    if (cells > width - 1) break;
    fit += char.length;
  }
  let punctuation = -1;
  let topSpace = -1;
  let anySpace = -1;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < fit; i += 1) {
    const char = text[i];
    if (char === '`') quoted = !quoted;
    else if (!quoted && char === '(') depth += 1;
    else if (!quoted && char === ')') depth = Math.max(0, depth - 1);
    else if (char === ' ') {
      anySpace = i;
      if (!quoted && depth === 0) {
        topSpace = i;
        if (i > 0 && (text[i - 1] === ':' || text[i - 1] === ',')) punctuation = i - 1;
      }
    }
  }
  const enough = width / 3;
  if (punctuation > enough) return { end: punctuation + 1, rest: punctuation + 2, punctuation: true };
  const space = topSpace > enough ? topSpace : anySpace;
  if (space > enough) return { end: space, rest: space + 1, punctuation: false };
  return { end: fit, rest: fit, punctuation: false };
}

/** Words of `text` on lines of at most `width` cells (a word longer than that is cut). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').flatMap((long) => cut(long, width))) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A word in pieces of at most `width` cells (whole code points). */
function cut(word: string, width: number): string[] {
  if (textWidth(word) <= width) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (textWidth(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

import { MappedText } from '../../source/mapped-text.js';

/**
 * A position-keeping reader of delimited text (CSV, TSV, `;`-separated), RFC 4180 plus what
 * spreadsheets write: a cell may be quoted with `"`, a `""` inside quotes is one quote, CR, LF
 * and CRLF inside quotes belong to the cell, any of CR, LF and CRLF ends a record, a leading
 * BOM is skipped and the last record needs no line break. A quote inside an unquoted cell is
 * kept as written (`12" tall`), as spreadsheets read it.
 *
 * Records are yielded one at a time (a generator), so a caller can lint row by row; every
 * cell keeps its raw range in the text, and `cellText` gives its decoded value as a
 * `MappedText` whose offsets are offsets of the text.
 */

/** One cell: its raw range (quotes included) and its decoded value. */
export interface DelimitedCell {
  /** 0-based position of the cell in its record. */
  column: number;
  /** Offset of the cell's first character (its opening quote when quoted). */
  start: number;
  /** Offset just after the cell (after its closing quote and any text after it). */
  end: number;
  quoted: boolean;
  /** The decoded value: quotes removed, `""` made one `"`. */
  value: string;
}

/** Malformed input found in one record. */
export interface DelimitedProblem {
  kind: 'unclosed-quote' | 'text-after-quote';
  /** Offset of the character at fault (the opening quote, or the first character after a closing one). */
  offset: number;
  message: string;
}

/** One record (a spreadsheet row): its cells, its first line and its raw range. */
export interface DelimitedRecord {
  /** 1-based number of the record in the file (blank lines are records too, as spreadsheet rows). */
  number: number;
  /** 1-based line on which the record starts (CR, LF and CRLF each end a line). */
  line: number;
  /** Raw range of the record, without its line break. */
  start: number;
  end: number;
  cells: DelimitedCell[];
  /** Set when the record is malformed; its cells are then only what could be read. */
  problem?: DelimitedProblem;
}

export interface DelimitedOptions {
  /** Cell separator, one character: `,`, `\t` or `;`. */
  delimiter: string;
  /**
   * Whether `"` quotes cells (default true). Amazon's reports are tab-delimited without
   * quoting: a description that starts with `"` is text there, not a quote.
   */
  quoting?: boolean;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Reads the records of `text` one by one. */
export function* readDelimited(text: string, options: DelimitedOptions): Generator<DelimitedRecord> {
  if (options.delimiter.length !== 1) throw new Error(`A delimiter is one character, not ${JSON.stringify(options.delimiter)}`);
  const delimiter = options.delimiter.charCodeAt(0);
  const quoting = options.quoting !== false;
  const length = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let number = 0;

  while (i < length) {
    const recordStart = i;
    const recordLine = line;
    const cells: DelimitedCell[] = [];
    let problem: DelimitedProblem | undefined;
    number += 1;
    // One cell per pass; the loop ends at a line break or the end of the text.
    for (;;) {
      const cellStart = i;
      if (quoting && text.charCodeAt(i) === QUOTE) {
        let value = '';
        let runStart = i + 1;
        let j = i + 1;
        let closed = false;
        while (j < length) {
          const c = text.charCodeAt(j);
          if (c === QUOTE) {
            if (text.charCodeAt(j + 1) === QUOTE) {
              value += text.slice(runStart, j + 1);
              j += 2;
              runStart = j;
              continue;
            }
            value += text.slice(runStart, j);
            closed = true;
            j += 1;
            break;
          }
          if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) line += 1;
          j += 1;
        }
        if (!closed) {
          problem = {
            kind: 'unclosed-quote',
            offset: cellStart,
            message: 'a quoted cell is never closed: the quote opens a cell that runs to the end of the file',
          };
          cells.push({ column: cells.length, start: cellStart, end: length, quoted: true, value: value + text.slice(runStart, length) });
          yield { number, line: recordLine, start: recordStart, end: length, cells, problem };
          // Resume on the line after the stray quote, so one bad row does not swallow the rest.
          const resume = nextLineStart(text, cellStart);
          line = lineOf(text, recordLine, recordStart, resume);
          i = resume;
          break;
        }
        // Text between the closing quote and the delimiter is kept, and reported.
        let k = j;
        while (k < length) {
          const c = text.charCodeAt(k);
          if (c === delimiter || c === LF || c === CR) break;
          k += 1;
        }
        if (k > j) {
          problem ??= {
            kind: 'text-after-quote',
            offset: j,
            message: 'text follows the closing quote of a cell; a quote inside a quoted cell is written twice ("")',
          };
          value += text.slice(j, k);
        }
        cells.push({ column: cells.length, start: cellStart, end: k, quoted: true, value });
        i = k;
      } else {
        let k = i;
        while (k < length) {
          const c = text.charCodeAt(k);
          if (c === delimiter || c === LF || c === CR) break;
          k += 1;
        }
        cells.push({ column: cells.length, start: cellStart, end: k, quoted: false, value: text.slice(cellStart, k) });
        i = k;
      }
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        i += 1;
        continue;
      }
      // A line break or the end of the text ends the record.
      const end = i;
      if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      else if (c === LF) i += 1;
      if (i > end) line += 1;
      yield problem
        ? { number, line: recordLine, start: recordStart, end, cells, problem }
        : { number, line: recordLine, start: recordStart, end, cells };
      break;
    }
  }
}

/** Offset of the line after the one holding `offset` (or the end of the text). */
function nextLineStart(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) return i + 1;
    if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  }
  return text.length;
}

/** The line number at `to`, counting line breaks from `from` (on line `line`). */
function lineOf(text: string, line: number, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line += 1;
  }
  return line;
}

/** The decoded value of a cell with every unit mapped back to the text (a `""` maps to both quotes). */
export function cellText(text: string, cell: DelimitedCell): MappedText {
  const mapped = new MappedText();
  if (!cell.quoted) {
    mapped.copy(cell.value, cell.start);
    return mapped;
  }
  let i = cell.start + 1;
  let runStart = i;
  while (i < cell.end) {
    if (text.charCodeAt(i) === QUOTE) {
      mapped.copy(text.slice(runStart, i), runStart);
      if (text.charCodeAt(i + 1) === QUOTE) {
        mapped.put('"', i, i + 2);
        i += 2;
        runStart = i;
        continue;
      }
      // The closing quote: what follows it (malformed, but kept) is copied as written.
      mapped.copy(text.slice(i + 1, cell.end), i + 1);
      return mapped;
    }
    i += 1;
  }
  mapped.copy(text.slice(runStart, cell.end), runStart);
  return mapped;
}

/**
 * Guesses the delimiter: of tab, comma and semicolon, the one seen most outside quotes in the
 * first lines (an Amazon template's first line may hold a single cell).
 */
export function sniffDelimiter(text: string, lines = 8): string {
  const counts = new Map<string, number>([
    ['\t', 0],
    [',', 0],
    [';', 0],
  ]);
  let quoted = false;
  let seen = 0;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = Math.min(text.length, start + 1_000_000);
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n' && ++seen >= lines) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [char, count] of counts) {
    if (count > bestCount) {
      best = char;
      bestCount = count;
    }
  }
  return best;
}

import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/**
 * A small, read-only `.xlsx`/`.xlsm` reader: fflate unzips, saxes reads the XML. It reads
 * what a listing linter needs and nothing else: sheet names, shared and inline strings,
 * and each cell's text and reference (`C4`). Formulas are read as their cached value; styles,
 * dates and macros are ignored. Entries are size-checked before they are inflated (zip bombs)
 * and saxes expands no external entities.
 */

/** One cell: its reference, 1-based row, 0-based column and its text. */
export interface XlsxCell {
  ref: string;
  row: number;
  column: number;
  value: string;
}

/** One row of a sheet; cells are in column order and empty cells are left out. */
export interface XlsxRow {
  row: number;
  cells: XlsxCell[];
}

export interface XlsxSheet {
  name: string;
  /** Path of the sheet's part inside the zip (`xl/worksheets/sheet2.xml`). */
  part: string;
}

/** A file that cannot be read as a workbook, with what to do. */
export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxError';
  }
}

/** Limits against hostile files: one part's and all parts' inflated size. */
export const maxPartBytes = 512 * 1024 * 1024;
export const maxTotalBytes = 1024 * 1024 * 1024;

const zipMagic = [0x50, 0x4b];
const cfbMagic = [0xd0, 0xcf, 0x11, 0xe0];

/** An opened workbook: its sheets, in workbook order, and their rows on demand. */
export class Workbook {
  readonly sheets: XlsxSheet[];
  private readonly parts: Record<string, Uint8Array>;
  private sharedStrings: string[] | undefined;
  private readonly sharedStringsPart: string | undefined;

  constructor(bytes: Uint8Array) {
    if (cfbMagic.every((byte, i) => bytes[i] === byte)) {
      throw new XlsxError('the file is an encrypted (password-protected) workbook or a legacy .xls: save it as .xlsx without a password');
    }
    if (!zipMagic.every((byte, i) => bytes[i] === byte)) throw new XlsxError('the file is not an .xlsx/.xlsm workbook (no zip header)');
    let total = 0;
    try {
      this.parts = unzipSync(bytes, {
        filter: (file) => {
          const wanted = /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/.test(file.name);
          if (!wanted) return false;
          total += file.originalSize;
          if (file.originalSize > maxPartBytes || total > maxTotalBytes) {
            throw new XlsxError(`the workbook part ${file.name} inflates to more than the ${maxPartBytes / 1024 / 1024} MB a sheet may have`);
          }
          return true;
        },
      });
    } catch (error) {
      if (error instanceof XlsxError) throw error;
      throw new XlsxError(`the workbook cannot be unzipped (${(error as Error).message}); save it again from the spreadsheet program`);
    }
    const workbookXml = this.parts['xl/workbook.xml'];
    if (!workbookXml) throw new XlsxError('the zip has no xl/workbook.xml: it is not an .xlsx/.xlsm workbook');
    const relations = new Map<string, { target: string; type: string }>();
    const relsXml = this.parts['xl/_rels/workbook.xml.rels'];
    if (relsXml) {
      parseXml(relsXml, {
        open(name, attributes) {
          if (name === 'Relationship' && attributes.Id && attributes.Target) {
            relations.set(attributes.Id, { target: resolvePart(attributes.Target), type: attributes.Type ?? '' });
          }
        },
      });
    }
    const sheets: XlsxSheet[] = [];
    parseXml(workbookXml, {
      open(name, attributes) {
        if (name !== 'sheet') return;
        const id = attributes['r:id'] ?? Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1];
        const part = (id && relations.get(id)?.target) ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
        sheets.push({ name: attributes.name ?? `Sheet${sheets.length + 1}`, part });
      },
    });
    this.sheets = sheets.filter((sheet) => this.parts[sheet.part] !== undefined);
    const shared = [...relations.values()].find((relation) => relation.type.endsWith('/sharedStrings'));
    this.sharedStringsPart = shared?.target ?? 'xl/sharedStrings.xml';
  }

  /** The shared-string table, read once. */
  private strings(): string[] {
    if (this.sharedStrings) return this.sharedStrings;
    const strings: string[] = [];
    const xml = this.sharedStringsPart ? this.parts[this.sharedStringsPart] : undefined;
    if (xml) {
      let current: string | undefined;
      let inText = false;
      let phonetic = 0;
      parseXml(xml, {
        open(name) {
          if (name === 'si') current = '';
          else if (name === 'rPh') phonetic += 1;
          else if (name === 't' && phonetic === 0) inText = true;
        },
        text(text) {
          if (inText && current !== undefined) current += text;
        },
        close(name) {
          if (name === 't') inText = false;
          else if (name === 'rPh') phonetic -= 1;
          else if (name === 'si') {
            strings.push(unescapeOoxml(current ?? ''));
            current = undefined;
          }
        },
      });
    }
    this.sharedStrings = strings;
    return strings;
  }

  /** The rows of a sheet, one at a time, in file order. */
  *rows(sheet: XlsxSheet): Generator<XlsxRow> {
    const xml = this.parts[sheet.part];
    if (!xml) return;
    const strings = this.strings();
    const ready: XlsxRow[] = [];
    let row: XlsxRow | undefined;
    let lastRow = 0;
    let nextColumn = 0;
    let cell: { ref: string; row: number; column: number; type: string } | undefined;
    let value = '';
    let inline = '';
    let inValue = false;
    let inInlineText = false;
    let phonetic = 0;
    const parser = xmlParser({
      open(name, attributes) {
        if (name === 'row') {
          const number = Number(attributes.r);
          lastRow = Number.isInteger(number) && number > 0 ? number : lastRow + 1;
          row = { row: lastRow, cells: [] };
          nextColumn = 0;
        } else if (name === 'c' && row) {
          const ref = attributes.r;
          const parsed = ref ? parseCellRef(ref) : undefined;
          const column = parsed ? parsed.column : nextColumn;
          nextColumn = column + 1;
          cell = { ref: ref ?? cellRef(row.row, column), row: row.row, column, type: attributes.t ?? 'n' };
          value = '';
          inline = '';
        } else if (name === 'v' && cell) {
          inValue = true;
        } else if (name === 'rPh') {
          phonetic += 1;
        } else if (name === 't' && cell && phonetic === 0) {
          inInlineText = true;
        }
      },
      text(text) {
        if (inValue) value += text;
        else if (inInlineText) inline += text;
      },
      close(name) {
        if (name === 'v') inValue = false;
        else if (name === 't') inInlineText = false;
        else if (name === 'rPh') phonetic -= 1;
        else if (name === 'c' && cell && row) {
          let text: string;
          if (cell.type === 's') text = strings[Number(value)] ?? '';
          else if (cell.type === 'inlineStr') text = unescapeOoxml(inline);
          else if (cell.type === 'str') text = unescapeOoxml(value);
          else if (cell.type === 'b') text = value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
          else text = value;
          if (text !== '') row.cells.push({ ref: cell.ref, row: cell.row, column: cell.column, value: text });
          cell = undefined;
        } else if (name === 'row' && row) {
          ready.push(row);
          row = undefined;
        }
      },
    });
    // Fed in slices, so rows come out while the sheet is still being read.
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const step = 1 << 20;
    for (let at = 0; at < xml.length; at += step) {
      parser.write(decoder.decode(xml.subarray(at, at + step), { stream: at + step < xml.length }));
      yield* ready.splice(0);
    }
    parser.close();
    yield* ready.splice(0);
  }

  /** The text of a sheet's A1 cell, reading no further than the first row. */
  firstCell(sheet: XlsxSheet): string | undefined {
    for (const row of this.rows(sheet)) {
      return row.row === 1 && row.cells[0]?.column === 0 ? row.cells[0].value : undefined;
    }
    return undefined;
  }

  /** The sheet listings are read from: the one whose A1 starts `TemplateType=` (an Amazon template), else the first. */
  listingSheet(): XlsxSheet | undefined {
    return this.sheets.find((sheet) => this.firstCell(sheet)?.startsWith('TemplateType=')) ?? this.sheets[0];
  }
}

/** `C4` → row 4, column 2 (0-based); undefined when not a cell reference. */
export function parseCellRef(ref: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?([1-9][0-9]*)$/.exec(ref);
  if (!match) return undefined;
  let column = 0;
  for (const char of match[1]) column = column * 26 + (char.charCodeAt(0) - 64);
  return { row: Number(match[2]), column: column - 1 };
}

/** Row 4, column 2 (0-based) → `C4`. */
export function cellRef(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** OOXML writes control characters as `_x000D_`, and a literal `_x` as `_x005F_x`. */
function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** A relationship target (`worksheets/sheet1.xml` or `/xl/worksheets/sheet1.xml`) as a zip path. */
function resolvePart(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Deeper nesting than any sheet has is refused (hostile files). */
const maxXmlDepth = 64;

function xmlParser(handlers: XmlHandlers): SaxesParser {
  const parser = new SaxesParser();
  let depth = 0;
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth > maxXmlDepth) throw new XlsxError(`the workbook's XML nests deeper than ${maxXmlDepth} levels`);
    handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>);
    if (tag.isSelfClosing) {
      depth -= 1;
      handlers.close?.(localName(tag.name));
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    depth -= 1;
    handlers.close?.(localName(tag.name));
  });
  if (handlers.text) parser.on('text', handlers.text);
  parser.on('error', (error) => {
    throw new XlsxError(`the workbook's XML is malformed (${error.message})`);
  });
  return parser;
}

function parseXml(bytes: Uint8Array, handlers: XmlHandlers): void {
  const parser = xmlParser(handlers);
  parser.write(new TextDecoder().decode(bytes));
  parser.close();
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

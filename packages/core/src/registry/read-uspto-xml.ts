import { createReadStream } from 'node:fs';
import { Unzip, UnzipInflate } from 'fflate';
import { SaxesParser } from 'saxes';

/** One trademark case of a USPTO bulk XML file (daily `apcYYMMDD` or annual back file), as read. */
export interface UsptoCaseFile {
  serial: string;
  /** Absent when the case has none (`0000000` in the file). */
  registrationNumber?: string;
  /** `mark-identification`: the word mark; absent for a design-only mark. */
  mark?: string;
  statusCode?: string;
  /** ISO dates `YYYY-MM-DD`. */
  statusDate?: string;
  filingDate?: string;
  registrationDate?: string;
  /** International classes with their per-class status (`6` is active; other codes cancel the class). */
  classes: Array<{ code: number; active: boolean }>;
  /** Owners in file order: the last is the current owner. */
  owners: Array<{ partyType?: string; name: string }>;
}

/** A file that is not USPTO trademark XML, or is broken: the message names the file and what is wrong. */
export class RegistryFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'RegistryFileError';
  }
}

const headerFields: Record<string, 'statusCode' | 'statusDate' | 'filingDate' | 'registrationDate' | 'mark'> = {
  'status-code': 'statusCode',
  'status-date': 'statusDate',
  'filing-date': 'filingDate',
  'registration-date': 'registrationDate',
  'mark-identification': 'mark',
};

/** `20230418` → `2023-04-18`; anything else as written. */
function isoDate(text: string): string {
  return /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}` : text;
}

/**
 * A streaming reader of USPTO trademark case-file XML: feed it text chunks, it calls `onCase`
 * for every `case-file` element as soon as it closes, so a multi-gigabyte annual file is read in
 * bounded memory. No DOM, no external entities (saxes expands none).
 */
export class UsptoXmlReader {
  private readonly parser = new SaxesParser();
  private readonly stack: string[] = [];
  private text = '';
  private current: UsptoCaseFile | undefined;
  private classification: { codes: number[]; status?: string } | undefined;
  private owner: { partyType?: string; name?: string } | undefined;
  private sawRoot = false;
  cases = 0;

  constructor(
    private readonly file: string,
    private readonly onCase: (record: UsptoCaseFile) => void,
  ) {
    this.parser.on('opentag', (tag) => this.openTag(tag.name));
    this.parser.on('closetag', (tag) => this.closeTag(tag.name));
    this.parser.on('text', (text) => (this.text += text));
    this.parser.on('cdata', (text) => (this.text += text));
    this.parser.on('error', (error) => {
      throw new RegistryFileError(this.file, `not well-formed XML (${error.message.split('\n')[0]})`);
    });
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  /** Ends the document; a file that held no trademark XML at all is an error. */
  close(): void {
    this.parser.close();
    if (!this.sawRoot) {
      throw new RegistryFileError(this.file, 'not USPTO trademark XML (expected a `trademark-applications-daily` document with `case-file` elements)');
    }
  }

  private openTag(name: string): void {
    if (this.stack.length === 0 && name === 'trademark-applications-daily') this.sawRoot = true;
    this.stack.push(name);
    this.text = '';
    if (name === 'case-file') this.current = { serial: '', classes: [], owners: [] };
    else if (name === 'classification' && this.current) this.classification = { codes: [] };
    else if (name === 'case-file-owner' && this.current) this.owner = {};
  }

  private closeTag(name: string): void {
    this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    const value = this.text.trim();
    this.text = '';
    const record = this.current;
    if (!record) return;
    if (name === 'case-file') {
      this.current = undefined;
      if (record.serial !== '') {
        this.cases += 1;
        this.onCase(record);
      }
    } else if (parent === 'case-file') {
      if (name === 'serial-number') record.serial = value;
      else if (name === 'registration-number' && /[1-9]/.test(value)) record.registrationNumber = value;
    } else if (parent === 'case-file-header' && name in headerFields) {
      const key = headerFields[name];
      if (value !== '') record[key] = key.endsWith('Date') ? isoDate(value) : value;
    } else if (name === 'classification' && this.classification) {
      const active = this.classification.status === undefined || this.classification.status === '6';
      for (const code of this.classification.codes) record.classes.push({ code, active });
      this.classification = undefined;
    } else if (parent === 'classification' && this.classification) {
      if (name === 'international-code' && /^\d+$/.test(value)) {
        const code = Number(value);
        if (code >= 1 && code <= 45) this.classification.codes.push(code);
      } else if (name === 'status-code') this.classification.status = value;
    } else if (name === 'case-file-owner' && this.owner) {
      if (this.owner.name) record.owners.push({ ...(this.owner.partyType ? { partyType: this.owner.partyType } : {}), name: this.owner.name });
      this.owner = undefined;
    } else if (parent === 'case-file-owner' && this.owner) {
      if (name === 'party-name') this.owner.name = value.replace(/\s+/g, ' ');
      else if (name === 'party-type') this.owner.partyType = value;
    }
  }
}

/**
 * Streams one USPTO bulk file (`.xml`, or the `.zip` the office publishes, every XML entry in
 * it) and calls `onCase` for each case file. Never goes online; reads only `file`.
 */
export async function readUsptoFile(file: string, shown: string, onCase: (record: UsptoCaseFile) => void): Promise<number> {
  const reader = new UsptoXmlReader(shown, onCase);
  const input = createReadStream(file);
  if (/\.zip$/i.test(file)) {
    let entries = 0;
    const decoder = new TextDecoder();
    const unzip = new Unzip((entry) => {
      if (!/\.xml$/i.test(entry.name)) return;
      entries += 1;
      entry.ondata = (error, chunk, final) => {
        if (error) throw new RegistryFileError(shown, `a broken zip entry ${entry.name} (${error.message})`);
        reader.write(decoder.decode(chunk, { stream: !final }));
      };
      entry.start();
    });
    unzip.register(UnzipInflate);
    for await (const chunk of input) unzip.push(chunk as Uint8Array);
    unzip.push(new Uint8Array(0), true);
    if (entries === 0) throw new RegistryFileError(shown, 'the zip holds no .xml file');
  } else {
    input.setEncoding('utf8');
    for await (const chunk of input) reader.write(chunk as string);
  }
  reader.close();
  return reader.cases;
}

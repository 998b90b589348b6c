import type { Registration, RegistrationSource } from '../types.js';
import { readUsptoFile, type UsptoCaseFile } from './read-uspto-xml.js';
import { usptoStatus } from './uspto-status.js';

/** A mark as a watchlist file writes it (no compiled parts, no source line). */
export interface ImportedMark {
  id: string;
  mark: string;
  owner: string;
  registrations: Registration[];
}

/** Which marks to keep: all, or those whose text equals one of `marks` (case and spacing ignored). */
export interface ImportFilter {
  marks?: readonly string[];
  /** Also keep cases whose serial or registration number is one of these (triage's cited numbers). */
  numbers?: readonly string[];
}

/** What one import read. */
export interface ImportResult {
  marks: ImportedMark[];
  /** Case files read, kept or not. */
  cases: number;
  /** Cases with no word mark (design marks), which text matching cannot use. */
  skippedDesignOnly: number;
}

/** Folds a mark's text for comparing: upper case, one space, no surrounding punctuation. */
export function markKey(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(/\s+/g, ' ').trim();
}

/** A number as offices write it, folded for comparison: digits only, leading zeros dropped (`0,978,952` → `978952`). */
export function numberKey(text: string): string {
  const upper = text.toUpperCase().replace(/[\s,.\-/]/g, '');
  return /^\d+$/.test(upper) ? upper.replace(/^0+(?=\d)/, '') : upper;
}

/** Turns one USPTO case into a watchlist mark (`uspto-<serial>`), or undefined for a design-only mark. */
export function caseToMark(record: UsptoCaseFile, file: string): ImportedMark | undefined {
  const text = record.mark?.trim();
  if (!text || [...text.replace(/[\s\p{P}]/gu, '')].length < 2) return undefined;
  const active = record.classes.filter((c) => c.active).map((c) => c.code);
  const all = record.classes.map((c) => c.code);
  // Every class cancelled (per-class status) is a cancelled registration.
  const status = all.length > 0 && active.length === 0 ? 'cancelled' : usptoStatus(record.statusCode ?? '');
  const classes = [...new Set(active.length > 0 ? active : all)].sort((a, b) => a - b);
  const source: RegistrationSource = {
    file,
    serial: record.serial,
    ...(record.statusCode ? { statusCode: record.statusCode } : {}),
    ...(record.filingDate ? { filingDate: record.filingDate } : {}),
    ...(record.registrationDate ? { registrationDate: record.registrationDate } : {}),
  };
  return {
    id: `uspto-${record.serial}`,
    mark: text,
    owner: record.owners[record.owners.length - 1]?.name ?? '',
    registrations: [
      {
        office: 'USPTO',
        number: record.registrationNumber ?? '',
        serial: record.serial,
        classes,
        status,
        source,
      },
    ],
  };
}

/**
 * Reads USPTO bulk files (`.xml` or `.zip`) into watchlist marks, keeping the asked-for marks
 * (or all). `shown(file)` is how a file is named in `source` and messages. Offline: reads the
 * named files only.
 */
export async function importUsptoFiles(files: readonly string[], filter: ImportFilter, shown: (file: string) => string): Promise<ImportResult> {
  const wanted = filter.marks ? new Set(filter.marks.map(markKey)) : undefined;
  const numbers = filter.numbers ? new Set(filter.numbers.map(numberKey)) : undefined;
  const marks: ImportedMark[] = [];
  const seen = new Set<string>();
  let cases = 0;
  let skippedDesignOnly = 0;
  for (const file of files) {
    cases += await readUsptoFile(file, shown(file), (record) => {
      const byNumber = numbers !== undefined && [record.serial, record.registrationNumber ?? ''].some((n) => n !== '' && numbers.has(numberKey(n)));
      const byMark = wanted === undefined ? numbers === undefined : record.mark !== undefined && wanted.has(markKey(record.mark));
      if (!byMark && !byNumber) return;
      const mark = caseToMark(record, shown(file));
      if (!mark) {
        skippedDesignOnly += 1;
        return;
      }
      // A later file (a newer daily) replaces an earlier record of the same case.
      if (seen.has(mark.id)) marks.splice(marks.findIndex((m) => m.id === mark.id), 1);
      seen.add(mark.id);
      marks.push(mark);
    });
  }
  return { marks, cases, skippedDesignOnly };
}

/** A YAML scalar in double quotes (JSON string syntax is valid YAML). */
const quote = (text: string) => JSON.stringify(text);

/** Writes marks as a watchlist YAML file, one flow mapping per registration, ready for `watchlists:`. */
export function writeWatchlistYaml(marks: readonly ImportedMark[], header: readonly string[]): string {
  const lines = header.map((line) => `# ${line}`);
  lines.push('marks:');
  if (marks.length === 0) lines[lines.length - 1] = 'marks: []';
  for (const mark of marks) {
    lines.push(`  - id: ${mark.id}`, `    mark: ${quote(mark.mark)}`, `    owner: ${quote(mark.owner)}`, '    registrations:');
    for (const r of mark.registrations) {
      lines.push(`      - office: ${r.office}`);
      if (r.number !== '') lines.push(`        number: ${quote(r.number)}`);
      if (r.serial !== undefined) lines.push(`        serial: ${quote(r.serial)}`);
      lines.push(`        classes: [${r.classes.join(', ')}]`, `        status: ${r.status}`);
      if (r.source) {
        const parts = Object.entries(r.source).map(([key, value]) => `${key}: ${quote(String(value))}`);
        lines.push(`        source: { ${parts.join(', ')} }`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

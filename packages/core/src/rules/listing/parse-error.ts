import type { Location, Rule } from '../../types.js';

/** What a non-UTF-8 bulk file seems to be written in, as said in the message. */
const encodingGuesses = {
  windows: '; it looks like a Windows code page such as Windows-1252 (bytes 0x80–0x9F: curly quotes, dashes, €), what Excel on Windows writes',
  'utf-16': '; it is UTF-16 (it starts with a UTF-16 byte order mark), what Excel writes as "Unicode Text"',
  'latin-1': '; it looks like Latin-1 (ISO-8859-1) or a Windows code page',
} as const;

/** `listing/parse-error`: a listing file that cannot be read (broken syntax, bad bytes, unreadable, not a listing when named). */
export const listingParseErrorRule: Rule = {
  id: 'listing/parse-error',
  meta: {
    name: 'ListingParseError',
    description: 'The front matter or JSON of a listing file does not parse, so nothing in it was checked.',
    fullDescription:
      'A listing file whose YAML front matter or JSON is broken (a missing quote, a duplicate key, a ' +
      'trailing comma, bytes that are not UTF-8) cannot be linted at all. The finding names the line ' +
      'and column where the parser stopped; fix the file there. Every other file is still linted.',
    defaultSeverity: 'error',
    severityMode: 'fixed',
    suppressible: false,
    messages: {
      syntax: '{{problem}}: this file was not linted; fix the {{format}} here and run listinglint again',
      encoding: 'The file is not valid UTF-8 (first bad byte at offset {{offset}}): save it as UTF-8 and run listinglint again',
      bulkEncoding:
        'This bulk listing file is not UTF-8 (first bad byte {{byte}} at offset {{offset}}){{guess}}, so none of its rows were linted: ' +
        'save it as UTF-8 (Excel: Save As "CSV UTF-8"; a text editor: encoding UTF-8) and run listinglint again',
      unreadable: 'The file could not be read: {{problem}}',
      tooLarge:
        'The file is {{size}} bytes, more than the {{limit}} limit for {{format}}, so it was not read: split it into smaller files and run listinglint again',
      row: '{{problem}}: this row was not linted (the other rows were); fix it here and run listinglint again',
      notListing: 'This file is not a listing (no front matter with `title`, `bullets` or `sku`, and no listing header row of a known bulk file); it was named on the command line, so it is reported',
    },
  },
  checkFailure(failure, report) {
    const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const at = (location: Location) => ({ line: location.line, column: location.column, endLine: location.line, endColumn: location.column });
    switch (failure.kind) {
      case 'unreadable':
        return report({ messageId: 'unreadable', data: { problem: explainReadError(failure.problem) }, location: start, fatal: true });
      case 'too-large':
        return report({
          messageId: 'tooLarge',
          data: { size: failure.size.toLocaleString('en-US'), limit: `${failure.limit / (1024 * 1024)} MiB`, format: formatNames[failure.format] ?? `${failure.format} files` },
          location: start,
          fatal: true,
        });
      case 'encoding':
        if (failure.bulk) {
          const { encoding, byte } = failure.bulk;
          const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
          return report({
            messageId: 'bulkEncoding',
            data: { offset: failure.offset, byte: hex, guess: encodingGuesses[encoding] },
            location: at(failure.location),
            fatal: true,
          });
        }
        return report({ messageId: 'encoding', data: { offset: failure.offset }, location: at(failure.location), fatal: true });
      case 'syntax':
        return report({
          messageId: 'syntax',
          data: { problem: failure.problem, format: failure.syntax },
          location: at(failure.location),
          fatal: true,
        });
      case 'row':
        return report({
          messageId: 'row',
          data: { problem: failure.problem },
          location: at(failure.location),
          // A record of a bulk file; the header is unknown when the row did not split into cells.
          place: { record: Math.max(1, failure.record), header: '', ...(failure.sheet !== undefined ? { sheet: failure.sheet } : {}) },
        });
      case 'not-listing':
        return report({ messageId: 'notListing', location: start });
    }
  },
};

/** What an operating-system error code means for the user, and what to do (the code stays in brackets for searches). */
const readErrors: Record<string, string> = {
  EACCES: 'permission denied; make the file readable for the user running listinglint',
  EPERM: 'the operating system does not allow reading it; check its permissions',
  ELOOP: 'it is a symbolic link that leads back to itself; fix or remove the link',
  ENOENT: 'it does not exist (a dangling symbolic link?); fix the link or the path',
  EISDIR: 'it is a folder, not a file',
  EMFILE: 'too many files are open at once; raise the limit (ulimit -n) and run again',
  EIO: 'the disk reported an input/output error; copy the file again',
};

/** A read error in the user's terms: `permission denied; … (EACCES)`. */
function explainReadError(code: string): string {
  const plain = readErrors[code];
  return plain === undefined ? code : `${plain} (${code})`;
}

/** How a format is named in the size-limit message. */
const formatNames: Record<string, string> = { markdown: 'Markdown listings', json: 'JSON listings', delimited: 'CSV, TSV and TXT bulk files', workbook: 'XLSX workbooks' };


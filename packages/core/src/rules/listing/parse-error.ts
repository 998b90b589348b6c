import type { Rule } from '../rule.js';

/** `listing/parse-error`: a listing file that cannot be read. The engine reports it; `check` has nothing to do. */
export const parseError: Rule = {
  id: 'listing/parse-error',
  meta: {
    name: 'Listing does not parse',
    description: 'The front matter or JSON of a listing file does not parse, so nothing in it was checked.',
    fullDescription:
      'A listing file whose YAML front matter or JSON is broken (a missing quote, a duplicate key, a ' +
      'trailing comma, bytes that are not UTF-8) cannot be linted at all. The finding names the line ' +
      'and column where the parser stopped; fix the file there. Every other file is still linted.',
    defaultSeverity: 'error',
    severityMode: 'fixed',
    messages: {
      syntax: '{{problem}}: this file was not linted; fix the {{format}} here and run listinglint again',
      encoding: 'The file is not valid UTF-8 (first bad byte at offset {{offset}}): save it as UTF-8 and run listinglint again',
      unreadable: 'The file could not be read ({{problem}})',
      notListing: 'This file is not a listing (no front matter with `title`, `bullets` or `sku`); it was named on the command line, so it is reported',
    },
  },
  check() {},
};

export default parseError;

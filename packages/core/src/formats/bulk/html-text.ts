import { MappedText } from '../../source/mapped-text.js';
import { appendSlice } from './mapped-slice.js';

/**
 * The visible text of an HTML fragment (a Shopify `Body (HTML)`, an eBay description), with
 * every unit still mapped to the file: tags, comments, scripts and styles are dropped, a
 * block tag becomes a line break so words either side do not run together, and character
 * references are decoded, each mapped to the whole reference as written (`&amp;` → `&`).
 */

const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const namedReferences: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', trade: '™', reg: '®', copy: '©', deg: '°', times: '×',
  middot: '·', bull: '•', eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', uuml: 'ü', ouml: 'ö', auml: 'ä',
  Uuml: 'Ü', Ouml: 'Ö', Auml: 'Ä', szlig: 'ß', ccedil: 'ç', ntilde: 'ñ', euro: '€', pound: '£', yen: '¥',
};

const markup = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<\/?([A-Za-z][A-Za-z0-9-]*)\b[^>]*>|&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** The text of `html` (itself a mapped text, e.g. a decoded CSV cell), mapped to the same source. */
export function htmlText(html: MappedText): MappedText {
  const out = new MappedText();
  const value = html.value;
  const source = (start: number, end: number): [number, number] => [html.sourceRange(start)[0], html.sourceRange(end - 1)[1]];
  // Unit by unit: a decoded cell may map a unit to two source units (a `""`).
  const copy = (from: number, to: number) => appendSlice(out, html, from, to);
  let last = 0;
  markup.lastIndex = 0;
  for (let match = markup.exec(value); match; match = markup.exec(value)) {
    const start = match.index;
    const end = start + match[0].length;
    copy(last, start);
    last = end;
    const text = match[0];
    if (text.startsWith('&')) {
      const decoded = decodeReference(text);
      if (decoded === undefined) copy(start, end);
      else out.put(decoded, ...source(start, end));
    } else if (match[2] && blockTags.has(match[2].toLowerCase())) {
      out.put('\n', ...source(start, end));
    }
  }
  copy(last, value.length);
  return out;
}

/** Whether a text holds anything `htmlText` would change. */
export function looksLikeHtml(text: string): boolean {
  return /[<&]/.test(text);
}

function decodeReference(reference: string): string | undefined {
  const body = reference.slice(1, -1);
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return code === 0xa0 ? ' ' : String.fromCodePoint(code);
  }
  return namedReferences[body];
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: ' ', t: ' ', r: ' ', b: ' ', f: ' ', v: ' ', a: ' ', e: ' ', '0': ' ',
  N: ' ', _: ' ', L: ' ', P: ' ',
};
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c',
  ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', acute: '´', middot: '·', szlig: 'ß', thinsp: ' ', ensp: ' ', emsp: ' ',
  hellip: '…', trade: '™', reg: '®', copy: '©', ZeroWidthSpace: '\u200b',
};
const ACCENTED_ENTITY = /^([A-Za-z])(acute|grave|uml|circ|tilde|ring|cedil|slash|caron|macr)$/;
const HEX = /^[0-9A-Fa-f]+$/;

function hexChar(hex: string): string | undefined {
  if (!HEX.test(hex)) return undefined;
  const codePoint = Number.parseInt(hex, 16);
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : undefined;
}

function entity(name: string): string | undefined {
  if (name.startsWith('#x') || name.startsWith('#X')) return hexChar(name.slice(2));
  if (name.startsWith('#')) {
    const codePoint = Number(name.slice(1));
    return Number.isInteger(codePoint) && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : undefined;
  }
  return NAMED_ENTITIES[name] ?? ACCENTED_ENTITY.exec(name)?.[1];
}

/**
 * Raw file text with JSON/YAML backslash escapes, YAML escaped line breaks and HTML entities
 * decoded, so that the prefilter sees what the parsed fields will hold. `undefined` when the text
 * holds an entity this cannot decode (the caller must then assume a match).
 */
export function decodeRawEscapes(raw: string): string | undefined {
  let decoded = '';
  let copiedTo = 0;
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code !== 92 && code !== 38) continue;
    decoded += raw.slice(copiedTo, index);
    if (code === 38) {
      const close = raw.indexOf(';', index);
      const name = close > index + 1 && close - index <= 32 ? raw.slice(index + 1, close) : '';
      if (!/^#?[A-Za-z0-9]+$/.test(name)) {
        decoded += '&';
        copiedTo = index + 1;
        continue;
      }
      const char = entity(name);
      if (char === undefined) return undefined;
      decoded += char;
      index = close;
      copiedTo = index + 1;
      continue;
    }
    const next = raw[index + 1] ?? '';
    let width = 2;
    let char: string | undefined = SIMPLE_ESCAPES[next];
    if (next === 'u') [char, width] = [hexChar(raw.slice(index + 2, index + 6)), 6];
    else if (next === 'U') [char, width] = [hexChar(raw.slice(index + 2, index + 10)), 10];
    else if (next === 'x') [char, width] = [hexChar(raw.slice(index + 2, index + 4)), 4];
    else if (next === '\n' || next === '\r') {
      // An escaped line break joins the lines and drops the next line's indentation.
      let after = index + 1;
      while (raw[after] === '\n' || raw[after] === '\r' || raw[after] === ' ' || raw[after] === '\t') after++;
      [char, width] = ['', after - index];
    } else if (char === undefined) char = next;
    decoded += char ?? raw.slice(index, index + width);
    index += width - 1;
    copiedTo = index + 1;
  }
  return decoded + raw.slice(copiedTo);
}

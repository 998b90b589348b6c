/** A notice as text, with what its mail headers say. */
export interface NoticeText {
  text: string;
  from?: string;
  subject?: string;
  /** ISO date-time from the `Date:` header. */
  receivedAt?: string;
}

interface MimePart {
  headers: Map<string, string>;
  body: string;
}

/** Splits a message into unfolded headers (lower-case names) and body. */
function splitHeaders(raw: string): MimePart {
  const text = raw.replace(/\r\n?/g, '\n');
  const end = text.indexOf('\n\n');
  const head = end === -1 ? text : text.slice(0, end);
  const body = end === -1 ? '' : text.slice(end + 2);
  const headers = new Map<string, string>();
  let last: string | undefined;
  for (const line of head.split('\n')) {
    if (/^[ \t]/.test(line) && last !== undefined) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    headers.set(last, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** A header parameter (`boundary`, `charset`), quoted or not. */
function parameter(header: string | undefined, name: string): string | undefined {
  const match = header?.match(new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i'));
  return match ? (match[1] ?? match[2]) : undefined;
}

function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Quoted-printable → bytes (soft line breaks removed). */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(joined[i]));
    }
  }
  return Uint8Array.from(bytes);
}

/** RFC 2047 encoded words in headers (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`); the space between two of them goes. */
export function decodeHeader(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=(?:\s+(?==\?))?/g, (_whole, charset: string, kind: string, data: string) => {
    const bytes = kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : decodeQuotedPrintable(data.replace(/_/g, ' '));
    return decodeBytes(bytes, charset);
  });
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', trade: '™', reg: '®', copy: '©' };

/** HTML → plain text: block elements and `<br>` become line breaks, table cells a space, tags go, entities are decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|li|h[1-6]|table|ul|ol)\s*>/gi, '\n')
    .replace(/<(p|div|tr|li|h[1-6]|table)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of one MIME part: decoded transfer encoding and charset; HTML turned into text. */
function partText(part: MimePart, depth: number): { text: string; html: boolean } | undefined {
  const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = parameter(part.headers.get('content-type'), 'boundary');
    if (!boundary || depth > 8) return undefined;
    const escaped = boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const split = part.body.split(new RegExp(`^--${escaped}(?:--)?[ \\t]*$`, 'm'));
    // Without its closing delimiter (a cut-off mail) the last part is still a part.
    const closed = new RegExp(`^--${escaped}--`, 'm').test(part.body);
    const pieces = split.slice(1, closed ? -1 : undefined);
    // The line break before a delimiter belongs to the delimiter (RFC 2046).
    const texts = pieces.map((piece) => partText(splitHeaders(piece.replace(/^\n/, '').replace(/\n$/, '')), depth + 1)).filter((t) => t !== undefined);
    // multipart/alternative: the plain part is enough; else every text part in order.
    if (type.startsWith('multipart/alternative')) return texts.find((t) => !t.html) ?? texts[0];
    return texts.length === 0 ? undefined : { text: texts.map((t) => t.text).join('\n\n'), html: false };
  }
  if (/attachment/i.test(part.headers.get('content-disposition') ?? '')) return undefined;
  if (!type.startsWith('text/plain') && !type.startsWith('text/html') && !type.startsWith('message/')) return undefined;
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const charset = parameter(part.headers.get('content-type'), 'charset');
  const bytes =
    encoding === 'base64'
      ? Buffer.from(part.body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(part.body)
        : new TextEncoder().encode(part.body);
  const text = decodeBytes(bytes, charset);
  if (type.startsWith('text/html')) return { text: htmlToText(text), html: true };
  return { text, html: false };
}

/**
 * Reads a notice: a `.eml` (MIME: multipart, quoted-printable, base64, HTML parts, encoded
 * headers) becomes its text and headers; anything else is plain text (a pasted mail).
 */
export function readNotice(raw: string, fileName: string): NoticeText {
  const looksLikeMail = /\.eml$/i.test(fileName) || /^(?:[\w-]+:.*\n)*(?:from|subject|content-type|mime-version):/i.test(raw.replace(/\r\n?/g, '\n').slice(0, 2000));
  if (!looksLikeMail) return { text: raw.replace(/\r\n?/g, '\n') };
  const message = splitHeaders(raw);
  const body = partText(message, 0);
  const date = message.headers.get('date');
  const parsed = date ? new Date(date) : undefined;
  const notice: NoticeText = { text: (body?.text ?? '').replace(/\r\n?/g, '\n') };
  const from = message.headers.get('from');
  const subject = message.headers.get('subject');
  if (from) notice.from = decodeHeader(from);
  if (subject) notice.subject = decodeHeader(subject);
  if (parsed && !Number.isNaN(parsed.getTime())) notice.receivedAt = parsed.toISOString();
  return notice;
}

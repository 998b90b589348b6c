import type { ClaimType, NoticeSource } from '../types.js';
import type { NoticeText } from './read-notice.js';

/** A value read from the notice and the line it was read from (the fact's source). */
export interface Cited {
  value: string;
  line: string;
  /** Stated once in the notice and applied to every claim. */
  shared?: boolean;
}

/** What one claim of a notice says, before any judgement. */
export interface ExtractedClaim {
  complaintId?: Cited;
  type?: Cited & { value: ClaimType };
  mark?: Cited;
  number?: Cited & { kind: 'registration' | 'serial' | 'unknown' };
  office?: Cited;
  rightsOwner?: Cited;
  asin?: Cited;
  sku?: Cited;
  url?: Cited;
  listingId?: Cited;
  title?: Cited;
}

type Key = keyof ExtractedClaim;

/** The claims of a notice and who sent it. */
export interface ExtractedNotice {
  source: NoticeSource;
  claims: ExtractedClaim[];
}

const labels: Record<string, Key | 'trademark' | 'name'> = {};
const define = (key: Key | 'trademark' | 'name', names: string[]) => names.forEach((name) => (labels[name] = key));
define('complaintId', ['complaint id', 'complaint number', 'complaint reference', 'reference', 'reference number', 'reference id', 'report id', 'report number', 'case id', 'case number', 'notice id', 'notice reference', 'notice number', 'claim id', 'claim number', 'ip complaint id']);
define('asin', ['asin', 'asins', 'amazon asin']);
define('sku', ['sku', 'seller sku', 'merchant sku', 'your sku', 'custom label', 'custom label sku']);
define('listingId', ['item number', 'item id', 'ebay item number', 'ebay item id', 'listing id', 'listing number', 'item']);
define('url', ['url', 'listing url', 'item url', 'link', 'product url', 'listing link', 'listing']);
define('type', ['infringement type', 'type of infringement', 'infringement', 'reason', 'reason for removal', 'violation', 'report type', 'type of report', 'type of claim', 'claim type', 'ip type', 'type of ip', 'nature of claim', 'policy', 'intellectual property type']);
define('mark', ['trademark asserted', 'asserted trademark', 'trademark name', 'mark', 'word mark', 'brand', 'brand name', 'trade mark', 'trademark text', 'registered trademark', 'the trademark']);
define('trademark', ['trademark']);
define('number', ['trademark number', 'registration number', 'trademark registration number', 'reg no', 'registration no', 'registration', 'trademark registration', 'trademark reg no', 'serial number', 'serial no', 'application number', 'trademark serial number', 'us reg no', 'u s reg no', 'trademark registration no', 'registration serial number', 'reg number']);
define('office', ['office', 'registration office', 'trademark office', 'registered at', 'jurisdiction', 'country', 'country of registration', 'registered in', 'registry', 'office of registration', 'registering office']);
define('rightsOwner', ['rights owner', 'rights owner name', 'name of rights owner', 'rights owners name', 'rights owner s name', 'vero participant', 'reporting party', 'complainant', 'complainant name', 'trademark owner', 'ip owner', 'brand owner', 'claimant', 'claimant name', 'name of the rights owner', 'reported by', 'rights holder', 'rightsholder', 'owner']);
define('title', ['title', 'item title', 'listing title', 'product title']);
define('name', ['name', 'company', 'company name']);

/** Offices by the names notices use for them, longest first. */
const officeNames: Array<[RegExp, RegExp | undefined, string]> = [
  [/united states patent and trademark office|\buspto\b|united states/i, /\bU\.S\.(?:A\.)?|\bUSA?\b/, 'USPTO'],
  [/european union intellectual property office|\beuipo\b|\bohim\b|\beutm\b|european union/i, /\bEU\b/, 'EUIPO'],
  [/\bukipo\b|united kingdom|great britain/i, /\bUK\b|\bGB\b/, 'UKIPO'],
  [/\bcnipa\b|china national intellectual property|\bchina\b/i, /\bPRC\b|\bCN\b/, 'CNIPA'],
  [/\bjpo\b|japan patent office|\bjapan\b/i, /\bJP\b/, 'JPO'],
  [/\bcipo\b|\bcanada\b/i, /\bCA\b/, 'CIPO'],
  [/\bdpma\b|\bgermany\b|deutsches patent/i, /\bDE\b/, 'DPMA'],
  [/\bwipo\b|\bmadrid\b|international registration/i, undefined, 'WIPO'],
  [/ip australia|\baustralia\b/i, /\bAU\b/, 'IPAUSTRALIA'],
  [/\bimpi\b|\bmexico\b/i, /\bMX\b/, 'IMPI'],
  [/\bindia\b|\bcgpdtm\b/i, /\bIN\b/, 'CGPDTM'],
];

/** The office a piece of text names, if any (country codes only in capitals: "contact us" names no office). */
export function officeIn(text: string): string | undefined {
  return officeNames.find(([words, codes]) => words.test(text) || (codes?.test(text) ?? false))?.[2];
}

/** What kind of claim a value names (`Trademark`, `Copyright Image`, `Counterfeit`, `Design patent`). */
export function claimTypeOf(text: string): ClaimType | undefined {
  if (/counterfeit|replica|knock-?off|fake/i.test(text)) return 'counterfeit';
  if (/copyright|image theft|copied (?:image|photo|text)/i.test(text)) return 'copyright';
  if (/patent/i.test(text)) return 'patent';
  if (/trade\s?mark|brand|logo|\bmark\b/i.test(text)) return 'trademark';
  return undefined;
}

const labelKey = (label: string) => label.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const clean = (value: string) => value.trim().replace(/^["“”'‘’]+|["“”'‘’,;]+$/g, '').replace(/[™®]/g, '').trim();

/** The first registration or serial number in a value (`Reg. No. 7,011,111` → `7011111`). */
function numberIn(value: string): string | undefined {
  const match = value.match(/\bUK\d{8,11}\b|\b\d{1,3}(?:[,.\u00a0 ]\d{3}){1,3}\b|\b\d{5,12}\b/i);
  return match ? match[0].replace(/[,.\u00a0 ]/g, '').toUpperCase() : undefined;
}

/**
 * `serial` or `registration` when the label or value says so; else `unknown` (Amazon's
 * "Trademark number"), and the lookup tries both the registration and the serial numbers.
 */
function numberKind(label: string, value: string): 'registration' | 'serial' | 'unknown' {
  if (/serial|application/i.test(label) || /serial|application/i.test(value)) return 'serial';
  if (/registration|reg\b|reg\./i.test(label) || /registration|reg\.?\s*no/i.test(value)) return 'registration';
  return 'unknown';
}

/** Ids a marketplace URL carries: an Amazon `/dp/ASIN`, an eBay `/itm/123`, an Etsy `/listing/123`. */
function idsInUrl(url: string): { asin?: string; listingId?: string } {
  const asin = url.match(/\/(?:dp|gp\/product|product)\/([A-Z0-9]{10})(?=[/?#]|$)/i)?.[1];
  if (asin) return { asin: asin.toUpperCase() };
  const item = url.match(/\/(?:itm|listing)\/(?:[^/?#]*\/)?(\d{6,})/)?.[1];
  return item ? { listingId: item } : {};
}

function sourceOf(notice: NoticeText): NoticeSource {
  const sender = `${notice.from ?? ''}\n${notice.subject ?? ''}`;
  const signs = `${sender}\n${notice.text}`;
  if (/amazon/i.test(sender)) return 'amazon';
  if (/ebay|\bVeRO\b/i.test(sender)) return 'ebay';
  if (/etsy/i.test(sender)) return 'etsy';
  // Amazon's trailer: `ASIN:` lines with `Complaint ID:` or `Infringement type:` lines.
  if (/amazon/i.test(signs) || (/^\s*ASIN\s*:/im.test(signs) && /^\s*(?:Complaint ID|Infringement type)\s*:/im.test(signs))) return 'amazon';
  if (/ebay|\bVeRO\b/i.test(signs)) return 'ebay';
  if (/etsy/i.test(signs)) return 'etsy';
  return 'other';
}

/** Keys a claim holds only one of: a second one starts the next claim. */
const recordKeys: Key[] = ['complaintId', 'asin', 'sku', 'listingId', 'url', 'type', 'mark', 'number', 'title'];

/**
 * Reads the claims of a notice: labelled lines (`ASIN:`, `Infringement type:`, `Trademark
 * number:`, `Complaint ID:`, `VeRO Participant:`, `Listing ID:` …, as Amazon, eBay and Etsy
 * write them) grouped into claims (a label seen again starts the next claim), then phrases in
 * the prose ("infringe the following trademark: X", "Reg. No. 7,011,111", listing URLs). A value
 * stated once applies to every claim that lacks it.
 */
export function extractClaims(notice: NoticeText): ExtractedNotice {
  const claims: ExtractedClaim[] = [];
  let current: ExtractedClaim = {};
  let heading = '';
  const shared: ExtractedClaim = {};
  const put = (claim: ExtractedClaim, key: Key, cited: Cited) => {
    (claim as Record<Key, Cited>)[key] = cited;
  };
  const set = (key: Key, cited: Cited) => {
    if (current[key] !== undefined && recordKeys.includes(key)) {
      claims.push(current);
      current = {};
    }
    if (current[key] === undefined) put(current, key, cited);
  };
  const setNumber = (label: string, value: string, line: string) => {
    const number = numberIn(value);
    if (!number) return false;
    set('number', { value: number, line, kind: numberKind(label, value) } as Cited);
    const office = officeIn(value.replace(number, ''));
    if (office && current.office === undefined) put(current, 'office', { value: office, line });
    return true;
  };

  for (const rawLine of notice.text.split('\n')) {
    const line = rawLine.replace(/^[\s>*•-]+/, '').trim();
    if (line === '') continue;
    const labelled = line.match(/^([A-Za-z][A-Za-z0-9 .'’()/&-]{0,60}?)\s*[:：]\s*(.*)$/);
    const key = labelled ? labels[labelKey(labelled[1])] : undefined;
    if (!labelled || key === undefined || clean(labelled[2]) === '') {
      heading = line;
      readProse(line, shared);
      continue;
    }
    const label = labelled[1];
    const value = clean(labelled[2]);
    if (/^https?:\/\//i.test(value) && key !== 'url') {
      set('url', { value, line });
      continue;
    }
    switch (key) {
      case 'trademark':
        if (!/^[\d\s,.]+$/.test(value) || !setNumber(label, value, line)) set('mark', { value, line });
        break;
      case 'number':
        if (!setNumber(label, value, line)) set('mark', { value, line });
        break;
      case 'type': {
        const type = claimTypeOf(value);
        if (type) set('type', { value: type, line } as Cited);
        break;
      }
      case 'office': {
        const office = officeIn(value);
        if (office) set('office', { value: office, line });
        break;
      }
      case 'url': {
        set('url', { value, line });
        const ids = idsInUrl(value);
        if (ids.asin && current.asin === undefined) put(current, 'asin', { value: ids.asin, line });
        if (ids.listingId && current.listingId === undefined) put(current, 'listingId', { value: ids.listingId, line });
        break;
      }
      case 'asin':
        set('asin', { value: value.toUpperCase(), line });
        break;
      case 'name':
        if (/rights|owner|complain|claimant|contact/i.test(heading) && current.rightsOwner === undefined) set('rightsOwner', { value, line });
        break;
      default:
        set(key, { value, line });
    }
  }
  claims.push(current);

  // Values only the prose gives, and values one claim states for all.
  const substantive = claims.filter((claim) => claim.mark || claim.number || claim.type || claim.asin || claim.sku || claim.listingId || claim.url || claim.complaintId);
  const all = substantive.length > 0 ? substantive : Object.keys(shared).length > 0 ? [{}] : [];
  for (const key of Object.keys(shared) as Key[]) {
    for (const claim of all) if (claim[key] === undefined) put(claim, key, { ...(shared[key] as Cited), shared: true });
  }
  const orphans = claims.filter((claim) => !substantive.includes(claim));
  for (const key of ['rightsOwner', 'office', 'mark', 'number', 'type'] as Key[]) {
    const values = [...all, ...orphans].map((claim) => claim[key]).filter((cited) => cited !== undefined);
    const distinct = new Set(values.map((cited) => cited.value.toUpperCase()));
    if (distinct.size !== 1 || all.length < 1) continue;
    for (const claim of all) if (claim[key] === undefined) put(claim, key, { ...values[0], shared: true });
  }
  return { source: sourceOf(notice), claims: all };
}

/** Claim facts in running text (Amazon's "asserting that the products infringe the following trademark: X"). */
function readProse(line: string, shared: ExtractedClaim): void {
  const mark = line.match(/(?:infringes?|infringing|infringement of) (?:the |our |its |their )?(?:following |registered )?(?:trademark|trade mark|brand)s?\s*[:\-–]?\s*["“]?([A-Z0-9][\w&' .-]{1,40}?)["”]?\s*(?:\(|,|;|\.$|$| registered| \bReg)/i);
  if (mark && shared.mark === undefined && !/^(?:and|or|that|which|rights?)$/i.test(mark[1])) shared.mark = { value: clean(mark[1]), line };
  // "owner of the KESTRELLA trademark": a mark in capitals before the word.
  const before = line.match(/\b(?:the|our|its|their)\s+([A-Z][A-Z0-9&'-]+(?: [A-Z][A-Z0-9&'-]+){0,3})\s+(?:trademark|trade mark|mark|brand)\b/);
  if (before && shared.mark === undefined) shared.mark = { value: before[1], line };
  const asin = line.match(/\bASIN\s*(?:number\s*)?:?\s*(B0[A-Z0-9]{8})\b/i);
  if (asin && shared.asin === undefined) shared.asin = { value: asin[1].toUpperCase(), line };
  const number = line.match(/\b(?:U\.?S\.?\s*)?(?:Trademark\s+)?(?:Reg(?:istration|\.)?|Serial)\s*(?:No\.?|Number|#)\s*:?\s*(\d{1,3}(?:,\d{3}){1,3}|\d{5,12})/i);
  if (number && shared.number === undefined) {
    const value = number[1].replace(/,/g, '');
    shared.number = { value, line, kind: /serial/i.test(number[0]) ? 'serial' : 'registration' } as ExtractedClaim['number'];
    if (/^U\.?S\.?/i.test(number[0]) && shared.office === undefined) shared.office = { value: 'USPTO', line };
  }
  const office = /registered|registration|trademark office/i.test(line) ? officeIn(line) : undefined;
  if (office && shared.office === undefined) shared.office = { value: office, line };
  const url = line.match(/https?:\/\/[^\s<>"]+/)?.[0];
  if (url && shared.url === undefined) {
    const ids = idsInUrl(url);
    if (ids.asin || ids.listingId) {
      shared.url = { value: url, line };
      if (ids.asin) shared.asin = { value: ids.asin, line };
      if (ids.listingId) shared.listingId = { value: ids.listingId, line };
    }
  }
  const type = /\b(?:counterfeit|copyright|patent|trademark)\b/i.test(line) ? claimTypeOf(line) : undefined;
  if (type && shared.type === undefined && /infring|violat|report|complaint|notice/i.test(line)) shared.type = { value: type, line } as ExtractedClaim['type'];
}

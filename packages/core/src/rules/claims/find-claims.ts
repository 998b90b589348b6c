// Restricted-claim detectors: each finds the phrases of one kind of claim in a text and leaves out
// what reads alike but is no claim (the article's own resistance, a qualified statement, a bare mark).

import { holdsAnyWord } from '../text-gate.js';

/** One claim found in a text: where, the words, and what makes it one. */
export interface ClaimHit {
  start: number;
  end: number;
  /** The words of the claim as written. */
  phrase: string;
  /** What the claim asserts, for the message: `disease`, a certification mark … */
  detail?: string;
}

export type ClaimKind = 'pesticide' | 'drug' | 'certification' | 'environmental';

const W = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/**
 * The sentence (or line) around `[start, end)`: a qualification counts only in the claim's own
 * sentence. `boundaries` are the text's sentence ends, found once per text (`sentenceEnds`).
 */
function sentenceAround(text: string, boundaries: number[], start: number, end: number): string {
  // The last boundary before `start` (binary search), then the first at or after `end`.
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (boundaries[middle] < start) low = middle + 1;
    else high = middle;
  }
  const from = low > 0 ? boundaries[low - 1] + 1 : 0;
  let next = low;
  while (next < boundaries.length && boundaries[next] < end) next++;
  return text.slice(from, next < boundaries.length ? boundaries[next] : text.length);
}

/** Offsets of the sentence ends of a text: `.`, `!`, `?`, `;` before a space or the end, and line breaks. */
function sentenceEnds(text: string): number[] {
  return [...text.matchAll(/[.!?;](?=\s|$)|\n/g)].map((hit) => hit.index);
}

function hits(pattern: RegExp, text: string, detail?: (match: RegExpMatchArray) => string | undefined): ClaimHit[] {
  return [...text.matchAll(pattern)].map((match) => {
    const found: ClaimHit = { start: match.index!, end: match.index! + match[0].length, phrase: match[0] };
    const extra = detail?.(match);
    if (extra !== undefined) found.detail = extra;
    return found;
  });
}

// --- pesticide (EPA FIFRA; Amazon's pesticide policy) ---

const PESTS = String.raw`(?:germs?|bacteria|bacterium|viruses|virus|microbes|microorganisms|mou?ld|mildew|fungi|fungus|dust\s+mites|bed\s*bugs|insects|mosquito(?:e?s)?|fleas|ticks|pests|rodents|mice)`;
const PESTICIDE = new RegExp(
  [
    String.raw`${W}anti[\s-]?(?:bacterial|microbial|viral|fungal)${E}`,
    String.raw`${W}(?:germicidal|disinfect(?:s|ing|ant)?|saniti[sz](?:es|ing)|sterili[sz](?:es|ing))${E}`,
    String.raw`${W}(?:kills?|killing|eliminates?|destroys?)\s+(?:up\s+to\s+)?(?:\d+(?:[.,]\d+)?\s?%\s+(?:of\s+)?)?(?:(?:all|most|common|household|harmful)\s+)?${PESTS}${E}`,
    String.raw`${W}\d+(?:[.,]\d+)?\s?%\s+of\s+(?:(?:all|common|household|harmful)\s+)?(?:germs|bacteria|viruses)${E}`,
    String.raw`${W}(?:prevents?|preventing|stops?|inhibits?)\s+(?:the\s+)?(?:growth\s+of\s+)?(?:mou?ld|mildew|bacteria|germs|fungus|fungi)(?:\s+(?:growth|build-?up))?${E}`,
    String.raw`${W}(?:repels?|repelling)\s+(?:\w+\s+)?(?:insects|mosquito(?:e?s)?|bugs|ticks|fleas|mice|rodents|pests)${E}`,
  ].join('|'),
  'giu',
);
/** The treated-article exemption: the treatment protects the product itself ("protects the mat itself from odour"). */
const ARTICLE_ITSELF = /\bprotect\w*\b[^.!?;\n]*\bitself\b|\b(?:product|treated[\s-]article)\s+protection\b/i;

/** Words every pesticide claim holds (the alternatives of `PESTICIDE`). */
const PESTICIDE_WORDS = ['anti', 'germicid', 'disinfect', 'saniti', 'sterili', 'kill', 'elimin', 'destroy', '%', 'prevent', 'stop', 'inhibit', 'repel'];

export function findPesticideClaims(text: string): ClaimHit[] {
  if (!holdsAnyWord(text, PESTICIDE_WORDS)) return [];
  const found = hits(PESTICIDE, text);
  const ends = found.length > 0 ? sentenceEnds(text) : [];
  return found.filter((hit) => !ARTICLE_ITSELF.test(sentenceAround(text, ends, hit.start, hit.end)));
}

// --- drug and disease (FDA; Amazon's prohibited product claims) ---

const DISEASES = String.raw`(?:cancers?|tumou?rs?|diabetes|covid(?:[\s-]?19)?|coronavirus|sars[\s-]cov[\s-]2|alzheimer['’]?s|dementia|parkinson['’]?s|adhd|autism|arthritis|herpes|hiv|influenza|flu|asthma|depression|insomnia|eczema|psoriasis|hypertension|high\s+blood\s+pressure|heart\s+disease|strokes?|infections?|lyme\s+disease|malaria|pneumonia|migraines?|osteoporosis|fibromyalgia|glaucoma|cold\s+sores|acne)`;
const DRUG_VERBS = String.raw`(?:cures?|cured|curing|treats?|treating|treatment\s+(?:of|for)|prevents?|preventing|prevention\s+of|heals?|healing|relieves?|relief\s+(?:of|from)|fights?|fighting|protects?\s+(?:you\s+)?against|protection\s+against|reduces?\s+the\s+risk\s+of|mitigates?)`;
const FILLERS = String.raw`(?:(?:the|your|their|of|and|or|symptoms|signs|risk|pain|from|common|seasonal|chronic|mild|severe|type\s+[12]|all)\s+){0,3}`;
const DRUG = new RegExp(String.raw`${W}${DRUG_VERBS}\s+${FILLERS}(${DISEASES})${E}`, 'giu');
/** AIDS only in capitals: "hearing aids" and "aids digestion" are no disease. */
const AIDS = new RegExp(String.raw`${W}${DRUG_VERBS}\s+${FILLERS}AIDS${E}`, 'gu');

/** Words every drug claim holds (the verbs of `DRUG_VERBS`). */
const DRUG_WORDS = ['cure', 'curing', 'treat', 'prevent', 'heal', 'relie', 'fight', 'protect', 'reduce', 'mitigat'];

export function findDrugClaims(text: string): ClaimHit[] {
  if (!holdsAnyWord(text, DRUG_WORDS)) return [];
  const found = [...hits(DRUG, text, (match) => match[1]), ...hits(AIDS, text, () => 'AIDS')];
  return found.sort((a, b) => a.start - b.start);
}

// --- certification (CE, UL, FDA, FCC) ---

const MARKS = String.raw`(CE|UL|FDA|FCC)`;
const CERT_WORDS = String.raw`(?:[Cc]ertified|[Aa]pproved|[Ll]isted|[Cc]leared|[Rr]egistered|CERTIFIED|APPROVED|LISTED|CLEARED|REGISTERED)`;
const CERTIFICATION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${MARKS}[\s-]+${CERT_WORDS}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])${CERT_WORDS}\s+by\s+(?:the\s+)?${MARKS}(?![\p{L}\p{N}])`,
  'gu',
);
/** An FCC ID in the listing ("FCC ID: 2ABCD-X100") makes an FCC claim checkable. */
const FCC_ID = /\bFCC\s+ID\s*[:#]?\s*[A-Z0-9]{3,5}-?[A-Z0-9-]{1,14}\b/;

/** Certification claims; `listingText` is all the listing's text, where an FCC ID may stand. */
export function findCertificationClaims(text: string, listingText = text): ClaimHit[] {
  // The marks are matched in capitals only.
  if (!['CE', 'UL', 'FDA', 'FCC'].some((mark) => text.includes(mark))) return [];
  const hasFccId = FCC_ID.test(listingText);
  return hits(CERTIFICATION, text, (match) => match[1] ?? match[2]).filter((hit) => {
    if (hit.detail === 'FCC') return !hasFccId;
    // "registered" is a claim only for the FDA ("FDA registered" facility ≠ approval); "UL registered" is no UL wording.
    if (/registered$/i.test(hit.phrase) || /^registered/i.test(hit.phrase)) return hit.detail === 'FDA';
    return true;
  });
}

// --- environmental (FTC Green Guides) ---

const GREEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}]|non-|not\s|non\s)(?:eco[\s-]?friendly|environmentally[\s-]friendly|earth[\s-]friendly|planet[\s-]friendly|biodegradable|compostable|recyclable|carbon[\s-]neutral|climate[\s-]neutral)(?![\p{L}\p{N}])`,
  'giu',
);
/** A qualification (FTC Green Guides §260.7–260.12): a standard, the conditions, a time frame, a share of material. */
const QUALIFIED = new RegExp(
  [
    String.raw`\bASTM\s+D\s?6(?:400|868)\b`,
    String.raw`\bEN\s?13432\b`,
    String.raw`\bBPI\b`,
    String.raw`\bT[ÜU]V\b`,
    String.raw`\bOK\s+compost\b`,
    String.raw`\bFSC\b`,
    String.raw`\b(?:industrial(?:ly)?|commercial(?:ly)?|municipal)\s+compost`,
    String.raw`\bwhere\s+(?:such\s+)?(?:facilities|programs?)\s+exist`,
    String.raw`\bcheck\s+(?:locally|with\s+your\s+local)`,
    String.raw`\bwithin\s+\d+\s+(?:days|weeks|months|years)\b`,
    String.raw`\d+\s?%`,
  ].join('|'),
  'i',
);

/** Words every environmental claim holds (the alternatives of `GREEN`). */
const GREEN_WORDS = ['friendly', 'biodegrad', 'compost', 'recycl', 'neutral'];

export function findEnvironmentalClaims(text: string): ClaimHit[] {
  if (!holdsAnyWord(text, GREEN_WORDS)) return [];
  const found = hits(GREEN, text);
  const ends = found.length > 0 ? sentenceEnds(text) : [];
  return found.filter((hit) => !QUALIFIED.test(sentenceAround(text, ends, hit.start, hit.end)));
}

/** The detector of a kind of claim. */
export function findClaims(kind: ClaimKind, text: string, listingText: string): ClaimHit[] {
  switch (kind) {
    case 'pesticide':
      return findPesticideClaims(text);
    case 'drug':
      return findDrugClaims(text);
    case 'certification':
      return findCertificationClaims(text, listingText);
    case 'environmental':
      return findEnvironmentalClaims(text);
  }
}

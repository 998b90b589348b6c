// Builders for legal and rule tests: listings with fixed positions, marks, a fake matcher, settings.
import type { Fact, Rule, RunFacts } from '../../src/types.js';
import type {
  CompiledWatchlist,
  Field,
  LintSettings,
  Listing,
  Location,
  Mark,
  MarkMatch,
  Matcher,
  MatchStrategy,
  Registration,
} from '../../src/types.js';

/** A field whose positions are its offsets on line 1 (column = offset + 1). */
export function field(path: string, value: string): Field {
  return { path, value, locate: (start, end) => ({ line: 1, column: start + 1, endLine: 1, endColumn: end + 1 }) };
}

export const listingStart: Location = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export interface ListingSpec {
  file?: string;
  sku?: string;
  marketplace?: string;
  category?: string;
  classes?: number[];
  brand?: string;
  title?: string;
  bullets?: string[];
  keywords?: string;
}

export function listing(spec: ListingSpec): Listing {
  const fields: Field[] = [];
  if (spec.title !== undefined) fields.push(field('title', spec.title));
  spec.bullets?.forEach((bullet, i) => fields.push(field(`bullets[${i}]`, bullet)));
  if (spec.keywords !== undefined) fields.push(field('keywords', spec.keywords));
  return {
    file: spec.file ?? 'listings/item.md',
    index: 0,
    sku: spec.sku,
    marketplace: spec.marketplace,
    category: spec.category,
    classes: spec.classes,
    brand: spec.brand === undefined ? undefined : field('brand', spec.brand),
    fields,
    images: [],
    location: listingStart,
    keyLocations: spec.marketplace ? { marketplace: { line: 3, column: 14, endLine: 3, endColumn: 24 } } : {},
    ignores: [],
    directives: [],
  };
}

/** Settings for a test, plus the run facts (`images`) a rule may need: `runRule` hands those over as facts. */
export function settings(overrides: Partial<LintSettings & RunFacts> = {}): LintSettings & RunFacts {
  return { defaults: {}, categories: {}, authorizations: [], allow: [], today: '2025-06-01', minOcrConfidence: 0.6, ...overrides };
}

function reg(office: string, number: string, classes: number[], extra: Partial<Registration> = {}): Registration {
  return { office, number, classes, status: 'registered', ...extra };
}

function mark(id: string, text: string, owner: string, registrations: Registration[], extra: Partial<Mark> = {}): Mark {
  return { id, mark: text, owner, famous: false, variants: [], genericPhrases: [], registrations, source: { file: 'watchlist.yaml', line: 1 }, ...extra };
}

export const marks: Mark[] = [
  mark('nike', 'NIKE', 'Nike, Inc.', [
    reg('USPTO', '0978952', [18, 25]),
    reg('EUIPO', '000123456', [25]),
    reg('CNIPA', '1234567', [25]),
    reg('UKIPO', 'UK00000111', [25], { status: 'cancelled' }),
  ], { famous: true, variants: ['Nike Air'] }),
  mark('apple', 'APPLE', 'Apple Inc.', [reg('USPTO', '1078312', [9]), reg('EUIPO', '000876543', [9]), reg('JPO', '2031234', [9])], {
    famous: true,
    genericPhrases: ['apple cider vinegar'],
  }),
  mark('stanley', 'STANLEY', 'PMI Worldwide LLC', [reg('USPTO', '3456789', [21])]),
  mark('dove', 'DOVE', 'Unilever', [reg('USPTO', '0512345', [3]), reg('DPMA', '30412345', [3])], { genericPhrases: ['dove grey'] }),
  mark('tiffany', 'TIFFANY', 'Tiffany and Company', [reg('USPTO', '0023456', [14])]),
  mark('zentro', 'ZENTRO', 'Zentro GmbH', [reg('USPTO', '97123456', [9], { status: 'pending' }), reg('WIPO', '1654321', [9], { designations: ['JP', 'AU'] })]),
  mark('voltix', 'VOLTIX', 'Voltix Ltd', [reg('USPTO', '7000001', [9])]),
];

/** Disguised spellings the fake matcher knows, as the real matcher would find them. */
const disguises: Record<string, { markId: string; strategy: MatchStrategy }> = {
  N1ke: { markId: 'nike', strategy: 'leet' },
  Stanly: { markId: 'stanley', strategy: 'fuzzy' },
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A case-insensitive whole-word matcher over mark and variants that drops generic phrases. */
export function fakeMatcher(watched: Mark[]): Matcher {
  return {
    scan(text) {
      const found: MarkMatch[] = [];
      const blocked: Array<[number, number]> = [];
      for (const entry of watched) {
        for (const phrase of entry.genericPhrases) {
          for (const hit of text.matchAll(new RegExp(escape(phrase), 'giu'))) blocked.push([hit.index, hit.index + phrase.length]);
        }
      }
      const add = (markId: string, start: number, matched: string, strategy: MatchStrategy) => {
        const end = start + matched.length;
        if (blocked.some(([from, to]) => start < to && end > from)) return;
        found.push({ markId, start, end, text: matched, strategy, confidence: strategy === 'exact' || strategy === 'normalised' ? 1 : 0.8 });
      };
      for (const entry of watched) {
        for (const name of [entry.mark, ...entry.variants]) {
          for (const hit of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu'))) {
            // The real matcher calls a case-insensitive hit exact.
            add(entry.id, hit.index, hit[0], 'exact');
          }
        }
      }
      for (const [spelling, { markId, strategy }] of Object.entries(disguises)) {
        for (const hit of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(spelling)}(?![\\p{L}\\p{N}])`, 'gu'))) {
          if (watched.some((entry) => entry.id === markId)) add(markId, hit.index, hit[0], strategy);
        }
      }
      // Keep the longest match at each start, as a real matcher would ("Nike Air" over "Nike").
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      return found.filter((match, i) => !found.slice(0, i).some((other) => other.start <= match.start && other.end >= match.end));
    },
    mayMatch: () => true,
  };
}

export function watchlist(watched: Mark[] = marks): CompiledWatchlist {
  return { marks: new Map(watched.map((entry) => [entry.id, entry])), matcher: fakeMatcher(watched), files: ['watchlist.yaml'], hash: 'test' };
}

/** Runs a rule over one listing and returns its facts. */
export function runRule(rule: Rule, subject: Listing, lintSettings: LintSettings & RunFacts = settings(), watched = watchlist(), options?: unknown): Fact[] {
  const facts: Fact[] = [];
  const { images, imageFacts, ...plain } = lintSettings;
  rule.check?.({ listing: subject, watchlist: watched, settings: plain, facts: { images, imageFacts }, options, report: (fact) => facts.push(fact) });
  return facts;
}

/** A fact's message, with placeholders filled as the kernel fills them. */
export function messageOf(rule: Rule, fact: Fact): string {
  return rule.meta.messages[fact.messageId].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(fact.data?.[name] ?? ''));
}

export function markById(id: string): Mark {
  const found = marks.find((entry) => entry.id === id);
  if (!found) throw new Error(`no test mark ${id}`);
  return found;
}

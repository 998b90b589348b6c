import { marketplaceKey } from '../../legal/index.js';
import { compileMatcher } from '../../match/index.js';
import type { CustomRuleSpec, Field, Listing, LintSettings, Mark, Rule } from '../../types.js';
import { fieldsNamed } from '../marketplace/text-fields.js';
import { escapeRegExp } from '../text-gate.js';

/** The prefix of every user rule's id. */
export const CUSTOM_PREFIX = 'custom/';


/** Finds a custom rule's hits in one field's text: `[start, end)` UTF-16 offsets. */
type Finder = (text: string) => Array<{ start: number; end: number }>;

function existenceFinder(words: string[], caseSensitive: boolean): Finder {
  if (caseSensitive) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    return (text) => [...text.matchAll(pattern)].map((hit) => ({ start: hit.index, end: hit.index + hit[0].length }));
  }
  // The watchlist's matcher: whole words, any case, and the disguises it sees through (N1ke, N-i-k-e, Ｎｉｋｅ).
  const marks: Mark[] = words.map((word, i) => ({
    id: `word-${i}`,
    mark: word,
    owner: '',
    famous: false,
    variants: [],
    genericPhrases: [],
    registrations: [],
    source: { file: 'config', line: 0 },
  }));
  const matcher = compileMatcher(marks);
  return (text) => matcher.scan(text).map((match) => ({ start: match.start, end: match.end }));
}

function patternFinder(pattern: string, caseSensitive: boolean): Finder {
  const regex = new RegExp(pattern, caseSensitive ? 'gu' : 'giu');
  return (text) => [...text.matchAll(regex)].filter((hit) => hit[0].length > 0).map((hit) => ({ start: hit.index, end: hit.index + hit[0].length }));
}

/** Whether a custom rule applies on a listing's marketplace (`amazon.*` covers every Amazon store). */
function appliesOn(spec: CustomRuleSpec, listing: Listing, settings: LintSettings): boolean {
  if (spec.marketplaces === undefined) return true;
  const written = listing.marketplace ?? settings.defaults.marketplace;
  if (written === undefined) return false;
  const key = marketplaceKey(written);
  return spec.marketplaces.some((entry) => {
    const wanted = marketplaceKey(entry);
    return wanted.endsWith('.*') ? key.startsWith(wanted.slice(0, -1)) : key === wanted;
  });
}

/** A user rule from config `customRules`, reported as `custom/<id>`. */
export function customRule(spec: CustomRuleSpec): Rule {
  let find: Finder | undefined;
  return {
    id: `${CUSTOM_PREFIX}${spec.id}`,
    meta: {
      name: `Custom:${spec.id}`,
      description: spec.message,
      fullDescription: `A rule from the project's config (customRules): ${spec.existence ? `the words ${spec.existence.map((word) => `"${word}"`).join(', ')}` : `the pattern /${spec.pattern}/`}.`,
      defaultSeverity: spec.severity,
      severityMode: 'fixed',
      messages: { match: spec.message },
    },
    check({ listing, settings, report }) {
      if (!appliesOn(spec, listing, settings)) return;
      find ??= spec.existence ? existenceFinder(spec.existence, spec.caseSensitive === true) : patternFinder(spec.pattern ?? '', spec.caseSensitive === true);
      const fields: Field[] = spec.fields ? fieldsNamed(listing, spec.fields) : listing.brand ? [listing.brand, ...listing.fields] : listing.fields;
      for (const field of fields) {
        for (const hit of find(field.value)) {
          report({
            messageId: 'match',
            data: { match: field.value.slice(hit.start, hit.end), field: field.path },
            location: field.locate(hit.start, hit.end),
            field: field.path,
            ...(field.place ? { place: field.place } : {}),
          });
        }
      }
    },
  };
}

/** The user rules of a run's settings, by id; built once per settings object (main thread and each worker). */
const built = new WeakMap<readonly CustomRuleSpec[], Map<string, Rule>>();

export function customRules(settings: Pick<LintSettings, 'customRules'>): Map<string, Rule> {
  const specs = settings.customRules ?? [];
  let rules = built.get(specs);
  if (rules === undefined) {
    rules = new Map(specs.map((spec) => {
      const rule = customRule(spec);
      return [rule.id, rule];
    }));
    built.set(specs, rules);
  }
  return rules;
}

import { createRequire } from 'node:module';
import type { LintSettings, Listing } from '../types.js';

/** Where a preset rule comes from: the policy page, and the date listinglint recorded it. */
export interface PolicySource {
  title: string;
  url: string;
  /** When the page was recorded in listinglint's rules catalog (YYYY-MM-DD). */
  date: string;
  /** When the policy took effect, where the source says so. */
  effective?: string;
  archived?: string;
}

/** One documented example of a preset rule, run by the tests: fields of a listing and the findings expected. */
export interface PresetExample {
  title?: string;
  brand?: string;
  keywords?: string;
  description?: string;
  findings: Array<{ field: string; column: number; endColumn: number }>;
}

/** A preset's settings for one rule: its sources and examples, plus the rule's own parameters. */
export interface PresetRule {
  sources: PolicySource[];
  examples: PresetExample[];
  /** `marketplace/title-length`: the cap in characters (Unicode code points). */
  max?: number;
  /** `marketplace/title-length`: category → its own cap, or `null` for none (media). */
  categories?: Record<string, number | null>;
  /** `marketplace/title-characters`: the characters a title may not hold. */
  characters?: string;
  /** `marketplace/repeated-words`: words that may repeat (articles, prepositions, conjunctions). */
  exempt?: string[];
  /** `marketplace/promotional-claims`, `marketplace/trademark-symbols`: the fields checked (`all`: every text field). */
  fields?: string[] | 'all';
  phrases?: string[];
  /** `marketplace/search-terms-length`: search terms of this many UTF-8 bytes or more are flagged. */
  limitBytes?: number;
  symbols?: string;
  /** `marketplace/other-marketplace`: the other marketplaces' names. */
  names?: string[];
}

/** A marketplace's house rules as data (`legal/presets/<id>.json`). */
export interface Preset {
  id: string;
  name: string;
  /** Which marketplaces get it, in words (for the docs and `--print-config`). */
  appliesTo: string;
  rules: Record<string, PresetRule>;
}

const require = createRequire(import.meta.url);

/** The built-in presets by id. */
export const presets: ReadonlyMap<string, Preset> = new Map(
  ['amazon', 'walmart', 'ebay', 'etsy'].map((id) => [id, require(`./presets/${id}.json`) as Preset]),
);

/** A marketplace as a table key: lower case, without scheme, `www.` or path. */
export function marketplaceKey(marketplace: string): string {
  return marketplace.trim().toLowerCase().replace(/^(https?:\/\/)?(www\.)?/, '').replace(/\/.*$/, '');
}

/** The built-in preset of a marketplace: every `amazon.*` gets `amazon`, every `ebay.*` `ebay`; walmart.com and etsy.com their own. */
export function builtinPresetId(marketplace: string): string | undefined {
  const key = marketplaceKey(marketplace);
  if (/^amazon\.[a-z.]+$/.test(key)) return 'amazon';
  if (/^ebay\.[a-z.]+$/.test(key)) return 'ebay';
  if (key === 'walmart.com') return 'walmart';
  if (key === 'etsy.com') return 'etsy';
  return undefined;
}

/** The preset id a marketplace gets: the config's `presets` entry (or `false`: none), else the built-in choice. */
export function presetIdFor(marketplace: string | undefined, settings: Pick<LintSettings, 'presets'>): string | undefined {
  if (marketplace === undefined || marketplace.trim() === '') return undefined;
  const configured = settings.presets?.[marketplaceKey(marketplace)];
  if (configured === false) return undefined;
  return configured ?? builtinPresetId(marketplace);
}

/** The listing's preset (from its marketplace, else the config default), or undefined when it has none. */
export function presetOf(listing: Pick<Listing, 'marketplace'>, settings: LintSettings): Preset | undefined {
  const id = presetIdFor(listing.marketplace ?? settings.defaults.marketplace, settings);
  return id === undefined ? undefined : presets.get(id);
}

/** The preset's settings for one rule on this listing, and the preset, or undefined when the rule does not apply there. */
export function presetRule(listing: Pick<Listing, 'marketplace'>, settings: LintSettings, ruleId: string): { preset: Preset; rule: PresetRule } | undefined {
  const preset = presetOf(listing, settings);
  const rule = preset?.rules[ruleId];
  return preset && rule ? { preset, rule } : undefined;
}

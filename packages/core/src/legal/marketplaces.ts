import type { LintSettings } from '../types.js';
import { euMemberStates } from './territories.js';

/**
 * Marketplace → the country whose trademark law applies (ISO 3166-1 alpha-2). Every Amazon
 * store, Walmart, the eBay sites and Etsy. Keys are lower-case domains without `www.`.
 */
export const marketplaceTerritories: Readonly<Record<string, string>> = {
  'amazon.com': 'US',
  'amazon.ca': 'CA',
  'amazon.com.mx': 'MX',
  'amazon.com.br': 'BR',
  'amazon.co.uk': 'GB',
  'amazon.de': 'DE',
  'amazon.fr': 'FR',
  'amazon.it': 'IT',
  'amazon.es': 'ES',
  'amazon.nl': 'NL',
  'amazon.se': 'SE',
  'amazon.pl': 'PL',
  'amazon.com.be': 'BE',
  'amazon.ie': 'IE',
  'amazon.com.tr': 'TR',
  'amazon.ae': 'AE',
  'amazon.sa': 'SA',
  'amazon.eg': 'EG',
  'amazon.in': 'IN',
  'amazon.co.jp': 'JP',
  'amazon.com.au': 'AU',
  'amazon.sg': 'SG',
  'amazon.co.za': 'ZA',
  'amazon.cn': 'CN',
  'walmart.com': 'US',
  'walmart.ca': 'CA',
  'walmart.com.mx': 'MX',
  'ebay.com': 'US',
  'ebay.ca': 'CA',
  'ebay.co.uk': 'GB',
  'ebay.de': 'DE',
  'ebay.fr': 'FR',
  'ebay.it': 'IT',
  'ebay.es': 'ES',
  'ebay.nl': 'NL',
  'ebay.be': 'BE',
  'ebay.at': 'AT',
  'ebay.ie': 'IE',
  'ebay.pl': 'PL',
  'ebay.ch': 'CH',
  'ebay.com.au': 'AU',
  'ebay.com.sg': 'SG',
  'ebay.com.my': 'MY',
  'ebay.ph': 'PH',
  'ebay.com.hk': 'HK',
  'ebay.co.jp': 'JP',
  // Etsy serves every country from one domain; a shop selling elsewhere names its country.
  'etsy.com': 'US',
};

/** Shops that are not marketplaces: no house rules, and the territory comes from `defaults.marketplace` (a country or marketplace). */
export const shopPlatforms: ReadonlySet<string> = new Set(['shopify']);

/** The jurisdiction a listing is judged in, and what went wrong when there is none. */
export interface Jurisdiction {
  /** ISO country code or `EU`; undefined when the marketplace is missing or unknown. */
  territory?: string;
  /** The marketplace as written (the listing's, else the config default). */
  marketplace?: string;
  /** `missing`: no marketplace and no config default; `unknown`: not in the table. */
  problem?: 'missing' | 'unknown';
}

const territoryCodes = new Set(['EU', ...euMemberStates]);

/**
 * Jurisdiction of a marketplace (`amazon.de` → `DE`), falling back to the config default. A
 * country code (`US`, `DE`) or `EU` is accepted as a marketplace of its own, for shops.
 */
export function jurisdictionOf(marketplace: string | undefined, settings: LintSettings): Jurisdiction {
  const written = nonEmpty(marketplace) ?? nonEmpty(settings.defaults.marketplace);
  if (written === undefined) return { problem: 'missing' };
  const key = written.toLowerCase().replace(/^(https?:\/\/)?(www\.)?/, '').replace(/\/.*$/, '');
  if (shopPlatforms.has(key)) {
    const fallback = nonEmpty(settings.defaults.marketplace);
    const territory = fallback !== undefined && !shopPlatforms.has(fallback.toLowerCase()) ? jurisdictionOf(fallback, settings).territory : undefined;
    return territory ? { territory, marketplace: written } : { marketplace: written, problem: 'unknown' };
  }
  const territory = marketplaceTerritories[key] ?? territoryCode(written);
  return territory ? { territory, marketplace: written } : { marketplace: written, problem: 'unknown' };
}

function territoryCode(written: string): string | undefined {
  const code = written.toUpperCase();
  if (code === 'UK') return 'GB';
  return /^[A-Z]{2}$/.test(code) && (territoryCodes.has(code) || isCountryCode(code)) ? code : undefined;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

function isCountryCode(code: string): boolean {
  try {
    return code !== 'ZZ' && regionNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

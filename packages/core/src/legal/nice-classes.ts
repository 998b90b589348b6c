import type { LintSettings, Listing } from '../types.js';
import { bulkCategoryClasses } from '../formats/bulk/categories.js';

/**
 * Default category → Nice classes: only the classes that cover the category (rules-catalog
 * §6.2 "primary"); "frequently related" classes do not count. Config `categories` overrides an
 * entry, a listing's own `classes:` wins over both. Keys are folded by `categoryKey`.
 */
export const categoryClasses: Readonly<Record<string, readonly number[]>> = {
  electronics: [9],
  'phone-accessories': [9],
  computers: [9],
  clothing: [25],
  apparel: [25],
  shoes: [25],
  footwear: [25],
  toys: [28],
  games: [28],
  'toys-and-games': [28],
  beauty: [3],
  'personal-care': [3],
  'beauty-and-personal-care': [3],
  home: [21],
  kitchen: [21],
  'home-and-kitchen': [21],
  sports: [28],
  outdoors: [28],
  'sports-and-outdoors': [28],
  grocery: [29, 30, 31, 32, 33],
  'pet-supplies': [31],
  automotive: [12],
  jewelry: [14],
  jewellery: [14],
  watches: [14],
  'jewelry-and-watches': [14],
  books: [16],
  media: [16],
  'books-and-media': [16],
  office: [16],
  stationery: [16],
  'office-and-stationery': [16],
  tools: [7, 8],
  hardware: [7, 8],
  'tools-and-hardware': [7, 8],
  health: [10],
  'medical-devices': [10],
  // Not in the catalog's table, but named by eBay's "for <brand>" rule: bags are class 18.
  bags: [18],
  luggage: [18],
};

/** Folds a category for lookup: `Home & Kitchen` → `home-and-kitchen`. */
export function categoryKey(category: string): string {
  return category
    .trim()
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** The goods a listing sells, as Nice classes, and what went wrong when they are not known. */
export interface ListingGoods {
  /** Nice classes; undefined when unknown (then every class counts as overlapping). */
  classes?: number[];
  /** How the goods are named in messages: the category as written, or `class 9`. */
  label: string;
  /** The category as written (the listing's, else the config default). */
  category?: string;
  /** `missing`: no category, no classes, no default; `unknown`: category not in any table. */
  problem?: 'missing' | 'unknown';
}

/** Nice classes of a listing: its own `classes:`, else its category via config `categories`, else the default table, else the bulk-file table. */
export function classesOf(listing: Listing, settings: LintSettings): ListingGoods {
  const category = listing.category?.trim() || settings.defaults.category?.trim() || undefined;
  if (listing.classes && listing.classes.length > 0) {
    const classes = [...new Set(listing.classes)].sort((a, b) => a - b);
    return { classes, label: category ?? classList(classes), category };
  }
  if (category === undefined) return { label: 'category unknown', problem: 'missing' };
  const key = categoryKey(category);
  const configured = Object.entries(settings.categories).find(([name]) => categoryKey(name) === key)?.[1];
  // Bulk files name categories by Amazon product type or Shopify taxonomy path: their own table comes last.
  const classes = configured ?? categoryClasses[key] ?? bulkCategoryClasses(category);
  if (classes === undefined) return { label: category, category, problem: 'unknown' };
  return { classes: [...classes], label: category, category };
}

/** `class 25` or `classes 18, 25`. */
export function classList(classes: readonly number[]): string {
  return `${classes.length === 1 ? 'class' : 'classes'} ${classes.join(', ')}`;
}

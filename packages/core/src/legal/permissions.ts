import { fileMatches } from '../source/file-glob.js';
import type { AllowEntry, Authorization, LintSettings, Listing, Mark } from '../types.js';

export { fileMatches };

/** Whether a mark reference from config (`mark:` in `authorizations`/`allow`) names this mark: its id, or its text, case-insensitively. */
export function refersTo(reference: string, mark: Mark): boolean {
  const wanted = fold(reference);
  return wanted === fold(mark.id) || wanted === fold(mark.mark);
}

/** Whether the listing's own `brand` is this mark (its text, a variant or its id): the seller's own mark is never flagged. */
export function isOwnBrand(listing: Listing, mark: Mark): boolean {
  const brand = listing.brand?.value;
  if (brand === undefined || fold(brand) === '') return false;
  const own = fold(brand);
  return [mark.mark, mark.id, ...mark.variants].some((name) => fold(name) === own);
}

/**
 * The owners of the listing's own brand: the owner of every watchlist mark the `brand` names, and of
 * every `seller.brands` entry it names. Every mark of these owners is the seller's own.
 */
export function brandOwners(listing: Listing, settings: LintSettings, marks?: ReadonlyMap<string, Mark>): Set<string> {
  const brand = listing.brand?.value;
  const owners = new Set<string>();
  if (brand === undefined || fold(brand) === '') return owners;
  const own = fold(brand);
  for (const entry of settings.sellerBrands ?? []) if (fold(entry.name) === own) owners.add(fold(entry.owner));
  if (marks) {
    let cached = ownersByBrand.get(marks);
    if (cached === undefined) {
      cached = new Map();
      for (const mark of marks.values()) {
        for (const name of [mark.mark, mark.id, ...mark.variants]) {
          const key = fold(name);
          cached.set(key, [...(cached.get(key) ?? []), fold(mark.owner)]);
        }
      }
      ownersByBrand.set(marks, cached);
    }
    for (const owner of cached.get(own) ?? []) owners.add(owner);
  }
  return owners;
}

/** Marks' owners by each name they go by, per watchlist. */
const ownersByBrand = new WeakMap<ReadonlyMap<string, Mark>, Map<string, string[]>>();

/** Whether the mark belongs to the owner of the listing's brand (a Redmi listing is not flagged for MI or Xiaomi). */
export function isSameOwner(listing: Listing, mark: Mark, settings: LintSettings, marks?: ReadonlyMap<string, Mark>): boolean {
  if (listing.brand === undefined) return false;
  return brandOwners(listing, settings, marks).has(fold(mark.owner));
}

/** Whether an authorization or allow entry applies to this listing: by SKU, by file pattern, or (neither given) to every listing. */
export function coversListing(scope: { skus?: string[]; files?: string[] }, listing: Listing): boolean {
  const bySku = scope.skus !== undefined && listing.sku !== undefined && scope.skus.includes(listing.sku);
  const byFile = scope.files?.some((pattern) => fileMatches(pattern, listing.file)) ?? false;
  return bySku || byFile || (scope.skus === undefined && scope.files === undefined);
}

/** Whether an authorization has expired on `today` (`until` is inclusive; no `until` never expires). */
export function isExpired(authorization: Authorization, today: string): boolean {
  return authorization.until !== undefined && authorization.until.slice(0, 10) < today.slice(0, 10);
}

/** Authorizations in config that apply to this listing and this mark. */
export function authorizationsFor(listing: Listing, mark: Mark, settings: LintSettings): Authorization[] {
  return settings.authorizations.filter((entry) => refersTo(entry.mark, mark) && coversListing(entry, listing));
}

/** Why a finding of this mark in this listing is suppressed, or undefined when it is not. */
export type Permission =
  | { kind: 'own-brand' }
  | { kind: 'same-owner' }
  | { kind: 'authorization'; authorization: Authorization }
  | { kind: 'allow'; entry: AllowEntry };

/** The first thing that lets this listing use this mark: its own brand, a mark of its brand's owner, an active authorization, an allow entry. */
export function permissionFor(
  listing: Listing,
  mark: Mark,
  settings: LintSettings,
  marks?: ReadonlyMap<string, Mark>,
): Permission | undefined {
  if (isOwnBrand(listing, mark)) return { kind: 'own-brand' };
  if (isSameOwner(listing, mark, settings, marks)) return { kind: 'same-owner' };
  const authorization = authorizationsFor(listing, mark, settings).find((entry) => !isExpired(entry, settings.today));
  if (authorization) return { kind: 'authorization', authorization };
  const entry = settings.allow.find((allow) => refersTo(allow.mark, mark) && coversListing({ files: allow.files }, listing));
  return entry ? { kind: 'allow', entry } : undefined;
}

function fold(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

import type { Rule } from '../types.js';
import { authorizationExpiredRule } from './authorization/expired.js';
import { disableMissingReasonRule } from './disable/missing-reason.js';
import { disableUnusedRule } from './disable/unused.js';
import { imageCopyrightRule } from './image/copyright.js';
import { imageMainImageRule } from './image/main-image.js';
import { imageMainTextRule } from './image/main-text.js';
import { imageMissingRule } from './image/missing.js';
import { listingDuplicateSkuRule } from './listing/duplicate-sku.js';
import { missingMarketplaceRule } from './listing/missing-marketplace.js';
import { listingParseErrorRule } from './listing/parse-error.js';
import { unknownCategoryRule } from './listing/unknown-category.js';
import { claimsCertificationRule } from './claims/certification.js';
import { claimsDrugRule } from './claims/drug.js';
import { claimsEnvironmentalRule } from './claims/environmental.js';
import { claimsPesticideRule } from './claims/pesticide.js';
import { listingInconsistentBrandRule } from './listing/inconsistent-brand.js';
import { marketplaceOtherMarketplaceRule } from './marketplace/other-marketplace.js';
import { marketplacePromotionalClaimsRule } from './marketplace/promotional-claims.js';
import { marketplaceRepeatedWordsRule } from './marketplace/repeated-words.js';
import { marketplaceSearchTermsBrandRule } from './marketplace/search-terms-brand.js';
import { marketplaceSearchTermsLengthRule } from './marketplace/search-terms-length.js';
import { marketplaceTitleCharactersRule } from './marketplace/title-characters.js';
import { marketplaceTitleLengthRule } from './marketplace/title-length.js';
import { marketplaceTrademarkSymbolsRule } from './marketplace/trademark-symbols.js';
import { trademarkImageRule } from './trademark/image.js';
import { trademarkTextRule } from './trademark/text.js';

/** Every built-in rule, by id (the rule's file path under rules/). */
export const builtinRules: ReadonlyMap<string, Rule> = new Map(
  [
    trademarkTextRule,
    trademarkImageRule,
    imageMainTextRule,
    imageMainImageRule,
    imageCopyrightRule,
    imageMissingRule,
    listingParseErrorRule,
    missingMarketplaceRule,
    unknownCategoryRule,
    listingDuplicateSkuRule,
    listingInconsistentBrandRule,
    marketplaceTitleLengthRule,
    marketplaceTitleCharactersRule,
    marketplaceRepeatedWordsRule,
    marketplacePromotionalClaimsRule,
    marketplaceSearchTermsBrandRule,
    marketplaceSearchTermsLengthRule,
    marketplaceTrademarkSymbolsRule,
    marketplaceOtherMarketplaceRule,
    claimsPesticideRule,
    claimsDrugRule,
    claimsCertificationRule,
    claimsEnvironmentalRule,
    authorizationExpiredRule,
    disableMissingReasonRule,
    disableUnusedRule,
  ].map((rule) => [rule.id, rule]),
);

export { CUSTOM_PREFIX, customRule, customRules } from './custom/custom-rule.js';
export { unsafeRegexReason } from './custom/safe-regex.js';
export type { Fact, Rule, RuleContext, RuleMeta } from '../types.js';


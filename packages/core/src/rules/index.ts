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
    authorizationExpiredRule,
    disableMissingReasonRule,
    disableUnusedRule,
  ].map((rule) => [rule.id, rule]),
);

export type { Fact, Rule, RuleContext, RuleMeta } from '../types.js';


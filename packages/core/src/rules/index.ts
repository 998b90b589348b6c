import type { Rule } from './rule.js';
import { authorizationExpiredRule } from './authorization/expired.js';
import { missingReason } from './disable/missing-reason.js';
import { unused } from './disable/unused.js';
import { imageMainTextRule } from './image/main-text.js';
import { imageMissingRule } from './image/missing.js';
import { duplicateSku } from './listing/duplicate-sku.js';
import { missingMarketplaceRule } from './listing/missing-marketplace.js';
import { parseError } from './listing/parse-error.js';
import { unknownCategoryRule } from './listing/unknown-category.js';
import { trademarkImageRule } from './trademark/image.js';
import { trademarkTextRule } from './trademark/text.js';

/** Every built-in rule, by id (the rule's file path under rules/). */
export const builtinRules: ReadonlyMap<string, Rule> = new Map(
  [
    trademarkTextRule,
    trademarkImageRule,
    imageMainTextRule,
    imageMissingRule,
    parseError,
    missingMarketplaceRule,
    unknownCategoryRule,
    duplicateSku,
    authorizationExpiredRule,
    missingReason,
    unused,
  ].map((rule) => [rule.id, rule]),
);

export type { Fact, Rule, RuleContext, RuleMeta } from './rule.js';

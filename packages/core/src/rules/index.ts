import type { Rule } from './rule.js';
import { missingReason } from './disable/missing-reason.js';
import { unused } from './disable/unused.js';
import { duplicateSku } from './listing/duplicate-sku.js';
import { parseError } from './listing/parse-error.js';

/** Every built-in rule, by id (the rule's file path under rules/). */
export const builtinRules: ReadonlyMap<string, Rule> = new Map(
  [parseError, duplicateSku, missingReason, unused].map((rule) => [rule.id, rule]),
);

export type { Fact, Rule, RuleContext, RuleMeta } from './rule.js';

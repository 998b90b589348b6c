import type { Rule } from '../rule.js';

/** `listing/duplicate-sku`: the same SKU in several listings. The engine compares across files. */
export const duplicateSku: Rule = {
  id: 'listing/duplicate-sku',
  meta: {
    name: 'Duplicate SKU',
    description: 'Two listings share a SKU, so one would overwrite the other on upload.',
    fullDescription:
      'A SKU identifies one offer on a marketplace. Two listing files (or two objects in one JSON file) ' +
      'with the same `sku` overwrite each other when uploaded, and authorizations keyed by SKU would ' +
      'apply to both. Each listing after the first one is reported, naming where the SKU was first seen.',
    defaultSeverity: 'error',
    severityMode: 'fixed',
    messages: {
      duplicate: 'SKU `{{sku}}` is already used by {{first}}: give every listing its own SKU',
    },
  },
  check() {},
};

export default duplicateSku;

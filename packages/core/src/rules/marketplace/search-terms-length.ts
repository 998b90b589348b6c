import { presetRule } from '../../legal/index.js';
import type { Rule } from '../../types.js';
import { fieldsNamed } from './text-fields.js';

const RULE_ID = 'marketplace/search-terms-length';
const encoder = new TextEncoder();

/** `marketplace/search-terms-length`: search terms of 250 UTF-8 bytes or more (Amazon ignores them all). */
export const marketplaceSearchTermsLengthRule: Rule = {
  id: RULE_ID,
  meta: {
    name: 'MarketplaceSearchTermsLength',
    description: 'Search terms too long, counted in bytes',
    fullDescription:
      'Amazon indexes search terms (`keywords`) only when they are fewer than 250 bytes in UTF-8: bytes, not characters, so ' +
      '`ä` counts 2 and `€` 3. Several `keywords` entries count together, joined by one space. The finding starts at the ' +
      'first character that no longer fits.',
    defaultSeverity: 'error',
    severityMode: 'fixed',
    messages: {
      long: 'Search terms are {{bytes}} bytes (UTF-8); {{marketplace}} ignores search terms of {{limit}} bytes or more: cut {{over}} bytes',
    },
  },
  check({ listing, settings, report }) {
    const applied = presetRule(listing, settings, RULE_ID);
    const limit = applied?.rule.limitBytes;
    if (!applied || limit === undefined) return;
    const fields = fieldsNamed(listing, ['keywords']);
    const total = fields.reduce((sum, field) => sum + encoder.encode(field.value).length, 0) + Math.max(0, fields.length - 1);
    if (total < limit) return;
    // The first character past limit - 1 bytes, counting the joining spaces; a space that does not fit points at the next entry.
    let bytes = 0;
    for (const [index, field] of fields.entries()) {
      // The joining space before this entry, then its characters: [offset in the entry, bytes].
      const units: Array<[number, number]> = index > 0 ? [[0, 1]] : [];
      let offset = 0;
      for (const character of field.value) {
        units.push([offset, encoder.encode(character).length]);
        offset += character.length;
      }
      for (const [at, size] of units) {
        bytes += size;
        if (bytes <= limit - 1) continue;
        report({
          messageId: 'long',
          data: { bytes: total, marketplace: applied.preset.name, limit, over: total - (limit - 1) },
          location: field.locate(at, field.value.length),
          field: field.path,
          ...(field.place ? { place: field.place } : {}),
        });
        return;
      }
    }
  },
};

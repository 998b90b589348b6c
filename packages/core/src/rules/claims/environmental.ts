import type { Rule } from '../../types.js';
import { claimCheck, claimMessages } from './claim-rule.js';

/** `claims/environmental`: an environmental claim without a qualification (FTC Green Guides). */
export const claimsEnvironmentalRule: Rule = {
  id: 'claims/environmental',
  meta: {
    name: 'ClaimsEnvironmental',
    description: 'Unqualified environmental claim (eco-friendly, biodegradable, compostable)',
    fullDescription:
      "The FTC Green Guides (16 CFR 260) treat unqualified general claims (\"eco-friendly\") as nearly impossible to substantiate and ask " +
      'degradable, compostable and recyclable claims to be qualified; Amazon singled such wording out in 2024. Reports eco-friendly, ' +
      'environmentally friendly, biodegradable, compostable, recyclable and carbon neutral, in the text and on the images (OCR), unless ' +
      'the same sentence qualifies it: a standard (ASTM D6400, EN 13432, BPI, TÜV, FSC), the conditions ("in industrial composting ' +
      'facilities", "where facilities exist"), a time frame ("within 180 days") or a share ("80% recycled"). "Non-biodegradable" is not reported.',
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    messages: claimMessages(
      'is an unqualified environmental claim (FTC Green Guides): say what makes it true (material, standard, conditions), or remove it',
    ),
  },
  check: claimCheck('environmental'),
};

import type { Rule } from '../../types.js';
import { claimCheck, claimMessages } from './claim-rule.js';

/** `claims/drug`: claims to cure, treat or prevent a named disease. */
export const claimsDrugRule: Rule = {
  id: 'claims/drug',
  meta: {
    name: 'ClaimsDrug',
    description: 'Drug or disease claim (cures, treats, prevents a disease)',
    fullDescription:
      'A claim that a product cures, treats, prevents or relieves a named disease (cancer, diabetes, COVID-19, arthritis, flu, …) makes ' +
      "it a drug under the FD&C Act; Amazon's prohibited product claims policy removes such listings unless the product is an approved drug. " +
      'Reports the verb and the disease together, in the text and on the images (OCR). A disease named without such a verb ("suitable ' +
      'for people with arthritis"), "dog treats" and "hearing aids" are not reported.',
    defaultSeverity: 'error',
    severityMode: 'fixed',
    messages: claimMessages(
      'is a disease claim ({{disease}}): only approved drugs may claim to cure, treat or prevent a disease (FD&C Act; Amazon prohibited product claims): remove it',
    ),
  },
  check: claimCheck('drug', (disease) => ({ disease: disease ?? 'disease' })),
};

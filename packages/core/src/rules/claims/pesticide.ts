import type { Rule } from '../../types.js';
import { claimCheck, claimMessages } from './claim-rule.js';

/** `claims/pesticide`: claims to kill or keep off germs, mould or pests, made for goods that are no registered pesticide. */
export const claimsPesticideRule: Rule = {
  id: 'claims/pesticide',
  meta: {
    name: 'ClaimsPesticide',
    description: 'Pesticide claim (antibacterial, kills 99.9% of germs, prevents mould)',
    fullDescription:
      'Under FIFRA, a product that claims to kill, repel or prevent germs, mould or pests is a pesticide and needs an EPA registration; ' +
      "Amazon's pesticide policy removes listings that make such claims without one. Reports antibacterial, antimicrobial, antiviral, " +
      'antifungal, disinfects, sanitizes, kills (99.9% of) germs or bacteria, prevents mould or mildew, repels insects, in the text ' +
      'and on the images (OCR). A claim that the treatment protects the product itself (the treated-article exemption, "protects the ' +
      'mat itself from odour") and the resistance of the material ("mould-resistant silicone") are not reported.',
    defaultSeverity: 'error',
    severityMode: 'fixed',
    messages: claimMessages(
      'is a pesticide claim: goods that kill or keep off germs, mould or pests need an EPA registration (FIFRA; Amazon pesticide policy): remove it, or limit it to protecting the product itself',
    ),
  },
  check: claimCheck('pesticide'),
};

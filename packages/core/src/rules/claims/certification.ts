import type { Rule } from '../../types.js';
import { claimCheck, claimMessages } from './claim-rule.js';

/** What a certification claim with each mark would need, for the message. */
const needs: Record<string, string> = {
  CE: 'CE marking is the maker\'s own declaration under EU law, not an approval: say "CE marked" only where an EU directive applies and you hold the declaration of conformity',
  UL: 'a UL listing is UL Solutions\' and must be real: name the UL file number, or remove it',
  FDA: 'the FDA approves drugs and clears some devices; registration is no approval: remove it unless the FDA approved or cleared this product, and name the number',
  FCC: 'an FCC claim needs the device\'s FCC ID: add it ("FCC ID: …"), or remove the claim',
};

/** `claims/certification`: a certification mark with a certification word (CE certified, UL listed, FDA approved, FCC approved without an FCC ID). */
export const claimsCertificationRule: Rule = {
  id: 'claims/certification',
  meta: {
    name: 'ClaimsCertification',
    description: 'Certification claim (CE certified, UL listed, FDA approved, FCC without an ID)',
    fullDescription:
      'Reports a certification mark written with a certification word: "CE certified", "CE approved", "UL listed", "FDA approved", ' +
      '"FDA cleared", "FDA registered", "approved by the FDA", and FCC claims when the listing gives no FCC ID. Marketplaces ask for proof ' +
      'of such claims and remove listings that cannot give it; CE marking is a self-declaration, not an approval. A bare "CE" or "UL" ' +
      '(a marking, not a claim of certification) is not reported.',
    defaultSeverity: 'warning',
    severityMode: 'fixed',
    messages: claimMessages('is a certification claim: {{need}}'),
  },
  check: claimCheck('certification', (mark) => ({ need: needs[mark ?? ''] ?? 'keep the certificate at hand' })),
};

import type { Fact } from '../rules/rule.js';
import { describeMatch } from '../match/index.js';
import type { Location } from '../types.js';
import type { Assessment, MatchContext } from './assess-match.js';

/** Message templates shared by `trademark/text` and `trademark/image`. */
export const trademarkMessages = {
  mark: '{{mark}} ({{evidence}}) in `{{field}}`: {{reason}}',
} as const;

/** The fact a trademark rule reports for an assessed match (the image rule adds `image`). */
export function trademarkFact(ctx: MatchContext, assessment: Assessment, location: Location): Fact {
  const { match, mark } = ctx;
  return {
    messageId: 'mark',
    data: { mark: describeMatch(match, mark), evidence: assessment.evidence, field: ctx.field, reason: assessment.reason },
    location,
    field: ctx.field,
    markId: mark.id,
    matchedText: match.text,
    strategy: match.strategy,
    confidence: match.confidence,
    severity: assessment.severity,
    use: assessment.use,
    territory: assessment.territory,
    ...(assessment.registration ? { registration: assessment.registration } : {}),
  };
}

import type { Assessment, MatchContext } from '../../legal/index.js';
import { describeMatch } from '../../match/index.js';
import type { Fact, Location, Place } from '../../types.js';
import { describeAssessment } from './messages.js';

export { trademarkMessages } from './messages.js';

/** The fact a trademark rule reports for an assessed match (the image rule adds `image`). */
export function trademarkFact(ctx: MatchContext, assessment: Assessment, location: Location, place?: Place): Fact {
  const { match, mark } = ctx;
  const { evidence, reason } = describeAssessment(assessment, mark, match.text);
  return {
    messageId: 'mark',
    data: { mark: describeMatch(match, mark), evidence, field: ctx.field, reason },
    location,
    field: ctx.field,
    ...(place !== undefined ? { place } : {}),
    markId: mark.id,
    matchedText: match.text,
    strategy: match.strategy,
    confidence: match.confidence,
    severity: assessment.severity,
    use: assessment.use,
    cause: assessment.cause,
    ...(assessment.phrase !== undefined ? { phrase: assessment.phrase } : {}),
    territory: assessment.territory,
    ...(assessment.registration ? { registration: assessment.registration } : {}),
    evidence: assessment.evidence,
  };
}

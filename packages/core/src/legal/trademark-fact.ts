import type { Fact } from '../rules/rule.js';
import type { Location, Mark, MarkMatch } from '../types.js';
import type { Assessment, MatchContext } from './assess-match.js';

/** Message templates shared by `trademark/text` and `trademark/image`. */
export const trademarkMessages = {
  mark: '{{mark}} ({{evidence}}) in `{{field}}`: {{reason}}',
} as const;

const strategyNames: Record<MarkMatch['strategy'], string | undefined> = {
  exact: undefined,
  normalised: undefined,
  confusable: 'look-alike characters',
  leet: 'leetspeak',
  spaced: 'spaced out',
  fuzzy: 'misspelt',
};

/**
 * How a match is named in a message: `` `Nike` ``, or for a disguised form
 * `` `N1ke` reads as NIKE (leetspeak) ``. Stands in until the matcher exports `describeMatch`.
 */
export function describeMatchedMark(match: MarkMatch, mark: Mark): string {
  const how = strategyNames[match.strategy];
  return how === undefined ? `\`${match.text}\`` : `\`${match.text}\` reads as ${mark.mark} (${how})`;
}

/** The fact a trademark rule reports for an assessed match (the image rule adds `image`). */
export function trademarkFact(ctx: MatchContext, assessment: Assessment, location: Location): Fact {
  const { match, mark } = ctx;
  return {
    messageId: 'mark',
    data: { mark: describeMatchedMark(match, mark), evidence: assessment.evidence, field: ctx.field, reason: assessment.reason },
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

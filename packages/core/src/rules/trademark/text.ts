import { assessMatch, type MatchContext } from '../../legal/index.js';
import { trademarkFact, trademarkMessages } from './fact.js';
import type { Rule } from '../../types.js';

/** `trademark/text`: third-party marks in a listing's text fields and `brand`, judged by the legal model. */
export const trademarkTextRule: Rule = {
  id: 'trademark/text',
  meta: {
    name: 'TrademarkInText',
    description: 'Third-party trademark in the listing text',
    fullDescription:
      "Finds watched trademarks (plain, disguised or misspelt) in every text field and in the `brand` field, and judges each one " +
      "by the marketplace's territory, the listing's Nice classes, whether the mark is famous and how it is used " +
      '(brand-like, counterfeit phrasing, compatibility). The configured severity is a ceiling over that judgement.',
    defaultSeverity: 'error',
    severityMode: 'ceiling',
    messages: trademarkMessages,
  },
  check(context) {
    const { listing, watchlist, settings } = context;
    const fields = listing.brand ? [listing.brand, ...listing.fields] : listing.fields;
    for (const field of fields) {
      for (const match of watchlist.matcher.scan(field.value)) {
        const mark = watchlist.marks.get(match.markId);
        if (mark === undefined) continue;
        const ctx: MatchContext = {
          listing,
          settings,
          mark,
          match,
          text: field.value,
          field: field === listing.brand ? 'brand' : field.path,
          source: 'text',
          marks: watchlist.marks,
        };
        const assessment = assessMatch(ctx);
        if (assessment) context.report(trademarkFact(ctx, assessment, field.locate(match.start, match.end), field.place));
      }
    }
  },
};

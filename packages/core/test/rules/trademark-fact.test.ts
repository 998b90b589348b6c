import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { assessMatch, type MatchContext } from '../../src/legal/assess-match.js';
import { trademarkFact, trademarkMessages } from '../../src/rules/trademark/fact.js';
import type { MarkMatch } from '../../src/types.js';
import { listing, markById, settings } from '../legal/fixture-listing.js';

const nike = markById('nike');
const match = (text: string, strategy: MarkMatch['strategy']): MarkMatch => ({ markId: 'nike', start: 0, end: text.length, text, strategy, confidence: 0.9 });

test('the fact carries the assessment as data and the worded message data', () => {
  const location = { line: 4, column: 8, endLine: 4, endColumn: 12 };
  const ctx: MatchContext = {
    listing: listing({ marketplace: 'amazon.de', category: 'shoes', title: 'Laufschuh' }),
    settings: settings(),
    mark: nike,
    match: match('NIKE', 'exact'),
    text: 'NIKE',
    field: 'images[0]',
    source: 'image',
  };
  const fact = trademarkFact(ctx, assessMatch(ctx)!, location);
  assert.equal(fact, {
    messageId: 'mark',
    data: {
      mark: '`NIKE`',
      evidence: 'Nike, Inc.; EUIPO 000123456, class 25',
      field: 'images[0]',
      reason: 'registered in DE for class 25, which covers this listing (shoes)',
    },
    location,
    field: 'images[0]',
    markId: 'nike',
    matchedText: 'NIKE',
    strategy: 'exact',
    confidence: 0.9,
    severity: 'error',
    use: 'brand',
    cause: 'plain',
    territory: 'DE',
    registration: { office: 'EUIPO', number: '000123456', classes: [25] },
    evidence: {
      owner: 'Nike, Inc.',
      famous: true,
      registration: { office: 'EUIPO', number: '000123456', classes: [25], status: 'registered', overlap: [25] },
      territory: 'DE',
    },
  });
  assert.is(trademarkMessages.mark, '{{mark}} ({{evidence}}) in `{{field}}`: {{reason}}');
});

test.run();

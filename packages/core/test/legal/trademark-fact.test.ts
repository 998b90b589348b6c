import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { trademarkFact, trademarkMessages } from '../../src/legal/trademark-fact.js';
import type { MarkMatch } from '../../src/types.js';
import { listing, markById, settings } from './fixture-listing.js';

const nike = markById('nike');
const match = (text: string, strategy: MarkMatch['strategy']): MarkMatch => ({ markId: 'nike', start: 0, end: text.length, text, strategy, confidence: 0.9 });

test('the fact carries the assessment and the message data', () => {
  const location = { line: 4, column: 8, endLine: 4, endColumn: 12 };
  const fact = trademarkFact(
    { listing: listing({}), settings: settings(), mark: nike, match: match('NIKE', 'exact'), text: 'NIKE', field: 'images[0]', source: 'image' },
    { severity: 'warning', use: 'nominative', territory: 'DE', evidence: 'E', reason: 'R' },
    location,
  );
  assert.equal(fact, {
    messageId: 'mark',
    data: { mark: '`NIKE`', evidence: 'E', field: 'images[0]', reason: 'R' },
    location,
    field: 'images[0]',
    markId: 'nike',
    matchedText: 'NIKE',
    strategy: 'exact',
    confidence: 0.9,
    severity: 'warning',
    use: 'nominative',
    territory: 'DE',
  });
  assert.is(trademarkMessages.mark, '{{mark}} ({{evidence}}) in `{{field}}`: {{reason}}');
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitMessage, wrap } from '../src/split-message.js';

test('a message that fits stays whole', () => {
  assert.equal(splitMessage({ message: 'Short enough.' }, 20), { headline: 'Short enough.', evidence: '' });
});

test('the owner and registration after the mark, and later clauses, go to the evidence', () => {
  const message = "`Levis` reads as Levi's (normalised) (Levi Strauss & Co.; UKIPO UK00000529946, class 25) in `bullets[1]`: registered in GB; covers this listing";
  assert.equal(splitMessage({ message, markId: 'levis' }, 70), {
    headline: "`Levis` reads as Levi's (normalised) in `bullets[1]`: registered in GB",
    evidence: 'Levi Strauss & Co.; UKIPO UK00000529946, class 25; covers this listing',
  });
});

test('a headline still too wide is cut after a colon or comma outside parentheses, else at a space with an ellipsis', () => {
  assert.equal(splitMessage({ message: 'One two (three, four) five, six seven eight nine ten' }, 30), {
    headline: 'One two (three, four) five,',
    evidence: 'six seven eight nine ten',
  });
  assert.equal(splitMessage({ message: 'One two three four five six seven eight' }, 20), { headline: 'One two three four…', evidence: '…five six seven eight' });
});

test('wrap keeps words whole and cuts only words wider than the line', () => {
  assert.equal(wrap('aa bb cc dddddddd', 5), ['aa bb', 'cc', 'ddddd', 'ddd']);
});

test.run();

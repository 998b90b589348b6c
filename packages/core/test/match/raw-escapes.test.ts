import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeRawEscapes } from '../../src/match/raw-escapes.js';

const decoding = suite('decodeRawEscapes');

decoding('decodes JSON and YAML escapes', () => {
  assert.is(decodeRawEscapes('N\\u0049KE \\x53ony \\U0001D40D \\"q\\" a\\nb \\\\u0041'), 'NIKE Sony 𝐍 "q" a b \\u0041');
});

decoding('joins a YAML escaped line break and drops the indentation', () => {
  assert.is(decodeRawEscapes('"Ni\\\n    ke"'), '"Nike"');
});

decoding('decodes HTML entities, accented names to their letter', () => {
  assert.is(decodeRawEscapes('Nestl&eacute; &#78;ike &#x53;ony &amp; Tom &amp Jerry'), 'Nestle Nike Sony & Tom &amp Jerry');
});

decoding('an entity it cannot read makes the answer unknown', () => {
  assert.is(decodeRawEscapes('Nike&trademarksign;'), undefined);
});

decoding.run();

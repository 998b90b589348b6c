import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { phraseHits } from '../../src/rules/marketplace/text-fields.js';
import { escapeRegExp } from '../../src/rules/text-gate.js';

const hits = suite('phraseHits');

/** The one whole-word pattern of the phrases, longest first (what the house rules used before). */
function phrasePattern(phrases: string[]): RegExp {
  const body = [...phrases].sort((a, b) => b.length - a.length).map((phrase) => escapeRegExp(phrase.trim()).replace(/(?:\\-|\s)+/g, '[\\s\\-]+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The hits as the one whole-word pattern finds them. */
const byPattern = (phrases: string[], text: string) =>
  [...text.matchAll(phrasePattern(phrases))].map((hit) => ({ start: hit.index, end: hit.index + hit[0].length, text: hit[0] }));

hits('whole words, any case, spaces and dashes alike, the longest phrase first where two start together', () => {
  const phrases = ['best seller', 'best', 'Sharp'];
  assert.equal(phraseHits(phrases, 'Best-Seller, sharpen SHARP best sellers; 2best BEST'), [
    { start: 0, end: 11, text: 'Best-Seller' },
    { start: 21, end: 26, text: 'SHARP' },
    { start: 27, end: 31, text: 'best' },
    { start: 47, end: 51, text: 'BEST' },
  ]);
  // Letters beyond the Basic Multilingual Plane are letters: no boundary next to them.
  assert.equal(phraseHits(['sharp'], '\u{1D400}sharp sharp\u{1D400} ſharp'), [{ start: 16, end: 21, text: 'ſharp' }]);
  assert.equal(phraseHits(['Zentro'], 'no brand here'), []);
});

hits('finds exactly what the whole-word pattern finds (property)', () => {
  const words = ['best', 'seller', 'sharp', 'pro', 'ſharp', 'k\u212Aa', 'é', '\u{1D400}', '2', 'x'];
  const separators = [' ', '-', '  ', '.', '', '\n', '_', '\u00A0'];
  const piece = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)).map(([word, separator]) => word + separator);
  const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
  const casing = fc.constantFrom((t: string) => t, (t: string) => t.toUpperCase(), (t: string) => t[0]?.toUpperCase() + t.slice(1));
  const phrase = fc.tuple(fc.array(fc.constantFrom(...words.slice(0, 6)), { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '-', ' - ')).map(([parts, joiner]) => parts.join(joiner));
  fc.assert(
    fc.property(fc.array(phrase, { minLength: 1, maxLength: 3 }), text, casing, (phrases, body, cased) => {
      const input = cased(body);
      assert.equal(phraseHits(phrases, input), byPattern(phrases, input));
    }),
    { numRuns: 3000, seed: 20261129 },
  );
});

hits.run();

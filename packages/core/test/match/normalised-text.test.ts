import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TEXT_CLASSES } from '../../src/match/char-fold.js';
import {
  F_CJK,
  F_CONFUSABLE,
  F_NO_LETTER,
  F_NORMALISED,
  F_SINGLE,
  NormalisedText,
} from '../../src/match/normalised-text.js';

function fold(input: string): { folded: string; spans: string[]; gaps: string; flags: number[] } {
  const text = new NormalisedText();
  text.fold(input, TEXT_CLASSES);
  const indices = Array.from({ length: text.length }, (_, index) => index);
  return {
    folded: String.fromCodePoint(...indices.map((index) => text.folded[index])),
    spans: indices.map((index) => `${text.sourceStart[index]}-${text.sourceEnd[index]}`),
    gaps: indices.map((index) => text.gap[index]).join(''),
    flags: indices.map((index) => text.flags[index]),
  };
}

const folding = suite('NormalisedText');

folding('lower-cases ASCII and keeps one slot per character', () => {
  assert.equal(fold('Ab c'), { folded: 'abc', spans: ['0-1', '1-2', '3-4'], gaps: '202', flags: [0, 0, F_SINGLE] });
});

folding('fullwidth and mathematical letters fold through NFKC, surrogate pairs keep both code units', () => {
  const result = fold('Ｓ𝐍');
  assert.is(result.folded, 'sn');
  assert.equal(result.spans, ['0-1', '1-3']);
  assert.equal(result.flags, [F_NORMALISED, F_NORMALISED]);
});

folding('Cyrillic look-alikes fold to Latin and are flagged', () => {
  const result = fold('S\u043Eny');
  assert.is(result.folded, 'sony');
  assert.is(result.flags[1] & F_CONFUSABLE, F_CONFUSABLE);
});

folding('a combining accent is dropped and joins the span of its letter', () => {
  assert.equal(fold('e\u0301x').spans, ['0-2', '2-3']);
  assert.is(fold('Nestlé').folded, 'nestle');
});

folding('zero-width characters vanish without splitting the word', () => {
  const result = fold('Ni\u200Bke');
  assert.equal([result.folded, result.gaps, result.spans[2]], ['nike', '2000', '3-4']);
});

folding('joiners and word breaks become gap kinds; ´ is an apostrophe', () => {
  assert.equal(fold("Ni-ke Levi´s").gaps, '2010' + '2' + '0001');
});

folding('@ and $ are letters only when they touch one', () => {
  assert.equal([fold('$upreme').folded, fold('costs $ 5').folded, fold('S@msung').folded], ['$upreme', 'costs5', 's@msung']);
});

folding('a word without a real letter is flagged: its digits are not leetspeak', () => {
  assert.equal(fold('N1 100 $5').flags, [0, 0, F_NO_LETTER, F_NO_LETTER, F_NO_LETTER, F_NO_LETTER, F_NO_LETTER]);
});

folding('CJK characters are flagged and keep their own spans', () => {
  const result = fold('ソニー製');
  assert.equal([result.folded, result.flags.every((flag) => (flag & F_CJK) !== 0)], ['ソニー製', true]);
});

folding('a character NFKC expands keeps the span of its source for every part', () => {
  assert.equal(fold('ﬁt').spans, ['0-1', '0-1', '1-2']);
});

folding.run();

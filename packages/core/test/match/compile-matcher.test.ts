import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compileMatcher } from '../../src/match/compile-matcher.js';
import type { MarkMatch } from '../../src/types.js';
import { mark, realMarks } from './watchlist-marks.js';

const matcher = compileMatcher(realMarks);

function readings(matches: MarkMatch[]): string[] {
  return matches.map((m) => `${m.markId} ${m.start}-${m.end} ${m.text} ${m.strategy} ${m.confidence}`);
}

const disguises = suite('compileMatcher: disguised marks are found');
const found: [string, string[]][] = [
  ['N1KE shoes', ['nike 0-4 N1KE leet 0.85']],
  ['new S0NY tv', ['sony 4-8 S0NY leet 0.85']],
  ['Adiddas runner', ['adidas 0-7 Adiddas fuzzy 0.6']],
  ['by A d i d a s now', ['adidas 3-14 A d i d a s spaced 0.85']],
  ['N.I.K.E socks', ['nike 0-7 N.I.K.E spaced 0.85']],
  ['Ni-ke socks', ['nike 0-5 Ni-ke normalised 0.95']],
  ['ＳＯＮＹ headphones', ['sony 0-4 ＳＯＮＹ normalised 0.95']],
  ['S\u043Eny camera', ['sony 0-4 S\u043Eny confusable 0.9']],
  ['Ni\u200Bke cap', ['nike 0-5 Ni\u200Bke normalised 0.95']],
  ['Nestle chocolate', ['nestle 0-6 Nestle normalised 0.95']],
  ['Levis jeans', ['levis 0-5 Levis normalised 0.95']],
  ['Levi\u00B4s jeans', ['levis 0-6 Levi\u00B4s normalised 0.95']],
  ["Levi's jeans", ["levis 0-6 Levi's exact 1"]],
  ['Pokemon cards', ['pokemon 0-7 Pokemon normalised 0.95']],
  ['Poke\u0301mon cards', ['pokemon 0-8 Poke\u0301mon normalised 0.95']],
  ['Pokémon cards', ['pokemon 0-7 Pokémon exact 1']],
  ['ソニーのテレビ', ['sony 0-3 ソニー exact 1']],
  ['人気のポケモンカード', ['pokemon 3-7 ポケモン exact 1']],
  ['無印良品の棚', ['muji 0-4 無印良品 exact 1']],
  ['これはNIKEです', ['nike 3-7 NIKE exact 1']],
  ['X-box controller', ['xbox 0-5 X-box normalised 0.95']],
  ['Hello Kitty plush', ['hello-kitty 0-11 Hello Kitty exact 1']],
  ['HelloKitty plush', ['hello-kitty 0-10 HelloKitty normalised 0.95']],
  ['Hello-Kitty plush', ['hello-kitty 0-11 Hello-Kitty normalised 0.95']],
  ['Rayban glasses', ['ray-ban 0-6 Rayban normalised 0.95']],
  ['Ray Ban glasses', ['ray-ban 0-7 Ray Ban normalised 0.95']],
  ['Coca Cola glass', ['coca-cola 0-9 Coca Cola normalised 0.95']],
  ['Nikes for sale', ['nike 0-5 Nikes normalised 0.95']],
  ["Nike's logo", ['nike 0-4 Nike exact 1']],
  ['$amsung phone', ['samsung 0-7 $amsung leet 0.85']],
  ['Samsnug phone', ['samsung 0-7 Samsnug fuzzy 0.6']],
  ['Nike Air Max', ['nike 0-8 Nike Air exact 1']],
  ['fits Sony, Canon and Nike.', ['sony 5-9 Sony exact 1', 'canon 11-16 Canon exact 1', 'nike 21-25 Nike exact 1']],
];
for (const [input, expected] of found) {
  disguises(JSON.stringify(input), () => assert.equal(readings(matcher.scan(input)), expected));
}
disguises.run();

const traps = suite('compileMatcher: traps do not match');
for (const input of [
  'Dovetail joint',
  'Shellfish platter',
  'Canonical form',
  'Sonya and friends',
  'Phillips screwdriver',
  'Nikeisha',
  'apple cider vinegar',
  'Ni ke',
  'Sam sung',
  'N1 ke',
  '1000 items',
  'adding',
  '',
]) {
  traps(JSON.stringify(input), () => assert.equal(readings(matcher.scan(input)), []));
}
traps.run();

const ocr = suite('compileMatcher: OCR text');
const ocrCases: [string, string[]][] = [
  ['NI KE', ['nike 0-5 NI KE spaced 0.765']],
  ['Sam sung', ['samsung 0-8 Sam sung spaced 0.765']],
  ['Sarnsung', ['samsung 0-8 Sarnsung confusable 0.81']],
  ['NlKE', ['nike 0-4 NlKE confusable 0.81']],
  ['S0NY', ['sony 0-4 S0NY leet 0.85']],
];
for (const [input, expected] of ocrCases) {
  ocr(JSON.stringify(input), () => assert.equal(readings(matcher.scan(input, { ocr: true })), expected));
}
ocr('OCR readings are not used on listing text', () => {
  assert.equal(readings(matcher.scan('Sarnsung NlKE')), []);
});
ocr.run();

const resolution = suite('compileMatcher: one match per place');
resolution('the longest form wins over a shorter one inside it', () => {
  const own = compileMatcher([mark('air', 'Airwave'), mark('wave', 'Wave Pro')]);
  assert.equal(readings(own.scan('Airwave Pro')), ['air 0-7 Airwave exact 1']);
});
resolution('a generic phrase of another mark does not hide this mark', () => {
  const own = compileMatcher([mark('apple', 'Apple', [], ['apple cider']), mark('cider', 'Cider King')]);
  assert.equal(readings(own.scan('apple cider; Apple Watch')), ['apple 13-18 Apple exact 1']);
});
resolution('the matcher is reused: a second scan forgets the first', () => {
  matcher.scan('N1KE '.repeat(500));
  assert.equal(readings(matcher.scan('Sony')), ['sony 0-4 Sony exact 1']);
});
resolution('a mark of two letters is only found as written', () => {
  const own = compileMatcher([mark('lv', 'LV')]);
  assert.equal(readings(own.scan('LV bag, L V bag, L-V, 1V')), ['lv 0-2 LV exact 1', 'lv 17-20 L-V normalised 0.95']);
});
resolution('a model number written onto the mark ends it, letters do not', () => {
  const own = compileMatcher([mark('iphone', 'iPhone'), mark('sony', 'Sony')]);
  assert.equal(readings(own.scan('for iPhone15 and iPhone15対応, Sony55, Sony5x')), [
    'iphone 4-10 iPhone exact 1',
    'iphone 17-23 iPhone exact 1',
    'sony 29-33 Sony exact 1',
  ]);
});
resolution.run();

const prefilter = suite('compileMatcher: mayMatch on raw file text');
const rawCases: [string, boolean][] = [
  ['---\ntitle: "Voltix USB cable"\n---\nBraided nylon.\n', false],
  ['---\ntitle: "N1KE style runner"\n---\n', true],
  ['{"title": "N\\u0049KE runner"}', true],
  ['{"title": "Ni\\u200bke runner"}', true],
  ['title: "Ni\\\n  ke"', true],
  ['Body with **Ni**ke in it', true],
  ['Body with Nestl&eacute; in it', true],
  ['Body with &#x53;ony in it', true],
  ['Body with an &unknownentity; in it', true],
  ['{"bullets": ["Adiddas"]}', true],
  ['title: Dovetail shellfish canonical', false],
];
for (const [raw, expected] of rawCases) {
  prefilter(JSON.stringify(raw), () => assert.is(matcher.mayMatch(raw), expected));
}
prefilter.run();

const hostile = suite('compileMatcher: hostile input');
hostile('thousands of matches in one text stay one per place', () => {
  const matches = matcher.scan('N1KE '.repeat(20_000));
  assert.equal([matches.length, matches[19_999].start, matches[19_999].end], [20_000, 99_995, 99_999]);
});
hostile('binary, lone surrogates and a megabyte without separators find nothing', () => {
  assert.equal(matcher.scan('\uD800\u0000\uFFFF\uDFFF\u0301'.repeat(1000)), []);
  assert.equal(matcher.scan('a'.repeat(1_000_000)), []);
});
hostile.run();

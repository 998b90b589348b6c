// Issue #11 item 4: a mark written split or joined otherwise than the watchlist, and a doubled or
// dropped letter in a 4-letter mark. Marks are the matcher fixture's plus invented ones; every
// sentence is written here.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compileMatcher } from '../../src/match/compile-matcher.js';
import { doubledOrDropped } from '../../src/match/fuzzy-index.js';
import type { MarkMatch } from '../../src/types.js';
import { mark, realMarks } from './watchlist-marks.js';

const matcher = compileMatcher([
  ...realMarks,
  mark('brightloop', 'BrightLoop'),
  mark('quillbook', 'QUILLBOOK'),
  mark('summit-fox', 'The Summit Fox'),
  mark('the-ordinary-co', 'The Kettle'),
  mark('playdeck', 'PlayDeck', [], ['kids play deck']),
]);

function readings(matches: MarkMatch[]): string[] {
  return matches.map((m) => `${m.markId} ${m.start}-${m.end} ${m.text} ${m.strategy} ${m.confidence}`);
}

const split = suite('variant spellings: split and joined');
const splitCases: [string, string[]][] = [
  ['Bright Loop desk lamp', ['brightloop 0-11 Bright Loop normalised 0.9']],
  ['BRIGHT LOOP desk lamp', ['brightloop 0-11 BRIGHT LOOP normalised 0.9']],
  ['case for Quill Book 14', ['quillbook 9-19 Quill Book normalised 0.9']],
  ['Quill  Book sleeve', ['quillbook 0-11 Quill  Book normalised 0.9']],
  ['Bright Loops in stock', ['brightloop 0-12 Bright Loops normalised 0.9']],
  ['Bright-Loop lamp', ['brightloop 0-11 Bright-Loop normalised 0.95']],
  ['SummitFox jacket', ['summit-fox 0-9 SummitFox normalised 0.9']],
  ['Summit-Fox jacket', ['summit-fox 0-10 Summit-Fox normalised 0.9']],
  ['TheSummitFox jacket', ['summit-fox 0-12 TheSummitFox normalised 0.95']],
  ['The Summit Fox jacket', ['summit-fox 0-14 The Summit Fox exact 1']],
  ['Play Deck for toddlers', ['playdeck 0-9 Play Deck normalised 0.9']],
  ['Sam Sung phone', ['samsung 0-8 Sam Sung normalised 0.9']],
  ['Hello Kitty plush', ['hello-kitty 0-11 Hello Kitty exact 1']],
];
for (const [input, expected] of splitCases) {
  split(JSON.stringify(input), () => assert.equal(readings(matcher.scan(input)), expected));
}
split.run();

const splitTraps = suite('variant spellings: what is not a split or joined mark');
for (const input of [
  // The second part in lower case reads as words, not a name (and the OCR-only split stays OCR-only).
  'bright loop of wire',
  'Bright loop of wire',
  'Sam sung a song',
  // Punctuation or a line break between the parts ends the name.
  'Bright, Loop',
  'Bright\nLoop',
  'Bright / Loop',
  // Parts under three letters: a spacing, not a split.
  'Samsu Ng phone',
  // Without "The", a mark is found only joined; one word left is never a key.
  'Summit Fox jacket',
  'a summit fox sighting',
  'Kettle for the stove',
  // A generic phrase of the mark still hides it.
  'the kids play deck with slide',
  // Two spaces at most.
  'Bright    Loop',
]) {
  splitTraps(JSON.stringify(input), () => assert.equal(readings(matcher.scan(input)), []));
}
splitTraps.run();

const short = suite('variant spellings: a 4-letter mark with a doubled or dropped letter');
const shortCases: [string, string[]][] = [
  ['Nikke running shoes', ['nike 0-5 Nikke fuzzy 0.6']],
  ['Nikee socks', ['nike 0-5 Nikee fuzzy 0.6']],
  ['Nke socks', ['nike 0-3 Nke fuzzy 0.6']],
  ['Soony headphones', ['sony 0-5 Soony fuzzy 0.6']],
  ['Doove soap bar', ['dove 0-5 Doove fuzzy 0.6']],
  ['Xboxx controller', ['xbox 0-5 Xboxx fuzzy 0.6']],
  ['fits Mujji boxes', ['muji 5-10 Mujji fuzzy 0.6']],
];
for (const [input, expected] of shortCases) {
  short(JSON.stringify(input), () => assert.equal(readings(matcher.scan(input)), expected));
}
for (const input of [
  // Dictionary words and given names.
  'Sonny and his son',
  'Sonya and friends',
  'Nik and Ike',
  'Dover sole and Sonja',
  'Mike and Nick',
  // A changed or swapped letter is not enough in four letters; the first letter is never dropped.
  'Nkie Sany Dofe',
  'Ike',
  // Three capitals read as an abbreviation.
  'NKE DVE',
]) {
  short(`trap ${JSON.stringify(input)}`, () => assert.equal(readings(matcher.scan(input)), []));
}
short('doubledOrDropped: one doubled letter, or one dropped letter after the first', () => {
  const codes = (word: string) => [...word].map((char) => char.charCodeAt(0));
  const table: [string, boolean][] = [
    ['nnike', true], ['niike', true], ['nikke', true], ['nikee', true], ['nke', true], ['nie', true], ['nik', true],
    ['ike', false], ['nikie', false], ['nkie', false], ['mike', false], ['nikes', false], ['nikeee', false],
  ];
  assert.equal(table.map(([word]) => [word, doubledOrDropped(codes(word), codes('nike'))]), table);
});
short.run();

const prefilter = suite('variant spellings: mayMatch admits them');
const rawCases: [string, boolean][] = [
  ['---\ntitle: "Bright Loop lamp"\n---\n', true],
  ['---\ntitle: "Lamp"\n---\nFits the Quill Book.\n', true],
  ['{"title": "SummitFox parka"}', true],
  ['title: Nikke trainers', true],
  ['title: bright loop of wire, summit fox, Sonny', false],
];
for (const [raw, expected] of rawCases) {
  prefilter(JSON.stringify(raw), () => assert.is(matcher.mayMatch(raw), expected));
}
prefilter.run();

const cache = suite('variant spellings: the word cache does not hide a later split');
cache('a word first seen before a lower-case word still starts a split before a capital', () => {
  const own = compileMatcher([mark('brightloop', 'BrightLoop')]);
  assert.is(own.mayMatch('a Bright idea'), false);
  assert.equal(readings(own.scan('a Bright idea')), []);
  assert.is(own.mayMatch('a Bright Loop lamp'), true);
  assert.equal(readings(own.scan('a Bright Loop lamp')), ['brightloop 2-13 Bright Loop normalised 0.9']);
  assert.equal(readings(own.scan('Bright 2 Bright Loop')), ['brightloop 9-20 Bright Loop normalised 0.9']);
});
cache.run();

// Issue #11 item 4 through `trademark/text` with the real matcher: a split or joined spelling is a
// variant that takes the use of its construction (never a disguise), a deliberate spacing stays a
// disguise, and a 4-letter near miss is an accidental misspelling. Marks are the fixture's plus
// invented ones; every sentence is written here.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compileMatcher } from '../../src/match/compile-matcher.js';
import { trademarkTextRule as rule } from '../../src/rules/trademark/text.js';
import type { Mark, Registration } from '../../src/types.js';
import { listing, marks, runRule } from '../legal/fixture-listing.js';

const reg = (classes: number[]): Registration => ({ office: 'USPTO', number: '9000001', classes, status: 'registered' });
const invented = (id: string, text: string, owner: string, classes: number[], genericPhrases: string[] = []): Mark => ({
  id, mark: text, owner, famous: false, variants: [], genericPhrases, registrations: [reg(classes)], source: { file: 'watchlist.yaml', line: 1 },
});
const all = [
  ...marks,
  invented('brightloop', 'BrightLoop', 'Brightloop Lighting', [9, 11]),
  invented('quillbook', 'QUILLBOOK', 'Quill Computers', [9]),
  invented('sony', 'Sony', 'Sony owner', [9]),
  invented('summit-fox', 'The Summit Fox', 'Summit Fox Apparel', [25]),
  invented('playdeck', 'PlayDeck', 'Playdeck Toys', [28], ['kids play deck']),
];
const watched = { marks: new Map(all.map((entry) => [entry.id, entry])), matcher: compileMatcher(all), files: ['watchlist.yaml'], hash: 'test' };

/** [name, category, field, text, expected findings as `mark matched strategy severity use cause`]. */
type Row = [name: string, category: string, field: 'title' | 'bullets', text: string, expected: string[]];
const rows: Row[] = [
  ['split mark in a compatibility list stays nominative', 'electronics', 'bullets', 'Compatible with Zentro, Bright Loop and Sony lamps', [
    'zentro Zentro exact warning nominative compatibility',
    'brightloop Bright Loop normalised warning nominative list-item',
    'sony Sony exact warning nominative list-item',
  ]],
  ['split mark after a compatibility cue', 'electronics', 'bullets', 'Replacement shade for Bright Loop lamps', [
    'brightloop Bright Loop normalised warning nominative compatibility',
  ]],
  ['two split marks in one list', 'electronics', 'bullets', 'Sleeve for Quill Book, Bright Loop and Sony devices', [
    'quillbook Quill Book normalised warning nominative compatibility',
    'brightloop Bright Loop normalised warning nominative list-item',
    'sony Sony exact warning nominative list-item',
  ]],
  ['split mark as the first word of the title is the brand', 'electronics', 'title', 'Bright Loop desk lamp', [
    'brightloop Bright Loop normalised error brand first-word',
  ]],
  ['joined without "The" after a compatibility cue', 'toys', 'bullets', 'Fits Summit-Fox and North-Trail racks', [
    'summit-fox Summit-Fox normalised warning nominative compatibility',
  ]],
  ['joined without "The" before "style" is comparison phrasing', 'shoes', 'title', 'SummitFox style parka', [
    'summit-fox SummitFox normalised error counterfeit counterfeit-phrase',
  ]],
  ['deliberate spacing stays a disguise, even after a cue', 'electronics', 'bullets', 'Remote for S o n y TVs', [
    'sony S o n y spaced error brand disguise',
  ]],
  ['doubled letter in a list is an accidental misspelling: nominative', 'shoes', 'bullets', 'Laces for Nikke runners', [
    'nike Nikke fuzzy warning nominative compatibility',
  ]],
  ['doubled letter as the first word of the title is the brand', 'shoes', 'title', 'Nikke running shoes', [
    'nike Nikke fuzzy error brand first-word',
  ]],
  ['dropped letter in the title is brand-like', 'shoes', 'title', 'Voltix Nke trainers', ['nike Nke fuzzy error brand plain']],
  ['split mark of two words: a colour after it is ordinary sense', 'toys', 'title', 'Voltix Play Deck Grey', []],
  ['split mark of two words: lower case is words, not the mark', 'toys', 'bullets', 'a sturdy play deck for the garden', []],
  ['split mark of two words: the generic phrase hides it', 'toys', 'bullets', 'Great for Kids Play Deck fun', []],
  ['split mark of two words after a cue is the mark', 'toys', 'bullets', 'Storage bin for Play Deck sets', [
    'playdeck Play Deck normalised warning nominative compatibility',
  ]],
  ['a given name is not a near miss', 'electronics', 'bullets', 'Designed by Sonny in Leeds', []],
];

const table = suite('trademark/text: split, joined and near-miss spellings');
for (const [name, category, field, text, expected] of rows) {
  table(name, () => {
    const spec = { brand: 'Voltix', marketplace: 'amazon.com', category, title: field === 'title' ? text : 'Voltix item', ...(field === 'bullets' ? { bullets: [text] } : {}) };
    const facts = runRule(rule, listing(spec), undefined, watched);
    assert.equal(facts.map((fact) => `${fact.markId} ${fact.matchedText} ${fact.strategy} ${fact.severity} ${fact.use} ${fact.cause}`), expected);
  });
}
table.run();

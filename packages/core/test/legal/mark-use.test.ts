import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readUse, type UseInput } from '../../src/legal/mark-use.js';

/** Reads the use of `mark` (its first occurrence) in `text`. */
function read(text: string, mark: string, overrides: Partial<UseInput> = {}) {
  const start = text.indexOf(mark);
  return readUse({ text, start, end: start + mark.length, field: 'bullets[0]', source: 'text', strategy: 'exact', fashion: false, title: '', ...overrides });
}

const cases: Array<[string, string, Partial<UseInput>, string, string, string | undefined]> = [
  ['plain', 'Great Nike shoes', {}, 'brand', 'plain', undefined],
  ['brand field', 'Nike', { field: 'brand' }, 'brand', 'brand-field', undefined],
  ['first word of the title', '  Nike running shoes', { field: 'title' }, 'brand', 'first-word', undefined],
  ['first word of a bullet is not the title', 'Nike running shoes', {}, 'brand', 'plain', undefined],
  ['-style', 'Bag, Birkin-style', {}, 'counterfeit', 'counterfeit-phrase', '-style'],
  ['style', 'Chanel style quilted bag', {}, 'counterfeit', 'counterfeit-phrase', 'style'],
  ['-like', 'a Rolex-like watch', {}, 'counterfeit', 'counterfeit-phrase', '-like'],
  ['inspired by the', 'inspired by the Chanel classic', {}, 'counterfeit', 'counterfeit-phrase', 'inspired by'],
  ['dupe before', 'dupe Stanley tumbler', {}, 'counterfeit', 'counterfeit-phrase', 'dupe'],
  ['replica', 'Replica Rolex', {}, 'counterfeit', 'counterfeit-phrase', 'replica'],
  ['knockoff', 'knock-off Gucci belt', {}, 'counterfeit', 'counterfeit-phrase', 'knock-off'],
  ['similar to', 'similar to Dyson', {}, 'counterfeit', 'comparison', 'similar to'],
  ['better than', 'sounds better than AirPods', {}, 'counterfeit', 'comparison', 'better than'],
  ['counterfeit beats the first word', 'Nike-style sneakers', { field: 'title' }, 'counterfeit', 'counterfeit-phrase', '-style'],
  ['Japanese 風', 'ナイキ風 スニーカー', {}, 'counterfeit', 'counterfeit-phrase', '風'],
  ['disguised', 'Great N1ke shoes', { strategy: 'leet' }, 'brand', 'disguise', undefined],
  ['OCR confusions are not disguises', 'case for Apple iPhone', { strategy: 'fuzzy', source: 'image' }, 'nominative', 'compatibility', 'for'],
  ['compatible with', 'Compatible with Apple iPhone 15', {}, 'nominative', 'compatibility', 'compatible with'],
  ['fits the', 'fits the Apple Watch', {}, 'nominative', 'compatibility', 'fits'],
  ['replacement for', 'replacement for Dyson V8 filter', {}, 'nominative', 'compatibility', 'replacement for'],
  ['designed for', 'designed for Samsung Galaxy S24', {}, 'nominative', 'compatibility', 'designed for'],
  ['a list after a compatibility phrase', 'compatible with iPhone 15 and Samsung Galaxy', {}, 'nominative', 'list-item', 'compatible with'],
  ['mark then compatible', 'Samsung Galaxy compatible', {}, 'nominative', 'compatibility', 'compatible'],
  ['kompatibel mit', 'kompatibel mit Apple iPhone', {}, 'nominative', 'compatibility', 'kompatibel mit'],
  ['für + model', 'Hülle für Apple iPhone 15', {}, 'nominative', 'compatibility', 'für'],
  ['互換', 'Apple 互換 ケーブル', {}, 'nominative', 'compatibility', '互換'],
  ['用 after a model', 'Apple iPhone15用', {}, 'nominative', 'compatibility', '用'],
  ['bare 用 on fashion', 'ナイキ用', { fashion: true }, 'brand', 'plain', '用'],
  ['bare for outside fashion', 'Charger for Samsung', {}, 'nominative', 'compatibility', 'for'],
  ['bare for on fashion', 'Necklace for Tiffany', { fashion: true }, 'brand', 'plain', 'for'],
  ['for + product on fashion', 'Laces for Nike Air Max 90', { fashion: true }, 'nominative', 'compatibility', 'for'],
  ['for + audience word on fashion', 'Shirt for Nike fans', { fashion: true }, 'brand', 'plain', 'for'],
  ['"for men, Nike" is not a list of products', 'Shoes for men, Nike', {}, 'brand', 'plain', undefined],
  ['modifier of an accessory noun', 'Voltix Apple Watch Band', {}, 'nominative', 'compatibility', 'band'],
  ['plural accessory noun', 'Stanley tumbler lids, 2 pack', {}, 'nominative', 'compatibility', 'lids'],
  ['model name in an accessory listing', 'Voltix screen protector, Apple iPhone 15', { title: 'Voltix screen protector' }, 'nominative', 'compatibility', 'protector'],
  ['model name in a non-accessory listing', 'Apple iPhone 15 Pro, refurbished', { title: 'Refurbished phone' }, 'brand', 'plain', undefined],
  ['the accessory noun must be in the clause', 'Great Nike, case included', {}, 'brand', 'plain', undefined],
];

const use = suite('readUse');
for (const [name, text, overrides, expectedUse, cause, phrase] of cases) {
  const mark = ['N1ke', 'Nike', 'Birkin', 'Chanel', 'Rolex', 'Stanley', 'Gucci', 'Dyson', 'AirPods', 'ナイキ', 'Apple', 'Samsung', 'Tiffany']
    .find((candidate) => text.includes(candidate)) as string;
  use(name, () => {
    const reading = read(text, mark, overrides);
    assert.equal([reading.use, reading.cause, reading.phrase], [expectedUse, cause, phrase]);
  });
}
use.run();

// design.md "How a mark is used" and "Ordinary sense", construction by construction, on synthetic
// sentences: the exact use, cause and severity of each. Marks are the test watchlist's (fixture-listing.ts)
// plus invented ones; every sentence is written here.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { assessMatch } from '../../src/legal/assess-match.js';
import { readUse, type UseInput } from '../../src/legal/mark-use.js';
import type { LintSettings, Mark, MarkMatch, Registration } from '../../src/types.js';
import { listing, marks, settings, type ListingSpec } from './fixture-listing.js';

const reg = (classes: number[]): Registration => ({ office: 'USPTO', number: '9000001', classes, status: 'registered' });
const invented = (id: string, text: string, owner: string, classes: number[]): Mark => ({
  id, mark: text, owner, famous: false, variants: [], genericPhrases: [], registrations: [reg(classes)], source: { file: 'watchlist.yaml', line: 1 },
});
/** Invented marks beside the fixture's: phones, tablets, apps, chips, TVs, toys. */
const extra: Mark[] = [
  invented('quorra', 'Quorra', 'Quorra Devices Inc.', [9]),
  invented('pelion', 'Pelion', 'Pelion Mobile Ltd', [9]),
  invented('vantix', 'Vantix', 'Vantix Corp', [9]),
  invented('streamly', 'Streamly', 'Streamly Media', [9, 38, 41]),
  invented('flixora', 'Flixora', 'Flixora Inc.', [9, 41]),
  invented('korvex', 'Korvex', 'Korvex Semiconductor', [9]),
  invented('zyntos', 'Zyntos OS', 'Zyntos Software', [9]),
  invented('brixel', 'Brixel', 'Brixel Toys', [28]),
  invented('clavo', 'Clavo', 'Clavo Switch Co.', [9]),
  invented('surface', 'Surface', 'Tablet Makers Inc.', [9]),
  invented('echo', 'Echo', 'Speaker Makers Inc.', [9]),
  invented('cars', 'Cars', 'Film Studio Inc.', [28]),
  invented('frozen', 'Frozen', 'Film Studio Inc.', [28, 30]),
  invented('shell', 'Shell', 'Oil Company plc', [4, 3]),
  invented('jordan', 'Jordan', 'Sneaker Brand Inc.', [25]),
  invented('amazonas', 'Amazon', 'Online Store Inc.', [9, 35]),
  invented('parrot', 'Parrot', 'Drone Makers SA', [9, 28]),
];
const all = [...marks, ...extra];

const electronics: ListingSpec = { marketplace: 'amazon.com', category: 'electronics', title: 'Voltix USB-C cable' };
const toys: ListingSpec = { marketplace: 'amazon.com', category: 'toys', title: 'Wooden train set' };
const shoes: ListingSpec = { marketplace: 'amazon.com', category: 'shoes', title: 'Running shoes' };
const jewellery: ListingSpec = { marketplace: 'amazon.com', classes: [14], title: 'Silver necklace' };
const kitchen: ListingSpec = { marketplace: 'amazon.com', classes: [21, 28, 30, 3, 4, 9, 25], title: 'Kitchen set' };

type Row = [name: string, spec: ListingSpec, field: string, text: string, mark: string, use: string | undefined, cause: string | undefined, severity: string | undefined];

/** [name, listing, field, text, matched text, use, cause, severity] — use/cause undefined: no finding. */
const rows: Row[] = [
  // nominative: compatibility, and every item of the list the cue introduces
  ['compatible with', electronics, 'bullets[0]', 'Compatible with Quorra X2 phones', 'Quorra', 'nominative', 'compatibility', 'warning'],
  ['for + list: first item', electronics, 'bullets[0]', 'Made for Quorra, Pelion and Vantix phones', 'Quorra', 'nominative', 'compatibility', 'warning'],
  ['for + list: comma item', electronics, 'bullets[0]', 'Made for Quorra, Pelion and Vantix phones', 'Pelion', 'nominative', 'list-item', 'warning'],
  ['for + list: and item', electronics, 'bullets[0]', 'Made for Quorra, Pelion and Vantix phones', 'Vantix', 'nominative', 'list-item', 'warning'],
  ['parenthesised list with etc.', electronics, 'bullets[0]', 'Stand for laptops (Quorra, Pelion, Vantix etc.)', 'Vantix', 'nominative', 'list-item', 'warning'],
  ['slash list', electronics, 'bullets[0]', 'Wall mount for Quorra/Pelion/Vantix TVs', 'Pelion', 'nominative', 'list-item', 'warning'],
  ['product words between cue and mark', electronics, 'bullets[0]', 'fits Voltix Apple MacBook Air', 'Apple', 'nominative', 'compatibility', 'warning'],
  ['space-separated list after fits', toys, 'title', 'Train track pieces Fits Quorra Brixel Pelion sets', 'Brixel', 'nominative', 'compatibility', 'warning'],
  ['examples after "brands like"', electronics, 'bullets[0]', 'Works with all brands like Quorra, Pelion, Vantix', 'Vantix', 'nominative', 'list-item', 'warning'],
  ['such as', electronics, 'bullets[0]', 'Holds tablets such as Quorra Tab and Pelion Pad', 'Pelion', 'nominative', 'list-item', 'warning'],
  ['a misspelling inside the list stays nominative', electronics, 'bullets[0]', 'Compatible with Quorra and Stanly bottles', 'Stanly', 'nominative', 'list-item', 'warning'],
  ['mark + model + accessory noun', electronics, 'keywords', 'quorra x2 pro case', 'quorra', 'nominative', 'compatibility', 'warning'],
  ['compatibility later in the title beats the first word', electronics, 'title', 'Quorra Remote Replacement for Quorra Stream Box', 'Quorra', 'nominative', 'compatibility', 'warning'],
  // nominative: platform, app, component
  ['supported apps label', electronics, 'bullets[3]', 'Supported Apps: Streamly, Flixora', 'Flixora', 'nominative', 'platform', 'warning'],
  ['streams', electronics, 'bullets[0]', 'Streams Streamly and Flixora in 4K', 'Streamly', 'nominative', 'platform', 'warning'],
  ['ships with an OS', electronics, 'bullets[0]', 'Ships with Zyntos OS 14', 'Zyntos OS', 'nominative', 'platform', 'warning'],
  ['genuine component', electronics, 'bullets[0]', 'Clavo switches for a crisp click', 'Clavo', 'nominative', 'component', 'warning'],
  ['chip inside', electronics, 'bullets[0]', 'Korvex chip inside', 'Korvex', 'nominative', 'component', 'warning'],
  ['bare app name in a device bullet', electronics, 'bullets[5]', 'Flixora', 'Flixora', 'nominative', 'platform', 'warning'],
  // nominative: reference
  ['disclaimer', toys, 'bullets[0]', 'Not affiliated with or endorsed by Brixel', 'Brixel', 'nominative', 'disclaimer', 'warning'],
  ['trademark notice', toys, 'bullets[0]', 'Brixel is a trademark of Brixel Toys', 'Brixel', 'nominative', 'disclaimer', 'warning'],
  ['certification', electronics, 'bullets[0]', 'Cable certified by Quorra', 'Quorra', 'nominative', 'certification', 'warning'],
  ['certified after the mark', electronics, 'title', 'Voltix Quorra MFi Certified Cable', 'Quorra', 'nominative', 'certification', 'warning'],
  ['history', toys, 'bullets[0]', 'First sold at the Brixel Store in 1999', 'Brixel', 'nominative', 'reference', 'warning'],
  // brand-like: comparison and counterfeit phrasing
  ['just like', shoes, 'bullets[0]', 'Feels just like Nike runners', 'Nike', 'counterfeit', 'comparison', 'error'],
  ['dupe', kitchen, 'title', 'Stanley dupe tumbler 40oz', 'Stanley', 'counterfeit', 'counterfeit-phrase', 'error'],
  ['inspired by', jewellery, 'title', 'Bracelet inspired by Tiffany', 'Tiffany', 'counterfeit', 'counterfeit-phrase', 'error'],
  ['vs', electronics, 'bullets[0]', 'Voltix vs Quorra: twice the battery', 'Quorra', 'counterfeit', 'comparison', 'error'],
  // brand-like: presentation
  ['first word of the title', toys, 'title', 'Brixel castle building kit', 'Brixel', 'brand', 'first-word', 'error'],
  ['brand field', toys, 'brand', 'Brixel', 'Brixel', 'brand', 'brand-field', 'error'],
  ['official licensed', toys, 'bullets[0]', 'Official Brixel licensed product', 'Brixel', 'brand', 'official', 'error'],
  ['mark + own goods noun', shoes, 'bullets[0]', 'Classic Nike running shoes', 'Nike', 'brand', 'product-name', 'error'],
  ['bare for on jewellery', jewellery, 'title', 'Silver necklace for Tiffany', 'Tiffany', 'brand', 'plain', 'error'],
  ['deliberate disguise in a list stays brand-like', shoes, 'bullets[0]', 'Laces for N1ke runners', 'N1ke', 'brand', 'disguise', 'error'],
  ['keyword stuffing', toys, 'keywords', 'castle Brixel blocks', 'Brixel', 'brand', 'plain', 'error'],
  // ordinary sense: no finding, famous marks included
  ['compound: crab apple', kitchen, 'bullets[0]', 'Crab Apple jelly', 'Apple', undefined, undefined, undefined],
  ['compound: bumper cars', toys, 'title', 'Voltix Remote Control Bumper Cars for two', 'Cars', undefined, undefined, undefined],
  ['compound: mourning dove', kitchen, 'bullets[0]', 'a print of a Mourning Dove', 'Dove', undefined, undefined, undefined],
  ['kind: a modifier defined by the word', toys, 'title', 'Voltix Amazon Parrot Hand Puppet', 'Parrot', undefined, undefined, undefined],
  ['count: 2 cars', toys, 'title', 'Voltix Racing Set with 2 Cars', 'Cars', undefined, undefined, undefined],
  ['determiner: any surface', electronics, 'bullets[0]', 'Grips any surface', 'surface', undefined, undefined, undefined],
  ['lower case noun: echo', electronics, 'bullets[0]', 'cuts echo and noise', 'echo', undefined, undefined, undefined],
  ['adjective before: flat surface', electronics, 'bullets[0]', 'Place it on a Flat Surface', 'Surface', undefined, undefined, undefined],
  ['colour: dove grey', kitchen, 'bullets[0]', 'Colour: Dove White', 'Dove', undefined, undefined, undefined],
  ['place name: the Amazon basin', kitchen, 'bullets[0]', 'Beans from the Amazon basin', 'Amazon', undefined, undefined, undefined],
  ['verb: shell the peas', kitchen, 'bullets[0]', 'Use it to shell the peas', 'shell', undefined, undefined, undefined],
  ['title case: frozen potatoes', kitchen, 'title', 'Voltix Bag for Frozen Potatoes', 'Frozen', undefined, undefined, undefined],
  ['a name in a list is the name', electronics, 'bullets[0]', 'Fits tablets such as Quorra Tab, surface, Pelion Pad', 'surface', 'nominative', 'list-item', 'warning'],
];

const table = suite('use constructions');
for (const [name, spec, field, text, matched, use, cause, severity] of rows) {
  table(name, () => {
    const start = text.indexOf(matched);
    const mark = all.find((entry) => [entry.mark, ...entry.variants].some((form) => form.toLowerCase() === matched.toLowerCase())) ??
      all.find((entry) => entry.id === (matched === 'N1ke' ? 'nike' : matched === 'Stanly' ? 'stanley' : ''));
    assert.ok(mark, `no mark for ${matched}`);
    const strategy = matched === 'N1ke' ? 'leet' : matched === 'Stanly' ? 'fuzzy' : 'exact';
    const match: MarkMatch = { markId: mark.id, start, end: start + matched.length, text: matched, strategy, confidence: 1 };
    const subject = listing({ ...spec, ...(field === 'title' ? { title: text } : {}) });
    const goods = spec.category === 'electronics';
    const reading = readUse({
      text, start, end: match.end, field, source: 'text', strategy, title: field === 'title' ? text : spec.title ?? '',
      fashion: spec.category === 'shoes' || (spec.classes?.includes(14) ?? false), device: goods,
    });
    const assessment = assessMatch({ listing: subject, settings: settings(), mark, match, text, field, source: 'text' });
    if (use === undefined) {
      assert.is(assessment, undefined, `${reading.use}/${reading.cause}`);
    } else {
      assert.equal([reading.use, reading.cause, assessment?.severity], [use, cause, severity]);
    }
  });
}
table.run();

const owners = suite('same owner');
const own = (config: Partial<LintSettings>, brand: string, markId: string) => {
  const mark = all.find((entry) => entry.id === markId) as Mark;
  const text = `${mark.mark} inside`;
  const match: MarkMatch = { markId, start: 0, end: mark.mark.length, text: mark.mark, strategy: 'exact', confidence: 1 };
  return assessMatch({
    listing: listing({ ...electronics, brand }), settings: settings(config), mark, match, text, field: 'bullets[0]', source: 'text',
    marks: new Map(all.map((entry) => [entry.id, entry])),
  });
};
owners('a mark of the owner of the listing brand is the seller\'s own', () => {
  assert.is(own({}, 'Frozen', 'cars'), undefined);
});
owners('seller.brands names the owner of a brand that is not a watchlist mark', () => {
  assert.ok(own({}, 'Snowcap', 'cars'));
  assert.is(own({ sellerBrands: [{ name: 'Snowcap', owner: 'Film Studio Inc.' }] }, 'Snowcap', 'cars'), undefined);
});
owners('another owner\'s mark is still reported', () => {
  assert.ok(own({}, 'Frozen', 'quorra'));
});
owners.run();

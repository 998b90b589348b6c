import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { builtinRules } from '../../src/rules/index.js';
import type { ImageRef, ImageText, Location } from '../../src/types.js';
import { field, listing, messageOf, runRule, settings } from '../legal/fixture-listing.js';

// Each row: a sentence, then the phrases the rule reports in it with their columns ([] for a hard negative).
type Row = [text: string, expected: Array<[phrase: string, column: number]>];

const tables: Record<string, Row[]> = {
  'claims/pesticide': [
    ['Antibacterial bamboo cutting board', [['Antibacterial', 1]]],
    ['Kills 99.9% of germs on kitchen surfaces', [['Kills 99.9% of germs', 1]]],
    ['Silver-ion coating is anti-microbial and antiviral', [['anti-microbial', 23], ['antiviral', 42]]],
    ['Prevents mold growth in your shower', [['Prevents mold growth', 1]]],
    ['Spray disinfects and repels mosquitoes', [['disinfects', 7], ['repels mosquitoes', 22]]],
    ['Removes 99.9% of bacteria from the water', [['99.9% of bacteria', 9]]],
    // hard negatives
    ['Mold-resistant silicone that is easy to clean', []],
    ['BPA free, dishwasher safe and resists stains', []],
    ['Antimicrobial treatment protects the mat itself from odour', []],
    ['Mildew resistant shower curtain liner', []],
  ],
  'claims/drug': [
    ['Copper bracelet cures arthritis', [['cures arthritis', 17]]],
    ['Helps prevent the flu and COVID-19', [['prevent the flu', 7]]],
    ['Tea that treats the symptoms of diabetes', [['treats the symptoms of diabetes', 10]]],
    ['Mask protects against COVID-19', [['protects against COVID-19', 6]]],
    ['Balm relieves eczema. Proceeds support AIDS research', [['relieves eczema', 6]]],
    ['Supplement fights AIDS', [['fights AIDS', 12]]],
    // hard negatives
    ['Grain-free dog treats for senior dogs with arthritis', []],
    ['Arthritis-friendly grip, suitable for people with diabetes', []],
    ['Rechargeable hearing aids case; aids digestion', []],
    ['Resin cures in 24 hours and prevents scratches', []],
  ],
  'claims/certification': [
    ['Charger is CE certified and UL listed', [['CE certified', 12], ['UL listed', 29]]],
    ['FDA approved silicone', [['FDA approved', 1]]],
    ['Cleared by the FDA as a class II device', [['Cleared by the FDA', 1]]],
    ['FCC approved wireless earbuds', [['FCC approved', 1]]],
    ['Made in an FDA registered facility', [['FDA registered', 12]]],
    // hard negatives
    ['CE and UL marks on the plug', []],
    ['FCC approved; FCC ID: 2ABCD-X100', []],
    ['Meets FDA food-contact requirements; UL registered trademark', []],
    ['ce certified in lower case is no mark', []],
  ],
  'claims/environmental': [
    ['Eco-friendly bamboo toothbrush', [['Eco-friendly', 1]]],
    ['Biodegradable and compostable bags', [['Biodegradable', 1], ['compostable', 19]]],
    ['Environmentally friendly packaging', [['Environmentally friendly', 1]]],
    ['Carbon neutral shipping. Made with 80% recycled paper', [['Carbon neutral', 1]]],
    // hard negatives
    ['Compostable in industrial composting facilities, certified to EN 13432', []],
    ['Made with 80% recycled paper; recyclable where facilities exist', []],
    ['Non-biodegradable glitter, not compostable', []],
    ['Home compostable within 180 days', []],
  ],
};

for (const [ruleId, rows] of Object.entries(tables)) {
  const test = suite(ruleId);
  const rule = builtinRules.get(ruleId)!;
  for (const [text, expected] of rows) {
    test(`${expected.length === 0 ? 'not a claim' : 'claim'}: ${text}`, () => {
      const facts = runRule(rule, { ...listing({ marketplace: 'walmart.com' }), fields: [field('bullets[0]', text)] });
      assert.equal(
        facts.map((fact) => [text.slice(fact.location.column - 1, fact.location.endColumn - 1), fact.location.column]),
        expected,
      );
      for (const fact of facts) assert.is(fact.phrase, text.slice(fact.location.column - 1, fact.location.endColumn - 1).toLowerCase());
    });
  }
  test.run();
}

const messages = suite('claims messages and scope');

messages('each finding names the phrase and the policy behind it', () => {
  const subject = { ...listing({}), fields: [field('title', 'Antibacterial board cures arthritis, FDA approved, eco-friendly')] };
  const worded = ['claims/pesticide', 'claims/drug', 'claims/certification', 'claims/environmental'].map((id) => {
    const rule = builtinRules.get(id)!;
    return runRule(rule, subject).map((fact) => messageOf(rule, fact));
  });
  assert.equal(worded, [
    ['"Antibacterial" is a pesticide claim: goods that kill or keep off germs, mould or pests need an EPA registration (FIFRA; Amazon pesticide policy): remove it, or limit it to protecting the product itself'],
    ['"cures arthritis" is a disease claim (arthritis): only approved drugs may claim to cure, treat or prevent a disease (FD&C Act; Amazon prohibited product claims): remove it'],
    ['"FDA approved" is a certification claim: the FDA approves drugs and clears some devices; registration is no approval: remove it unless the FDA approved or cleared this product, and name the number'],
    ['"eco-friendly" is an unqualified environmental claim (FTC Green Guides): say what makes it true (material, standard, conditions), or remove it'],
  ]);
});

messages('claims apply on every marketplace and without one (the law does not depend on the shop)', () => {
  const rule = builtinRules.get('claims/pesticide')!;
  for (const marketplace of ['amazon.de', 'shopify', undefined]) {
    assert.is(runRule(rule, { ...listing({ marketplace }), fields: [field('title', 'Antibacterial mat')] }).length, 1, String(marketplace));
  }
});

const at: Location = { line: 9, column: 5, endLine: 9, endColumn: 14 };
const ref = (path: string, index: number): ImageRef => ({ field: `images[${index}]`, written: path, path, absolutePath: undefined, location: at });
const read = (lines: Array<[string, number]>): ImageText => ({
  ok: true,
  width: 800,
  height: 800,
  lines: lines.map(([text, confidence], i) => ({ text, confidence, bbox: { x: 10, y: 60 * i, width: 400, height: 50 } })),
  engine: 'paddle',
});

messages('claims on images: the OCR lines are read like text; the finding points at the image with the box of the phrase', () => {
  const images = new Map([
    ['side.jpg', read([['Premium bamboo', 0.95], ['Kills 99.9% of germs', 0.9], ['easy to clean', 0.97]])],
    ['back.jpg', read([['Prevents mold', 0.2]])],
  ]);
  const rule = builtinRules.get('claims/pesticide')!;
  const facts = runRule(rule, { ...listing({ title: 'Board' }), images: [ref('side.jpg', 0), ref('back.jpg', 1)] }, settings({ images }));
  assert.equal(facts.map((fact) => [fact.field, fact.location, fact.image, fact.phrase]), [
    ['images[0]', at, { path: 'side.jpg', bbox: { x: 10, y: 60, width: 400, height: 50 }, confidence: 0.9 }, 'kills 99.9% of germs'],
  ]);
  assert.is(
    messageOf(rule, facts[0]),
    'Image `side.jpg` reads "Kills 99.9% of germs", which is a pesticide claim: goods that kill or keep off germs, mould or pests need an EPA registration (FIFRA; Amazon pesticide policy): remove it, or limit it to protecting the product itself',
  );
});

messages.run();

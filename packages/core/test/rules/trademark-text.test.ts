import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { trademarkTextRule as rule } from '../../src/rules/trademark/text.js';
import type { LintSettings } from '../../src/types.js';
import { listing, messageOf, runRule, settings, type ListingSpec } from '../legal/fixture-listing.js';

/** [severity, use, territory, field, column, message] of one expected finding. */
type Expected = [string, string, string, string, number, string];

interface Row {
  name: string;
  spec: ListingSpec;
  settings?: Partial<LintSettings>;
  expected: Expected[];
}

// Every listing sells under the seller's own brand Voltix (itself a watched mark: never flagged).
const own = { brand: 'Voltix' };
const nikeUs = '(Nike, Inc.; USPTO 0978952, classes 18, 25)';
const appleUs = '(Apple Inc.; USPTO 1078312, class 9)';
const stanleyUs = '(PMI Worldwide LLC; USPTO 3456789, class 21)';
const compat = (phrase: string) => `compatibility use (\`${phrase}\`), allowed only as the plain name of the product it fits`;
const fake = (phrase: string) => `\`${phrase}\` is counterfeit or comparison phrasing, never a compatibility use`;
const firstWord = 'a third-party mark as the first word of the title reads as the brand';

const rows: Row[] = [
  // Territory × class × famous, brand-like use.
  {
    name: 'brand-like, US registration covers the class → error',
    spec: { ...own, marketplace: 'amazon.com', category: 'shoes', title: 'Voltix running shoes, Nike look' },
    expected: [['error', 'brand', 'US', 'title', 23, `\`Nike\` ${nikeUs} in \`title\`: registered in US for class 25, which covers this listing (shoes)`]],
  },
  {
    name: 'famous mark in an unrelated class → error',
    spec: { ...own, marketplace: 'amazon.com', category: 'kitchen', title: 'Kitchen towel with Nike print' },
    expected: [['error', 'brand', 'US', 'title', 20, `\`Nike\` ${nikeUs} in \`title\`: famous mark registered in US: protected in every class, this listing (kitchen) included`]],
  },
  {
    name: 'not famous, registered only for unrelated classes → warning',
    spec: { ...own, marketplace: 'amazon.com', category: 'electronics', title: 'Voltix Stanley power bank' },
    expected: [['warning', 'brand', 'US', 'title', 8, `\`Stanley\` ${stanleyUs} in \`title\`: registered in US only for class 21, which does not cover this listing (electronics, class 9)`]],
  },
  {
    name: 'EU trade mark reaches amazon.de',
    spec: { ...own, marketplace: 'amazon.de', category: 'shoes', title: 'Voltix Laufschuhe im Nike Design' },
    expected: [['error', 'brand', 'DE', 'title', 22, '`Nike` (Nike, Inc.; EUIPO 000123456, class 25) in `title`: registered in DE for class 25, which covers this listing (shoes)']],
  },
  {
    name: 'EU marks do not reach GB, a cancelled UK mark is ignored → info',
    spec: { ...own, marketplace: 'amazon.co.uk', category: 'shoes', title: 'Voltix trainers, Nike look' },
    expected: [['info', 'brand', 'GB', 'title', 18, '`Nike` (Nike, Inc.; no registration in GB) in `title`: no registration in GB (amazon.co.uk); registered at USPTO (US), EUIPO (EU), CNIPA (CN) only']],
  },
  {
    name: 'a national DE mark reaches amazon.de, not amazon.fr',
    spec: { ...own, marketplace: 'amazon.fr', category: 'beauty', title: 'Voltix savon, Dove parfum' },
    expected: [['info', 'brand', 'FR', 'title', 15, '`Dove` (Unilever; no registration in FR) in `title`: no registration in FR (amazon.fr); registered at USPTO (US), DPMA (DE) only']],
  },
  {
    name: 'WIPO registration reaches its designations; pending counts',
    spec: { ...own, marketplace: 'amazon.com.au', category: 'electronics', title: 'Voltix Zentro hub' },
    expected: [['error', 'brand', 'AU', 'title', 8, '`Zentro` (Zentro GmbH; WIPO 1654321, class 9) in `title`: registered in AU for class 9, which covers this listing (electronics)']],
  },
  {
    name: 'pending application counts',
    spec: { ...own, marketplace: 'walmart.com', category: 'electronics', title: 'Voltix Zentro hub' },
    expected: [['error', 'brand', 'US', 'title', 8, '`Zentro` (Zentro GmbH; USPTO 97123456, class 9 (pending)) in `title`: registered in US for class 9, which covers this listing (electronics)']],
  },
  // Use.
  {
    name: 'third-party mark as the first word of the title → brand-like',
    spec: { ...own, marketplace: 'amazon.com', category: 'shoes', title: 'Nike Air Max 90 running shoes' },
    expected: [['error', 'brand', 'US', 'title', 1, `\`Nike Air\` ${nikeUs} in \`title\`: ${firstWord}; registered in US for class 25, which covers this listing (shoes)`]],
  },
  {
    name: 'compatible with → warning (famous included)',
    spec: { ...own, marketplace: 'amazon.com', category: 'electronics', title: 'Voltix Case compatible with Apple iPhone 15' },
    expected: [['warning', 'nominative', 'US', 'title', 29, `\`Apple\` ${appleUs} in \`title\`: ${compat('compatible with')}; registered in US for class 9, which covers this listing (electronics)`]],
  },
  {
    name: 'for + mark + model → warning',
    spec: { ...own, marketplace: 'amazon.com', category: 'electronics', title: 'Voltix Charger for Apple iPhone 15 Pro' },
    expected: [['warning', 'nominative', 'US', 'title', 20, `\`Apple\` ${appleUs} in \`title\`: ${compat('for')}; registered in US for class 9, which covers this listing (electronics)`]],
  },
  {
    name: 'German passend für → warning',
    spec: { ...own, marketplace: 'amazon.de', category: 'shoes', title: 'Voltix Einlagen passend für Nike Air Max 90' },
    expected: [['warning', 'nominative', 'DE', 'title', 29, `\`Nike Air\` (Nike, Inc.; EUIPO 000123456, class 25) in \`title\`: ${compat('passend für')}; registered in DE for class 25, which covers this listing (shoes)`]],
  },
  {
    name: 'Japanese 対応 after the model → warning',
    spec: { ...own, marketplace: 'amazon.co.jp', category: 'electronics', title: 'Voltix ケーブル Apple iPhone 15対応' },
    expected: [['warning', 'nominative', 'JP', 'title', 13, `\`Apple\` (Apple Inc.; JPO 2031234, class 9) in \`title\`: ${compat('対応')}; registered in JP for class 9, which covers this listing (electronics)`]],
  },
  {
    name: 'mark modifying an accessory noun → warning',
    spec: { ...own, marketplace: 'amazon.com', category: 'electronics', title: 'Voltix Apple Watch Band 44 mm' },
    expected: [['warning', 'nominative', 'US', 'title', 8, `\`Apple\` ${appleUs} in \`title\`: ${compat('band')}; registered in US for class 9, which covers this listing (electronics)`]],
  },
  {
    name: 'bare "for <Mark>" on jewellery → brand-like (eBay)',
    spec: { ...own, marketplace: 'ebay.com', category: 'jewelry', title: 'Silver necklace for Tiffany' },
    expected: [['error', 'brand', 'US', 'title', 21, '`Tiffany` (Tiffany and Company; USPTO 0023456, class 14) in `title`: a bare `for Tiffany` on clothing, shoes, jewellery or bags reads as the brand (eBay); registered in US for class 14, which covers this listing (jewelry)']],
  },
  {
    name: 'bare "for <Mark>" on shoes, mark followed by an audience word → brand-like',
    spec: { ...own, marketplace: 'amazon.com', category: 'shoes', title: 'Voltix socks for Nike fans' },
    expected: [['error', 'brand', 'US', 'title', 18, `\`Nike\` ${nikeUs} in \`title\`: a bare \`for Nike\` on clothing, shoes, jewellery or bags reads as the brand (eBay); registered in US for class 25, which covers this listing (shoes)`]],
  },
  {
    name: '-style → counterfeit, error',
    spec: { ...own, marketplace: 'amazon.com', category: 'home', title: 'Insulated tumbler, Stanley-style, 40 oz' },
    expected: [['error', 'counterfeit', 'US', 'title', 20, `\`Stanley\` ${stanleyUs} in \`title\`: ${fake('-style')}; registered in US for class 21, which covers this listing (home)`]],
  },
  {
    name: 'inspired by → counterfeit, error',
    spec: { ...own, marketplace: 'amazon.com', category: 'home', title: 'Tumbler inspired by Stanley Quencher' },
    expected: [['error', 'counterfeit', 'US', 'title', 21, `\`Stanley\` ${stanleyUs} in \`title\`: ${fake('inspired by')}; registered in US for class 21, which covers this listing (home)`]],
  },
  {
    name: 'dupe after a compatibility phrase stays counterfeit',
    spec: { ...own, marketplace: 'amazon.com', category: 'home', title: 'Voltix lid fits Stanley dupe tumblers' },
    expected: [['error', 'counterfeit', 'US', 'title', 17, `\`Stanley\` ${stanleyUs} in \`title\`: ${fake('dupe')}; registered in US for class 21, which covers this listing (home)`]],
  },
  {
    name: 'counterfeit phrasing outside the classes → warning',
    spec: { ...own, marketplace: 'amazon.com', category: 'electronics', title: 'Voltix power bank, alternative to Stanley' },
    expected: [['warning', 'counterfeit', 'US', 'title', 35, `\`Stanley\` ${stanleyUs} in \`title\`: ${fake('alternative to')}; registered in US only for class 21, which does not cover this listing (electronics, class 9)`]],
  },
  {
    name: 'disguised spelling → brand-like even after "for"',
    spec: { ...own, marketplace: 'amazon.com', category: 'shoes', title: 'Voltix laces for N1ke Air Max' },
    expected: [['error', 'brand', 'US', 'title', 18, `\`N1ke\` reads as NIKE (leetspeak) ${nikeUs} in \`title\`: a disguised or misspelt mark is a brand-like use; registered in US for class 25, which covers this listing (shoes)`]],
  },
  {
    name: 'a brand equal to the mark is the seller\'s own: never flagged',
    spec: { brand: 'Apple', marketplace: 'amazon.com', category: 'electronics', title: 'Apple Watch Band, for Apple Watch' },
    expected: [],
  },
  {
    name: "a disguised mark in the brand field → error",
    spec: { brand: 'N1ke', marketplace: 'amazon.com', category: 'shoes', title: 'Running shoes' },
    expected: [['error', 'brand', 'US', 'brand', 1, `\`N1ke\` reads as NIKE (leetspeak) ${nikeUs} in \`brand\`: someone else's mark as the \`brand\` of this listing; registered in US for class 25, which covers this listing (shoes)`]],
  },
  {
    name: "someone else's mark inside the brand field → error",
    spec: { brand: 'Nike Outlet Store', marketplace: 'amazon.com', category: 'shoes', title: 'Running shoes' },
    expected: [['error', 'brand', 'US', 'brand', 1, `\`Nike\` ${nikeUs} in \`brand\`: someone else's mark as the \`brand\` of this listing; registered in US for class 25, which covers this listing (shoes)`]],
  },
  // Fields: the same model holds in keywords.
  {
    name: 'keywords: brand-like use in the classes → error',
    spec: { ...own, marketplace: 'amazon.com', category: 'shoes', title: 'Voltix running shoes', keywords: 'running shoes nike' },
    expected: [['error', 'brand', 'US', 'keywords', 15, `\`nike\` ${nikeUs} in \`keywords\`: registered in US for class 25, which covers this listing (shoes)`]],
  },
  {
    name: 'keywords: compatibility → warning',
    spec: { ...own, marketplace: 'amazon.com', category: 'electronics', title: 'Voltix cable', keywords: 'charger for apple iphone' },
    expected: [['warning', 'nominative', 'US', 'keywords', 13, `\`apple\` ${appleUs} in \`keywords\`: ${compat('for')}; registered in US for class 9, which covers this listing (electronics)`]],
  },
  {
    name: 'bullets are scanned with their own field name',
    spec: { ...own, marketplace: 'amazon.com', category: 'electronics', title: 'Voltix cable', bullets: ['Braided', 'Works with Apple devices'] },
    expected: [['warning', 'nominative', 'US', 'bullets[1]', 12, `\`Apple\` ${appleUs} in \`bullets[1]\`: ${compat('works with')}; registered in US for class 9, which covers this listing (electronics)`]],
  },
  // Ordinary words.
  {
    name: 'ordinary lowercase words outside the classes → no finding, famous included',
    spec: { ...own, marketplace: 'amazon.com', category: 'grocery', title: 'Voltix dried apple rings', keywords: 'apple snack, dove shaped cookies' },
    expected: [],
  },
  {
    name: 'generic phrases never match',
    spec: { ...own, marketplace: 'amazon.com', category: 'beauty', title: 'Voltix soap, dove grey wrap', keywords: 'apple cider vinegar toner' },
    expected: [],
  },
  {
    name: 'a lowercase ordinary word inside the classes is still reported',
    spec: { ...own, marketplace: 'amazon.com', category: 'beauty', title: 'Voltix soap', keywords: 'dove soap bar' },
    expected: [['error', 'brand', 'US', 'keywords', 1, '`dove` (Unilever; USPTO 0512345, class 3) in `keywords`: registered in US for class 3, which covers this listing (beauty)']],
  },
  // Classes: config categories and the listing's own classes.
  {
    name: "the listing's classes win over its category",
    spec: { ...own, marketplace: 'amazon.com', category: 'electronics', classes: [21], title: 'Voltix Stanley mug warmer' },
    expected: [['error', 'brand', 'US', 'title', 8, `\`Stanley\` ${stanleyUs} in \`title\`: registered in US for class 21, which covers this listing (electronics)`]],
  },
  {
    name: 'config categories override the table',
    spec: { ...own, marketplace: 'amazon.com', category: 'drinkware', title: 'Voltix Stanley mug' },
    settings: { categories: { Drinkware: [21] } },
    expected: [['error', 'brand', 'US', 'title', 8, `\`Stanley\` ${stanleyUs} in \`title\`: registered in US for class 21, which covers this listing (drinkware)`]],
  },
  // Unknown context: every registration applies, every class overlaps.
  {
    name: 'no marketplace → every registration counts',
    spec: { ...own, category: 'electronics', title: 'Voltix Stanley power bank' },
    expected: [['warning', 'brand', 'US', 'title', 8, `\`Stanley\` ${stanleyUs} in \`title\`: registered in US only for class 21, which does not cover this listing (electronics, class 9); no marketplace, so every registration counts`]],
  },
  {
    name: 'config default marketplace applies',
    spec: { ...own, category: 'shoes', title: 'Voltix trainers, Nike look' },
    settings: { defaults: { marketplace: 'amazon.co.uk' } },
    expected: [['info', 'brand', 'GB', 'title', 18, '`Nike` (Nike, Inc.; no registration in GB) in `title`: no registration in GB (amazon.co.uk); registered at USPTO (US), EUIPO (EU), CNIPA (CN) only']],
  },
  {
    name: 'unknown category → every class overlaps',
    spec: { ...own, marketplace: 'amazon.com', category: 'gadgets', title: 'Voltix Stanley power bank' },
    expected: [['error', 'brand', 'US', 'title', 8, `\`Stanley\` ${stanleyUs} in \`title\`: registered in US for class 21; unknown category \`gadgets\`, so every class counts`]],
  },
  {
    name: 'unknown marketplace and no category: the highest registration wins',
    spec: { ...own, marketplace: 'shop.example', title: 'Voltix trainers, Nike look' },
    expected: [['error', 'brand', 'US', 'title', 18, `\`Nike\` ${nikeUs} in \`title\`: registered in US for classes 18, 25; unknown marketplace \`shop.example\`, so every registration counts; no category, so every class counts`]],
  },
  // Own brand, allow, authorizations.
  {
    name: 'the own brand is never flagged, whatever the case',
    spec: { brand: 'voltix', marketplace: 'amazon.com', category: 'electronics', title: 'VOLTIX USB-C Cable' },
    expected: [],
  },
  {
    name: 'allow entry suppresses',
    spec: { ...own, marketplace: 'amazon.com', category: 'shoes', title: 'Voltix trainers, Nike look' },
    settings: { allow: [{ mark: 'NIKE', reason: 'reviewed by counsel', files: ['listings/**'] }] },
    expected: [],
  },
  {
    name: 'allow entry for other files does not suppress',
    spec: { ...own, marketplace: 'amazon.com', category: 'home', title: 'Voltix Stanley mug' },
    settings: { allow: [{ mark: 'stanley', reason: 'licensed', files: ['other/*.md'] }] },
    expected: [['error', 'brand', 'US', 'title', 8, `\`Stanley\` ${stanleyUs} in \`title\`: registered in US for class 21, which covers this listing (home)`]],
  },
  {
    name: 'active authorization for the SKU suppresses',
    spec: { ...own, sku: 'MUG-1', marketplace: 'amazon.com', category: 'home', title: 'Voltix Stanley mug' },
    settings: { authorizations: [{ mark: 'stanley', skus: ['MUG-1'], until: '2025-06-01', reference: 'LIC-7' }] },
    expected: [],
  },
  {
    name: 'expired authorization: the finding comes back',
    spec: { ...own, sku: 'MUG-1', marketplace: 'amazon.com', category: 'home', title: 'Voltix Stanley mug' },
    settings: { authorizations: [{ mark: 'stanley', skus: ['MUG-1'], until: '2025-05-31', reference: 'LIC-7' }] },
    expected: [['error', 'brand', 'US', 'title', 8, `\`Stanley\` ${stanleyUs} in \`title\`: registered in US for class 21, which covers this listing (home)`]],
  },
  {
    name: 'authorization for another SKU does not suppress',
    spec: { ...own, sku: 'MUG-2', marketplace: 'amazon.com', category: 'home', title: 'Voltix Stanley mug' },
    settings: { authorizations: [{ mark: 'stanley', skus: ['MUG-1'] }] },
    expected: [['error', 'brand', 'US', 'title', 8, `\`Stanley\` ${stanleyUs} in \`title\`: registered in US for class 21, which covers this listing (home)`]],
  },
];

const table = suite('trademark/text: severity table');
for (const row of rows) {
  table(row.name, () => {
    const facts = runRule(rule, listing(row.spec), settings(row.settings));
    const actual = facts.map((fact) => [fact.severity, fact.use, fact.territory, fact.field, fact.location.column, messageOf(rule, fact)]);
    assert.equal(actual, row.expected);
  });
}
table.run();

const facts = suite('trademark/text: fact fields');

facts('a finding carries mark, match, registration, use, territory and location', () => {
  const [fact] = runRule(rule, listing({ ...own, marketplace: 'amazon.com', category: 'shoes', title: 'Voltix shoes, N1ke look' }));
  assert.equal(fact, {
    messageId: 'mark',
    data: {
      mark: '`N1ke` reads as NIKE (leetspeak)',
      evidence: 'Nike, Inc.; USPTO 0978952, classes 18, 25',
      field: 'title',
      reason: 'a disguised or misspelt mark is a brand-like use; registered in US for class 25, which covers this listing (shoes)',
    },
    location: { line: 1, column: 15, endLine: 1, endColumn: 19 },
    field: 'title',
    markId: 'nike',
    matchedText: 'N1ke',
    strategy: 'leet',
    confidence: 0.8,
    severity: 'error',
    use: 'brand',
    cause: 'disguise',
    territory: 'US',
    registration: { office: 'USPTO', number: '0978952', classes: [18, 25] },
    evidence: {
      owner: 'Nike, Inc.',
      famous: true,
      registration: { office: 'USPTO', number: '0978952', classes: [18, 25], status: 'registered', overlap: [25] },
      territory: 'US',
    },
  });
});

facts('an info finding has no registration', () => {
  const [fact] = runRule(rule, listing({ ...own, marketplace: 'amazon.co.uk', category: 'shoes', title: 'Voltix Nike' }));
  assert.is(fact.severity, 'info');
  assert.is(fact.registration, undefined);
  assert.is('registration' in fact, false);
});

facts('meta: a ceiling rule with error as default', () => {
  assert.is(rule.id, 'trademark/text');
  assert.is(rule.meta.severityMode, 'ceiling');
  assert.is(rule.meta.defaultSeverity, 'error');
});

facts('empty and hostile text does not crash', () => {
  const hostile = '\u0000\uFFFF'.repeat(5000) + ' for ' + 'Nike '.repeat(3);
  const found = runRule(rule, listing({ marketplace: 'amazon.com', category: 'shoes', title: '', keywords: hostile }));
  assert.is(found.length, 3);
  assert.equal(runRule(rule, listing({})), []);
});

facts.run();

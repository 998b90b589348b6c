#!/usr/bin/env node
// Writes a deterministic synthetic listing corpus for the text benchmark:
//   node scripts/bench/text-corpus.mjs [dir] [--realistic] [--listings N]     (default .bench/text)
// 20,000 listings (~15 MB) of ordinary product copy, a watchlist of 5,000 invented word-like marks
// plus real ones, a config pointing at it, and terms.txt (one mark or variant per line, for grep).
// The plain corpus has bodies of plain paragraphs. With --realistic the same listings (same front
// matter, same marks, same mentions) get the Markdown bodies of real listings: headings, bold and
// italic, bullet and numbered lists, links, the odd image, entity, code span, hard break, table
// or HTML (see realisticBody for the proportions); a quarter stay plain paragraphs.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './seeded-random.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const realistic = args.includes('--realistic');
const countAt = args.indexOf('--listings');
const positional = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--listings');
const out = resolve(positional[0] ?? join(root, realistic ? '.bench/text-realistic' : '.bench/text'));
const LISTINGS = countAt === -1 ? 20_000 : Number(args[countAt + 1]);
const INVENTED_MARKS = 5_000;

const { random, pick } = seededRandom(0x5eed1234);
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

const wordListPath = createRequire(join(root, 'packages/core/package.json')).resolve('word-list');
const dictionary = new Set(readFileSync(join(wordListPath, '../words.txt'), 'utf8').split('\n'));

// Product-copy vocabulary: every word is an ordinary dictionary word, so none can be a mark.
const vocabulary = `durable lightweight stainless steel bottle cable charger braided nylon fast charging
kitchen towel cotton soft absorbent blanket pillow cover washable outdoor garden hose nozzle
adjustable strap leather wallet slim card holder travel backpack waterproof pocket zipper laptop
sleeve desk lamp warm light dimmable bedroom office chair cushion ergonomic support lumbar storage
basket woven organizer drawer shelf wooden bamboo cutting board knife sharp blade handle grip
ceramic mug coffee tea kettle glass lid pan frying nonstick skillet oven safe dishwasher spatula
silicone baking mat tray cookie sheet mixing bowl measuring cup spoon set whisk grater peeler
shirt sleeve collar button fabric breathable running jacket hood rain boot sole rubber sock wool
hat scarf glove winter summer beach umbrella shade tent camping lantern battery rechargeable
portable speaker sound bass wireless headphone ear cushion microphone stand tripod phone case clear
shock bumper screen protector tempered film keyboard mouse pad gaming wrist rest monitor riser
pet bed dog collar leash cat toy feather scratching post litter mat bowl feeder water fountain
yoga mat exercise band resistance dumbbell weight jump rope towel gym bag shaker bottle protein
candle scented wax jar vase flower pot planter ceramic frame photo wall clock mirror hook rack
comfortable premium quality perfect gift family friends home daily use easy clean assemble
includes pack pair piece large medium small black white gray blue green red natural color size
inch long wide thick height weight capacity designed made built tested guaranteed warranty
great ideal simple modern classic elegant compact sturdy reliable versatile practical stylish
keeps holds fits protects stores carries folds cleans heats cools charges lights brings makes`
  .split(/\s+/)
  .filter((word) => word && dictionary.has(word));

const consonants = 'b c d f g k l m n p r s t v z br cr dr fl gr kl pl pr st tr vr zh'.split(' ');
const vowels = 'a e i o u ai ea io ou'.split(' ');
const endings = ['', '', 'n', 'r', 'x', 'l', 's', 'k', 'm'];

function inventedWord() {
  for (;;) {
    let word = '';
    const syllables = between(2, 3);
    for (let i = 0; i < syllables; i++) word += pick(consonants) + pick(vowels);
    word += pick(endings);
    if (word.length >= 5 && word.length <= 11 && !dictionary.has(word)) return word;
  }
}
const capitalise = (word) => word[0].toUpperCase() + word.slice(1);

const offices = [
  ['USPTO', () => String(between(1_000_000, 7_999_999))],
  ['EUIPO', () => String(between(1, 19_999_999)).padStart(9, '0')],
  ['UKIPO', () => `UK0000${between(1_000_000, 3_999_999)}`],
  ['JPO', () => String(between(1_000_000, 6_999_999))],
];
function registrations() {
  const count = between(1, 2);
  return Array.from({ length: count }, (_, i) => {
    const [office, number] = offices[(i + between(0, 3)) % offices.length];
    const classes = [...new Set([between(3, 30), between(3, 30)])].sort((a, b) => a - b);
    return { office, number: number(), classes };
  });
}

const realMarks = [
  ['nike', 'NIKE', 'Nike, Inc.', true, ['Nike Air']],
  ['adidas', 'adidas', 'adidas AG', true, []],
  ['apple', 'Apple', 'Apple Inc.', true, []],
  ['iphone', 'iPhone', 'Apple Inc.', false, []],
  ['samsung', 'SAMSUNG', 'Samsung Electronics Co., Ltd.', true, []],
  ['sony', 'SONY', 'Sony Group Corporation', true, ['ソニー']],
  ['canon', 'Canon', 'Canon Inc.', false, ['キヤノン']],
  ['philips', 'Philips', 'Koninklijke Philips N.V.', false, []],
  ['levis', "Levi's", 'Levi Strauss & Co.', true, []],
  ['pokemon', 'Pokémon', 'Nintendo Co., Ltd.', true, ['ポケモン']],
  ['xbox', 'Xbox', 'Microsoft Corporation', false, []],
  ['hello-kitty', 'Hello Kitty', 'Sanrio Co., Ltd.', true, ['ハローキティ']],
  ['ray-ban', 'Ray-Ban', 'Luxottica Group S.p.A.', true, []],
  ['coca-cola', 'Coca-Cola', 'The Coca-Cola Company', true, []],
  ['nestle', 'Nestlé', 'Société des Produits Nestlé S.A.', true, []],
  ['lego', 'LEGO', 'LEGO Juris A/S', true, []],
  ['stanley', 'Stanley', 'Stanley Black & Decker, Inc.', false, []],
  ['gucci', 'GUCCI', 'Guccio Gucci S.p.A.', true, []],
  ['chanel', 'CHANEL', 'Chanel SARL', true, []],
  ['rolex', 'ROLEX', 'Rolex SA', true, []],
  ['dyson', 'Dyson', 'Dyson Technology Limited', false, []],
  ['kindle', 'Kindle', 'Amazon Technologies, Inc.', false, []],
];

const seen = new Set(realMarks.map(([, mark]) => mark.toLowerCase()));
const marks = realMarks.map(([id, mark, owner, famous, variants]) => ({ id, mark, owner, famous, variants }));
while (marks.length < realMarks.length + INVENTED_MARKS) {
  const word = inventedWord();
  if (seen.has(word)) continue;
  seen.add(word);
  marks.push({ id: word, mark: capitalise(word), owner: `${capitalise(inventedWord())} Holdings`, famous: random() < 0.05, variants: [] });
}
for (const mark of marks) mark.registrations = registrations();

const yamlString = (text) => JSON.stringify(text);
function watchlistYaml() {
  const lines = ['# Synthetic benchmark watchlist (scripts/bench/text-corpus.mjs): do not edit.', 'marks:'];
  for (const mark of marks) {
    lines.push(`  - id: ${mark.id}`, `    mark: ${yamlString(mark.mark)}`, `    owner: ${yamlString(mark.owner)}`);
    lines.push(`    famous: ${mark.famous}`);
    if (mark.variants.length > 0) lines.push(`    variants: [${mark.variants.map(yamlString).join(', ')}]`);
    lines.push('    registrations:');
    for (const r of mark.registrations) {
      lines.push(`      - { office: ${r.office}, number: "${r.number}", classes: [${r.classes.join(', ')}] }`);
    }
  }
  return lines.join('\n') + '\n';
}

// Disguises a seller might use; each keeps the mark findable by the matcher.
const disguises = [
  (m) => m,
  (m) => m,
  (m) => m.toUpperCase(),
  (m) => m.replace(/o/i, '0').replace(/e/i, '3'),
  (m) => m.split('').join(' '),
  (m) => `${m.slice(0, 2)}-${m.slice(2)}`,
  (m) => (m.length >= 5 ? m.slice(0, 3) + m[2] + m.slice(3) : m),
];

const sentence = (min, max) => {
  const words = Array.from({ length: between(min, max) }, () => pick(vocabulary));
  words[0] = capitalise(words[0]);
  return words.join(' ');
};
const categories = ['electronics', 'home-and-kitchen', 'clothing', 'toys', 'sports', 'pet-supplies', 'beauty'];
const sellerBrands = vocabulary.filter((word) => word.length >= 5).map(capitalise);

function listing(n) {
  const mentions = random() < 1 / 3 ? between(1, 3) : 0;
  const mentioned = Array.from({ length: mentions }, () => pick(disguises)(pick(marks).mark));
  const brand = pick(sellerBrands);
  const title = `${brand} ${sentence(5, 9)}`;
  const bullets = Array.from({ length: 5 }, () => sentence(6, 10));
  const paragraphs = Array.from({ length: 2 }, () => `${sentence(10, 16)}. ${sentence(6, 12)}.`);
  for (const mark of mentioned) {
    const where = between(0, 2);
    if (where === 0) bullets[between(0, 4)] += ` for ${mark}`;
    else if (where === 1) paragraphs[between(0, 1)] += ` Works with ${mark} gear.`;
    else bullets[between(0, 4)] = `${mark} style ${bullets[0].toLowerCase()}`;
  }
  return {
    sku: `SKU-${String(n).padStart(5, '0')}`,
    marketplace: 'amazon.com',
    category: pick(categories),
    brand,
    title,
    bullets,
    keywords: Array.from({ length: 6 }, () => pick(vocabulary)).join(' '),
    description: paragraphs.join('\n\n'),
    mentions,
  };
}

// The body structure draws from its own sequence, so the listings themselves (front matter,
// marks, mentions) are the same in both corpora.
const shape = seededRandom(0x7ea11571);
const chance = (p) => shape.random() < p;
const shapeBetween = (low, high) => low + Math.floor(shape.random() * (high - low + 1));
const shapeSentence = (min, max) => {
  const words = Array.from({ length: shapeBetween(min, max) }, () => shape.pick(vocabulary));
  words[0] = capitalise(words[0]);
  return words.join(' ');
};
const headings = ['About this item', 'Features', 'Product details', 'What is in the box', 'Care instructions', 'Why you will love it', 'Specifications'];

/** Wraps a few words (marks included) in bold or italic, as sellers do. */
function decorate(paragraph) {
  const words = paragraph.split(' ');
  const times = shapeBetween(0, 3);
  for (let n = 0; n < times; n++) {
    const i = shapeBetween(0, words.length - 1);
    if (!/^[A-Za-z0-9][A-Za-z0-9'-]*$/.test(words[i])) continue;
    const style = shape.pick(['**', '**', '*', '_']);
    const span = chance(0.3) && i + 1 < words.length && /^[A-Za-z0-9][A-Za-z0-9'-]*$/.test(words[i + 1]) ? 2 : 1;
    words[i] = style + words[i];
    words[i + span - 1] += style;
  }
  return words.join(' ');
}

/** A realistic Markdown description around the listing's paragraphs (which carry its mentions). */
function realisticBody(entry) {
  const paragraphs = entry.description.split('\n\n');
  if (chance(0.25)) return entry.description;
  const blocks = [];
  if (chance(0.5)) blocks.push(`${chance(0.7) ? '##' : '#'} ${shape.pick(headings)}`);
  let first = decorate(paragraphs[0]);
  if (chance(0.1)) first = first.replace(/ (\S+) /, ' $1 &amp; ');
  if (chance(0.05)) first += `  \n${shapeSentence(4, 8)}.`;
  if (chance(0.04)) first += ` Model \`${entry.sku}\`.`;
  if (chance(0.03)) first += ' Rated 5\\* by buyers.';
  blocks.push(first);
  if (chance(0.6)) {
    if (chance(0.5)) blocks.push(`### ${shape.pick(headings)}`);
    const ordered = chance(0.2);
    const items = Array.from({ length: shapeBetween(3, 6) }, (_, i) => {
      const lead = chance(0.4) ? `**${capitalise(shape.pick(vocabulary))}:** ` : '';
      return `${ordered ? `${i + 1}.` : '-'} ${lead}${decorate(shapeSentence(5, 10))}`;
    });
    blocks.push(items.join('\n'));
  }
  let second = decorate(paragraphs[1]);
  if (chance(0.3)) second += ` See the [${shapeSentence(2, 4).toLowerCase()}](https://example.com/${entry.sku.toLowerCase()}/guide).`;
  blocks.push(second);
  if (chance(0.05)) blocks.push(`![${shapeSentence(2, 4)}](images/${entry.sku}.jpg)`);
  if (chance(0.04)) {
    blocks.push(['| Size | Weight |', '| --- | --- |', `| ${shapeBetween(5, 40)} inch | ${shapeBetween(1, 9)} lb |`, `| ${shapeBetween(5, 40)} inch | ${shapeBetween(1, 9)} lb |`].join('\n'));
  }
  if (chance(0.04)) blocks.push(`<p>${shapeSentence(5, 10)}<br>${shapeSentence(4, 8)}</p>`);
  if (chance(0.03)) blocks.push(`Questions? Write to <https://example.com/help>.`);
  return blocks.join('\n\n');
}

function markdown(entry) {
  return [
    '---',
    `sku: ${entry.sku}`,
    `marketplace: ${entry.marketplace}`,
    `category: ${entry.category}`,
    `brand: ${entry.brand}`,
    `title: ${yamlString(entry.title)}`,
    'bullets:',
    ...entry.bullets.map((bullet) => `  - ${yamlString(bullet)}`),
    `keywords: ${yamlString(entry.keywords)}`,
    '---',
    realistic ? realisticBody(entry) : entry.description,
    '',
  ].join('\n');
}

function json(entry) {
  const { mentions, ...listing } = entry;
  return JSON.stringify(listing, null, 2) + '\n';
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'listings'), { recursive: true });
let bytes = 0;
let jsonFiles = 0;
let mentioning = 0;
for (let n = 0; n < LISTINGS; n++) {
  const entry = listing(n);
  const dir = join(out, 'listings', String(n));
  mkdirSync(dir);
  const asJson = n % 10 === 9;
  const content = asJson ? json(entry) : markdown(entry);
  writeFileSync(join(dir, asJson ? 'product.listing.json' : 'listing.md'), content);
  bytes += Buffer.byteLength(content);
  if (asJson) jsonFiles++;
  if (entry.mentions > 0) mentioning++;
}
writeFileSync(join(out, 'watchlist.yaml'), watchlistYaml());
writeFileSync(
  join(out, 'listinglint.config.yaml'),
  'watchlists: [watchlist.yaml]\ndefaults: {marketplace: amazon.com}\n',
);
const terms = marks.flatMap((mark) => [mark.mark, ...mark.variants]);
writeFileSync(join(out, 'terms.txt'), terms.join('\n') + '\n');

console.log(`${realistic ? 'realistic' : 'plain'} text corpus in ${out}:`);
console.log(`  ${LISTINGS} listings (${LISTINGS - jsonFiles} listings/<n>/listing.md, ${jsonFiles} *.listing.json), ${(bytes / 1e6).toFixed(1)} MB`);
console.log(`  ${mentioning} listings mention 1-3 marks (some disguised)`);
console.log(`  watchlist.yaml: ${marks.length} marks (${realMarks.length} real, ${INVENTED_MARKS} invented)`);
console.log(`  terms.txt: ${terms.length} terms; listinglint.config.yaml`);

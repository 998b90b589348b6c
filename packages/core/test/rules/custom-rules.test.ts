import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { workerCanRun } from '../../src/engine/lint-pool.js';
import { customRule, customRules, unsafeRegexReason } from '../../src/rules/index.js';
import type { CustomRuleSpec } from '../../src/types.js';
import { field, listing, messageOf, runRule, settings } from '../legal/fixture-listing.js';

const test = suite('custom rules');

const spec = (extra: Partial<CustomRuleSpec>): CustomRuleSpec => ({ id: 'words', message: '"{{match}}" in {{field}}', severity: 'warning', ...extra });
const subject = (title: string, marketplace = 'amazon.com') => ({ ...listing({ marketplace, brand: 'Woodly' }), fields: [field('title', title), field('description', 'cheap and CHEAP')] });
const hits = (rule: ReturnType<typeof customRule>, title: string, marketplace?: string) =>
  runRule(rule, subject(title, marketplace)).map((fact) => [fact.field, fact.location.column, messageOf(rule, fact)]);

test('existence: whole words, any case, and the disguises the watchlist matcher sees through', () => {
  const rule = customRule(spec({ existence: ['cheap', 'knock off'], fields: ['title'] }));
  assert.is(rule.id, 'custom/words');
  assert.equal(hits(rule, 'Cheap ch3ap c-h-e-a-p Knock-Off cheaply cheapest'), [
    ['title', 1, '"Cheap" in title'],
    ['title', 7, '"ch3ap" in title'],
    ['title', 13, '"c-h-e-a-p" in title'],
    ['title', 23, '"Knock-Off" in title'],
  ]);
});

test('existence with caseSensitive: exact case only, still whole words', () => {
  const rule = customRule(spec({ existence: ['PRO'], caseSensitive: true }));
  assert.equal(hits(rule, 'Pro PRO PROS pro'), [['title', 5, '"PRO" in title']]);
});

test('pattern: case-insensitive unless caseSensitive; fields default to every text field', () => {
  assert.equal(hits(customRule(spec({ pattern: 'che+p' })), 'Cheep'), [
    ['title', 1, '"Cheep" in title'],
  ]);
  assert.equal(hits(customRule(spec({ pattern: 'cheap' })), 'nothing'), [
    ['description', 1, '"cheap" in description'],
    ['description', 11, '"CHEAP" in description'],
  ]);
  assert.equal(hits(customRule(spec({ pattern: 'cheap', caseSensitive: true })), 'nothing'), [['description', 1, '"cheap" in description']]);
});

test('marketplaces: exact ones and `amazon.*`; a listing without a marketplace gets none', () => {
  const rule = customRule(spec({ existence: ['mug'], marketplaces: ['amazon.*', 'etsy.com'] }));
  assert.equal([hits(rule, 'Mug', 'amazon.de').length, hits(rule, 'Mug', 'etsy.com').length, hits(rule, 'Mug', 'walmart.com').length], [1, 1, 0]);
  assert.equal(runRule(rule, { ...listing({}), fields: [field('title', 'Mug')] }), []);
  assert.is(runRule(rule, { ...listing({}), fields: [field('title', 'Mug')] }, settings({ defaults: { marketplace: 'amazon.fr' } })).length, 1);
});

test('customRules builds each rule once per settings, and a worker may run them', () => {
  const lintSettings = settings({ customRules: [spec({ existence: ['a'] })] });
  const built = customRules(lintSettings);
  assert.equal([...built.keys()], ['custom/words']);
  assert.is(customRules(lintSettings).get('custom/words'), built.get('custom/words'));
  assert.ok(workerCanRun([{ rule: built.get('custom/words')!, severity: 'warning' }]));
});

const safety = suite('custom pattern safety');

const unsafe: Array<[string, string]> = [
  ['(a+)+$', 'a repeated group holds another repetition (like `(a+)+`)'],
  ['(\\w+\\s?)*x', 'a repeated group holds another repetition (like `(a+)+`)'],
  ['(a|ab)*c', 'a repeated group holds alternatives (like `(a|ab)*`)'],
  ['((ab)*)+', 'a repeated group holds another repetition (like `(a+)+`)'],
  ['(?:x+){2,}', 'a repeated group holds another repetition (like `(a+)+`)'],
  ['(a)\\1', 'it uses a backreference'],
];
const safe = ['INT-[0-9]{4}', '\\bfree\\s+shipping\\b', '(?:best|top) seller', '(ab)+', '(a+)?b', '[(+)]*x', '\\p{Lu}{3,}', '(?:colou?r){1}'];

safety('nested repetition, repeated alternation and backreferences are refused', () => {
  assert.equal(unsafe.map(([pattern]) => unsafeRegexReason(pattern)), unsafe.map(([, reason]) => reason));
});

safety('ordinary patterns pass', () => {
  assert.equal(safe.map((pattern) => unsafeRegexReason(pattern)), safe.map(() => undefined));
});

test.run();
safety.run();

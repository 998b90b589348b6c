import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { categoryKey, classList, classesOf } from '../../src/legal/nice-classes.js';
import { listing, settings } from './fixture-listing.js';

test('default table: primary classes only', () => {
  assert.equal(classesOf(listing({ category: 'electronics' }), settings()), { classes: [9], label: 'electronics', category: 'electronics' });
  assert.equal(classesOf(listing({ category: 'Shoes' }), settings()).classes, [25]);
  assert.equal(classesOf(listing({ category: 'Home & Kitchen' }), settings()).classes, [21]);
  assert.equal(classesOf(listing({ category: 'grocery' }), settings()).classes, [29, 30, 31, 32, 33]);
  assert.equal(classesOf(listing({ category: 'tools' }), settings()).classes, [7, 8]);
});

test('config categories override the table; the listing classes win over both', () => {
  const config = settings({ categories: { electronics: [9, 28] } });
  assert.equal(classesOf(listing({ category: 'electronics' }), config).classes, [9, 28]);
  assert.equal(classesOf(listing({ category: 'electronics', classes: [25, 9, 25] }), config), { classes: [9, 25], label: 'electronics', category: 'electronics' });
  assert.equal(classesOf(listing({ classes: [9] }), settings()), { classes: [9], label: 'class 9', category: undefined });
});

test('missing and unknown categories; the config default fills in', () => {
  assert.equal(classesOf(listing({}), settings()), { label: 'category unknown', problem: 'missing' });
  assert.equal(classesOf(listing({ category: 'gadgets' }), settings()), { label: 'gadgets', category: 'gadgets', problem: 'unknown' });
  assert.equal(classesOf(listing({}), settings({ defaults: { category: 'toys' } })).classes, [28]);
});

test('category keys and class lists', () => {
  assert.is(categoryKey(' Beauty & Personal_Care '), 'beauty-and-personal-care');
  assert.is(classList([25]), 'class 25');
  assert.is(classList([18, 25]), 'classes 18, 25');
});

test.run();

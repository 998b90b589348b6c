import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { euMemberStates, expandTerritory, reaches } from '../../src/legal/territories.js';

test('the EU has 27 member states, GB is not one', () => {
  assert.is(euMemberStates.length, 27);
  assert.is(euMemberStates.includes('GB'), false);
});

test('EU and EM expand to the Union and every member state; UK is GB', () => {
  assert.is(expandTerritory('eu').length, 28);
  assert.equal(expandTerritory('EM'), expandTerritory('EU'));
  assert.equal(expandTerritory('UK'), ['GB']);
  assert.equal(expandTerritory(' jp '), ['JP']);
});

test('reaches: own territory, and an EU-wide listing from any member state', () => {
  assert.is(reaches(['US'], 'US'), true);
  assert.is(reaches(['US'], 'GB'), false);
  assert.is(reaches(['DE'], 'EU'), true);
  assert.is(reaches(['EU', ...euMemberStates], 'GB'), false);
});

test.run();

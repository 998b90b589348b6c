import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as legal from '../../src/legal/index.js';

test('legal exports exactly its public API', () => {
  assert.equal(Object.keys(legal).sort(), [
    'assessMatch', 'authorizationsFor', 'categoryClasses', 'categoryKey', 'classList', 'classesOf', 'coversListing',
    'euMemberStates', 'expandTerritory', 'fileMatches', 'isExpired', 'isKnownOffice', 'isLive',
    'isOwnBrand', 'jurisdictionOf', 'marketplaceTerritories', 'officeKey', 'officeTerritories', 'permissionFor', 'reaches',
    'readUse', 'refersTo', 'territoriesOf', 'territoryLabel',
  ]);
});

test.run();

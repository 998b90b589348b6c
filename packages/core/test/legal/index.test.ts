import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as legal from '../../src/legal/index.js';

test('legal exports exactly its public API', () => {
  assert.equal(Object.keys(legal).sort(), [
    'assessMatch', 'authorizationsFor', 'brandOwners', 'categoryClasses', 'categoryKey', 'classList', 'classesOf', 'coversListing',
    'euMemberStates', 'expandTerritory', 'fileMatches', 'isExpired', 'isKnownOffice', 'isLive',
    'isOwnBrand', 'isSameOwner', 'jurisdictionOf', 'marketplaceTerritories', 'officeKey', 'officeTerritories', 'ordinarySense', 'permissionFor', 'reaches',
    'readUse', 'refersTo', 'territoriesOf', 'territoryLabel',
  ]);
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as legal from '../../src/legal/index.js';

test('legal exports exactly its public API', () => {
  assert.equal(Object.keys(legal).sort(), [
    'assessMatch', 'authorizationsFor', 'brandOwners', 'builtinPresetId', 'categoryClasses', 'categoryKey', 'classList', 'classesOf', 'coversListing',
    'euMemberStates', 'expandTerritory', 'fileMatches', 'isExpired', 'isKnownOffice', 'isLive',
    'isOwnBrand', 'isSameOwner', 'jurisdictionOf', 'marketplaceKey', 'marketplaceTerritories', 'officeKey', 'officeTerritories', 'ordinarySense', 'permissionFor',
    'presetIdFor', 'presetOf', 'presetRule', 'presets', 'reaches', 'readUse', 'refersTo', 'shopPlatforms', 'territoriesOf', 'territoryLabel',
  ]);
});

test.run();

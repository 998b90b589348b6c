export { assessMatch, territoryLabel, type Assessment, type MatchContext, type RegistrationJudgement } from './assess-match.js';
export { jurisdictionOf, marketplaceTerritories, shopPlatforms, type Jurisdiction } from './marketplaces.js';
export { readUse, type UseCause, type UseInput, type UseReading } from './mark-use.js';
export { ordinarySense, type SenseCue, type SenseInput } from './ordinary-sense.js';
export { categoryClasses, categoryKey, classList, classesOf, type ListingGoods } from './nice-classes.js';
export { isKnownOffice, isLive, officeKey, officeTerritories, territoriesOf } from './offices.js';
export {
  authorizationsFor,
  brandOwners,
  coversListing,
  fileMatches,
  isExpired,
  isOwnBrand,
  isSameOwner,
  permissionFor,
  refersTo,
  type Permission,
} from './permissions.js';
export { euMemberStates, expandTerritory, reaches } from './territories.js';
export {
  builtinPresetId,
  marketplaceKey,
  presetIdFor,
  presetOf,
  presetRule,
  presets,
  type PolicySource,
  type Preset,
  type PresetExample,
  type PresetRule,
} from './presets.js';

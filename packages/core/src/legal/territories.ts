/** The 27 member states of the European Union (ISO 3166-1 alpha-2), where an EU trade mark reaches. */
export const euMemberStates: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];

const euMembers = new Set(euMemberStates);

/** Expands a territory to every territory it stands for: `EU` (or WIPO's `EM`) is the Union and each member state. */
export function expandTerritory(territory: string): string[] {
  const code = territory.trim().toUpperCase();
  if (code === 'EU' || code === 'EM') return ['EU', ...euMemberStates];
  // WIPO writes GB as GB; UK is a common spelling of the same territory.
  if (code === 'UK') return ['GB'];
  return [code];
}

/**
 * Whether a registration covering `territories` protects a mark in `jurisdiction`.
 * A listing sold in the whole EU is reached by a registration in any member state.
 */
export function reaches(territories: readonly string[], jurisdiction: string): boolean {
  if (territories.includes(jurisdiction)) return true;
  return jurisdiction === 'EU' && territories.some((territory) => euMembers.has(territory));
}

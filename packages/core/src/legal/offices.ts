import type { Registration } from '../types.js';
import { euMemberStates, expandTerritory } from './territories.js';

/**
 * Trademark offices and the territories their registrations cover. Keys are upper case;
 * spellings with spaces or hyphens are folded by `officeKey`. WIPO has no entry: an
 * international registration covers its `designations`.
 */
export const officeTerritories: Readonly<Record<string, readonly string[]>> = {
  USPTO: ['US'],
  EUIPO: ['EU', ...euMemberStates],
  OHIM: ['EU', ...euMemberStates],
  // UK comparable marks (UK009…/UK008…) are UKIPO registrations; EU marks stopped covering GB in 2021.
  UKIPO: ['GB'],
  IPO: ['GB'],
  CNIPA: ['CN'],
  SAIC: ['CN'],
  JPO: ['JP'],
  CIPO: ['CA'],
  IPAUSTRALIA: ['AU'],
  IPAU: ['AU'],
  IMPI: ['MX'],
  INPIBR: ['BR'],
  TURKPATENT: ['TR'],
  TÜRKPATENT: ['TR'],
  CGPDTM: ['IN'],
  IPINDIA: ['IN'],
  IPOS: ['SG'],
  CIPC: ['ZA'],
  SAIP: ['SA'],
  KIPO: ['KR'],
  IPONZ: ['NZ'],
  IGE: ['CH'],
  IPI: ['CH'],
  // National offices of EU member states (and Benelux, one office for three countries).
  DPMA: ['DE'],
  INPI: ['FR'],
  INPIFR: ['FR'],
  BOIP: ['NL', 'BE', 'LU'],
  UIBM: ['IT'],
  OEPM: ['ES'],
  PRV: ['SE'],
  UPRP: ['PL'],
  IPOI: ['IE'],
  OPA: ['AT'],
  ÖPA: ['AT'],
  DKPTO: ['DK'],
  PRH: ['FI'],
  INPIPT: ['PT'],
  HIPO: ['HU'],
  UPV: ['CZ'],
  OSIM: ['RO'],
  BPO: ['BG'],
  OBI: ['GR'],
  SIPO: ['HR', 'SI'],
  UPVSR: ['SK'],
  EPA: ['EE'],
  LRPV: ['LV'],
  VPB: ['LT'],
  IPOCY: ['CY'],
  IPOMT: ['MT'],
};

/** Folds an office name for lookup: `IP Australia` → `IPAUSTRALIA`, `INPI-BR` → `INPIBR`. */
export function officeKey(office: string): string {
  return office.toUpperCase().replace(/[\s\-_.]/g, '');
}

/** The office names a watchlist may use (WIPO included), for error messages. */
export function knownOffices(): string[] {
  return [...Object.keys(officeTerritories), 'WIPO'].sort();
}

/** Whether an office name is known (WIPO included), for watchlist validation. */
export function isKnownOffice(office: string): boolean {
  const key = officeKey(office);
  return key === 'WIPO' || key in officeTerritories;
}

/**
 * Territories a registration covers: its office's, or for WIPO its designations. An unknown
 * office written as a territory code (`US`, `EU`) covers that territory; any other unknown
 * office covers nothing.
 */
export function territoriesOf(registration: Registration): string[] {
  const key = officeKey(registration.office);
  if (key === 'WIPO') return (registration.designations ?? []).flatMap(expandTerritory);
  const known = officeTerritories[key];
  if (known) return [...known];
  return /^[A-Z]{2}$/.test(key) ? expandTerritory(key) : [];
}

/** Whether a registration still counts: pending applications do, dead, expired and cancelled ones do not. */
export function isLive(registration: Registration): boolean {
  return registration.status === 'registered' || registration.status === 'pending';
}

import { officeKey } from '../legal/offices.js';

/** Each office's public register, where a seller confirms a registration by hand (rules-catalog §6.3). */
const registers: Record<string, { name: string; url: string }> = {
  USPTO: { name: 'USPTO TSDR (search by serial or registration number)', url: 'https://tsdr.uspto.gov/' },
  EUIPO: { name: 'EUIPO eSearch plus', url: 'https://euipo.europa.eu/eSearch/' },
  UKIPO: { name: 'UK IPO trade mark search', url: 'https://trademarks.ipo.gov.uk/ipo-tmtext' },
  WIPO: { name: 'WIPO Madrid Monitor', url: 'https://www3.wipo.int/madrid/monitor/en/' },
  CNIPA: { name: 'CNIPA trademark search', url: 'https://sbj.cnipa.gov.cn/' },
  JPO: { name: 'J-PlatPat', url: 'https://www.j-platpat.inpit.go.jp/' },
  DPMA: { name: 'DPMAregister', url: 'https://register.dpma.de/' },
  CIPO: { name: 'Canadian Trademarks Database', url: 'https://ised-isde.canada.ca/cipo/trademark-search/srch' },
  IPAUSTRALIA: { name: 'IP Australia trade mark search', url: 'https://search.ipaustralia.gov.au/trademarks/search/quick' },
};

/** Any office: TMview searches the EU offices and many others. */
const fallback = { name: 'TMview (many offices in one search)', url: 'https://www.tmdn.org/tmview/' };

/** Where to look a registration up by hand: the office's own register, else TMview. */
export function officeSearchPage(office: string | undefined): { office: string; name: string; url: string } {
  const key = office === undefined ? '' : officeKey(office);
  const register = registers[key === 'OHIM' ? 'EUIPO' : key === 'IPO' ? 'UKIPO' : key === 'IPAU' ? 'IPAUSTRALIA' : key];
  return { office: office ?? 'unknown', ...(register ?? fallback) };
}

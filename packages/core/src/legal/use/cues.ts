// The words of listing copy that tell how a mark is used (design.md "How a mark is used").
// Phrases are lower-case word sequences as `tokenise` splits them; `/` and `,` are tokens of their own.

/** What a cue makes of the marks it governs. */
export type CueKind =
  | 'compatibility'
  | 'platform'
  | 'component'
  | 'disclaimer'
  | 'certification'
  | 'reference'
  | 'official';

export interface Cue {
  words: string[];
  kind: CueKind;
  /** A weak cue (`for`, `with`, `on`) governs a list only of product names, not of arbitrary words. */
  weak?: boolean;
}

const cue = (kind: CueKind, phrases: string[], weak = false): Cue[] =>
  phrases.map((phrase) => ({ words: phrase.split(' '), kind, weak }));

/** Cues that stand before the marks they govern, longest first when they share a tail. */
export const cuesBefore: Cue[] = [
  ...cue('disclaimer', [
    'not affiliated with', 'not affiliated to', 'not associated with', 'not endorsed by', 'not sponsored by', 'not made by',
    'not manufactured by', 'not produced by', 'not authorized by', 'not authorised by', 'not approved by', 'not connected with',
    'or endorsed by', 'nor endorsed by', 'or sponsored by', 'or affiliated with', 'or associated with', 'not original', 'not an original', 'not genuine', 'no affiliation with', 'unaffiliated with', 'independent of', 'without',
    'trademark of', 'trademarks of', 'property of', 'owned by', 'belongs to', 'nicht von', 'ohne',
  ]),
  ...cue('certification', ['certified by', 'approved by', 'tested by', 'certified for', 'zertifiziert von']),
  ...cue('reference', ['first sold at', 'originally sold at', 'sold at', 'as seen on', 'as featured in', 'featured in', 'available at']),
  ...cue('official', ['officially licensed', 'official licensed', 'official', 'licensed', 'offiziell lizenziert', 'offizielles']),
  ...cue('compatibility', [
    'compatible with', 'works great with', 'works well with', 'works perfectly with', 'fits perfectly', 'compatible for', 'compatible to', 'compatibility with', 'works with', 'work with', 'working with',
    'for use with', 'use with', 'used with', 'replacement for', 'replacement of', 'replaces', 'designed for', 'intended for',
    'suitable for', 'fits for', 'fits', 'fit for', 'fit', 'fitting', 'pairs with', 'syncs with', 'connects to', 'connects with',
    'supports', 'support for', 'such as', 'including', 'includes', 'e.g.', 'eg', 'kompatibel mit', 'passend für', 'passend zu',
    'geeignet für', 'ersatz für', 'zum beispiel', 'made for', 'for use in',
  ]),
  ...cue('platform', [
    'streams', 'stream', 'streaming', 'stream from', 'watch', 'runs', 'running', 'run', 'ships with', 'comes with', 'preinstalled',
    'pre-installed', 'powered by', 'available on', 'download from', 'download on', 'content from', 'follow me on', 'follow us on',
    'find us on', 'find me on', 'join me on', 'join us on', 'like us on', 'payment through', 'payment via', 'payment by',
    'payments through', 'pay via', 'pay with', 'pay through', 'accept', 'shipped through', 'shipped via', 'shipped by', 'ship via',
    'ships via', 'shipping via', 'shipping through', 'shipping', 'delivered by', 'delivery by', 'via', 'ok', 'hey', 'using', 'access',
    'play on', 'game on', 'controlled by', 'control with', 'voice control', 'läuft mit',
  ]),
  ...cue('platform', ['on'], true),
  ...cue('component', ['built-in', 'inside', 'featuring', 'equipped with', 'uses', 'genuine']),
  ...cue('component', ['with', 'mit'], true),
  ...cue('compatibility', ['for', 'für'], true),
];

/** Words before a colon that make the bullet a list of platforms, components or compatible products. */
export const labelWords: Record<string, CueKind> = {
  compatibility: 'compatibility', compatible: 'compatibility', fits: 'compatibility', devices: 'compatibility', models: 'compatibility',
  apps: 'platform', app: 'platform', os: 'platform', software: 'platform', system: 'platform', requirements: 'platform',
  features: 'platform', feature: 'platform', platform: 'platform', platforms: 'platform', services: 'platform', supported: 'platform',
  support: 'platform', streaming: 'platform', connectivity: 'platform', voice: 'platform', assistant: 'platform', shipping: 'platform',
  payment: 'platform', payments: 'platform', processor: 'component', chipset: 'component', cpu: 'component', sound: 'component',
  audio: 'component', display: 'component', camera: 'component', sensor: 'component', glass: 'component', graphics: 'component',
  specifications: 'component', specs: 'component', chip: 'component',
};

/** Words just after a mark (past its model numbers) that make it a platform, component or certification. */
export const cuesAfter: Record<string, CueKind> = {
  compatible: 'compatibility', compatibility: 'compatibility', kompatibel: 'compatibility', 対応: 'compatibility',
  互換: 'compatibility', 用: 'compatibility',
  app: 'platform', apps: 'platform', application: 'platform', play: 'platform', assistant: 'platform', enabled: 'platform',
  'built-in': 'platform', support: 'platform', supported: 'platform', os: 'platform', account: 'platform', subscription: 'platform',
  ready: 'platform', integration: 'platform', store: 'platform', us: 'platform',
  processor: 'component', chip: 'component', chipset: 'component', soc: 'component', cpu: 'component', gpu: 'component',
  sensor: 'component', switch: 'component', switches: 'component', glass: 'component', audio: 'component', vision: 'component',
  atmos: 'component', sound: 'component', technology: 'component', tech: 'component', inside: 'component', lens: 'component',
  codec: 'component', dts: 'component', cores: 'component', core: 'component',
  certified: 'certification', certification: 'certification', approved: 'certification', mfi: 'certification',
  zertifiziert: 'certification',
};

/** Phrases after a mark that disclaim it: "Xbox is a trademark of …". */
export const disclaimersAfter: string[][] = [
  'is a trademark', 'is a registered trademark', 'are trademarks', 'are registered trademarks', 'is not affiliated',
  'is not included', 'not included', 'is a trademark of', 'ist eine marke',
].map((phrase) => phrase.split(' '));

/** Product nouns that mark an accessory: what serves another product ("Apple Watch band" fits the watch). */
export const accessoryNouns = new Set([
  'case', 'cover', 'charger', 'cable', 'cord', 'adapter', 'adaptor', 'strap', 'band', 'mount', 'holder', 'stand', 'dock', 'sleeve',
  'skin', 'protector', 'replacement', 'refill', 'filter', 'lid', 'straw', 'battery', 'remote', 'bumper', 'pouch', 'insole', 'lace',
  'shoelace', 'part', 'nozzle', 'cartridge', 'pod', 'blade', 'accessory', 'accessories', 'tip', 'film', 'keyboard', 'controller',
  'hülle', 'schutzhülle', 'ladekabel', 'kabel', 'ladegerät', 'netzteil', 'halterung', 'armband', 'ersatzteil', 'ersatzteile',
  'ersatz', 'deckel',
]);
export const accessoryNounsJapanese = ['ケース', 'カバー', 'ケーブル', '充電器', 'フィルム', 'バンド', 'ホルダー', '交換'];

/** Words of a product model or range that may stand between a mark and what follows it. */
export const modelWords = new Set([
  'plus', 'pro', 'max', 'mini', 'note', 'air', 'series', 'ultra', 'lite', 'edition', 'gen', 'generation', 'watch', 'tab', 'pad',
  'phone', 'phones', 'smartphone', 'smartphones', 'tablet', 'tablets', 'laptop', 'laptops', 'tv', 'tvs', 'book', 'se', 'xl', 'mobile',
  'mobiles', 'model', 'models', 'version', 'versions', 'devices', 'device', 'console', 'consoles', 'nd', 'rd', 'th', 'st', 'and',
]);

/** Lower-case words a list of products may hold between its cue and a mark. */
export const listFillers = new Set([
  'all', 'most', 'any', 'your', 'the', 'other', 'many', 'major', 'leading', 'popular', 'latest', 'various', 'a', 'an', 'of',
  'brands', 'brand', 'universal', 'new', 'old', 'up', 'inch', 'inches', 'based', 'select', 'selected', 'standard', 'original',
  'genuine', 'official', 'etc', 'more', 'also', 'both', 'popular', 'leading', 'compatible', 'gaming', 'smart', 'streaming',
  'wireless', 'bluetooth', 'usb', 'type-c', 'android', 'ios', 'like',
]);

/** Words that separate the items of a list. */
export const separators = new Set([',', '/', '&', '+', 'and', 'or', 'und', 'oder', '(', ')', '、', 'etc', '・']);

/** Words that end a clause: the list a cue introduced is over. */
export const clauseEnds = new Set(['.', ';', '!', '?', '|', '。', '–', '—', '•', '►', '✤', '\n']);

/** Audience words: "shoes for men, Nike" is not a list of products. */
export const audienceWords = new Set([
  'men', 'mens', 'women', 'womens', 'kids', 'kid', 'girls', 'girl', 'boys', 'boy', 'him', 'her', 'baby', 'babies', 'toddlers',
  'toddler', 'adults', 'adult', 'teens', 'fans', 'fan', 'lovers', 'lover', 'gift', 'gifts', 'everyone', 'ladies', 'gents',
  'herren', 'damen', 'kinder', 'mädchen', 'jungen', 'christmas', 'birthday', 'halloween', 'party', 'parties',
]);

/** Counterfeit and comparison phrasing (design.md: brand-like comparison). */
export const counterfeitBefore = new RegExp(
  '(?<![\\p{L}\\p{N}])(inspired by|inspiriert von|in the style of|im stil von|style of|dupe of|dupe for|dupes?|' +
    'replicas? of|replicas?|knock-?offs? of|knock-?offs?|knock offs? of|knock offs?|imitation of|imitation|imitat|' +
    'fake|copy of|high copy|look-?alikes? of|similar to|ähnlich wie|' +
    'alternatives? to|better than|besser als|just like|same as|sounds like|looks like|feels like|fits like|as good as|' +
    'compared to|comparable to|equivalent to|vs\\.?|versus)' +
    '\\s+(?:(?:the|a|an|der|die|das|den)\\s+)?$',
  'iu',
);
export const comparisonPhrases = new Set([
  'similar to', 'ähnlich wie', 'alternative to', 'alternatives to', 'better than', 'besser als', 'just like', 'same as', 'sounds like',
  'looks like', 'feels like', 'fits like', 'as good as', 'compared to', 'comparable to', 'equivalent to', 'vs', 'vs.', 'versus',
]);
export const counterfeitAfter =
  /^(\s*-\s*|\s+)(style|stil|inspired|dupes?|replicas?|knock-?offs?|alternatives?|look-?alikes?)(?![\p{L}\p{N}])/iu;
export const counterfeitAfterHyphen = /^-(like|artig)(?![\p{L}\p{N}])/iu;
export const counterfeitAfterJapanese = /^\s*(風|スタイル|タイプ|コピー)/u;

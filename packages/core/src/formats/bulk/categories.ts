/**
 * Bulk-file categories → Nice classes: Amazon product types (classic `feed_product_type`
 * values such as `shirt`, JSON-style `product_type#1.value` values such as `SHIRT`,
 * `CELLULAR_PHONE_CASE`), common `item_type_keyword` values, and Shopify's top-level product
 * categories (`Apparel & Accessories > Clothing > Shirts` is looked up by its first part).
 * Only the class that covers the goods is given, as in the built-in category table
 * (`legal/nice-classes.ts`); config `categories` overrides any entry by the value as written.
 * An unknown value is left to the unknown-category warning.
 */

/** Amazon product types and item-type keywords, folded by `productTypeKey`. */
export const amazonProductTypes: Readonly<Record<string, readonly number[]>> = {
  // Clothing, shoes, bags, jewellery, watches
  shirt: [25], tshirt: [25], sweater: [25], sweatshirt: [25], coat: [25], dress: [25], pants: [25], shorts: [25],
  skirt: [25], underwear: [25], bra: [25], sock: [25], socks: [25], hat: [25], swimwear: [25], outerwear: [25],
  apparel: [25], clothing: [25], accessory: [25], shoes: [25], shoe: [25], boot: [25], sandal: [25], slipper: [25],
  athleticshirts: [25], runningshoes: [25], sneakers: [25],
  handbag: [18], luggage: [18], backpack: [18], wallet: [18], suitcase: [18], petcollar: [18],
  watch: [14], jewelry: [14], finering: [14], fineearring: [14], finenecklacebraceletanklet: [14],
  fashionnecklacebraceletanklet: [14], fashionearring: [14], fashionring: [14], necklace: [14], bracelet: [14],
  earring: [14], ring: [14],
  // Electronics
  cellularphonecase: [9], cellularphone: [9], phoneaccessory: [9], consumerelectronics: [9], headphones: [9],
  earbuds: [9], speakers: [9], electroniccable: [9], chargingadapter: [9], powerbank: [9], batterycharger: [9],
  computer: [9], computercomponent: [9], keyboards: [9], mouse: [9], personalcomputer: [9], tablet: [9],
  camera: [9], videogameaccessories: [9], videogamecontroller: [9], smartwatch: [9], usbcable: [9], wirelessaccessory: [9],
  // Toys, games, sports
  toy: [28], toysandgames: [28], toyfigure: [28], boardgame: [28], puzzle: [28], doll: [28], sportinggoods: [28],
  sportsandoutdoors: [28], exerciseequipment: [28], fitnessequipment: [28], balls: [28], bicycle: [12],
  // Beauty, health
  beauty: [3], beautymisc: [3], skincareagent: [3], skincleaningagent: [3], haircareagent: [3], shampoo: [3],
  perfume: [3], fragrance: [3], makeup: [3], cosmetics: [3], lipstick: [3], nailpolish: [3],
  health: [10], healthpersonalcare: [10], medicaldevice: [10], dietarysupplement: [5], vitamin: [5],
  // Home, kitchen, tools, auto, office, books, pets, food
  home: [21], kitchen: [21], homeandkitchen: [21], drinkingcup: [21], bottle: [21], cookware: [21], dinnerware: [21],
  kitchenware: [21], storagebox: [21], furniture: [20], lamp: [11], lightfixture: [11], bedding: [24], towel: [24],
  curtain: [24], tools: [7, 8], hardware: [7, 8], handtool: [8], powertool: [7], autoaccessory: [12],
  automotiveaccessories: [12], automotive: [12], vehiclepart: [12], officeproducts: [16], officesupplies: [16],
  stationery: [16], book: [16], books: [16], abisbook: [16], pet: [31], petsupplies: [31], petfood: [31],
  petsuppliesmisc: [31], grocery: [29, 30, 31, 32, 33], food: [29, 30, 31, 32, 33], beverage: [32], coffee: [30], tea: [30],
};

/** Shopify's top-level product categories (Standard Product Taxonomy verticals), by their name folded to lower case. */
export const shopifyTopCategories: Readonly<Record<string, readonly number[]>> = {
  'animals & pet supplies': [31],
  'apparel & accessories': [25],
  'arts & entertainment': [16],
  'baby & toddler': [25],
  'cameras & optics': [9],
  electronics: [9],
  'food, beverages & tobacco': [29, 30, 31, 32, 33],
  furniture: [20],
  hardware: [7, 8],
  'health & beauty': [3],
  'home & garden': [21],
  'luggage & bags': [18],
  media: [16],
  'office supplies': [16],
  software: [9],
  'sporting goods': [28],
  'toys & games': [28],
  'vehicles & parts': [12],
};

/** Folds an Amazon product type: `CELLULAR_PHONE_CASE`, `cellularphonecase`, `Cellular Phone Case` → `cellularphonecase`. */
export function productTypeKey(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** The Nice classes of a bulk-file category value, or undefined when the table does not know it. */
export function bulkCategoryClasses(value: string): readonly number[] | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const top = trimmed.split('>')[0].trim().toLowerCase();
  return shopifyTopCategories[top] ?? amazonProductTypes[productTypeKey(trimmed)];
}

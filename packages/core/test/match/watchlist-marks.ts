import type { Mark } from '../../src/types.js';

/** A mark as the watchlist loader would build it, for matcher tests. */
export function mark(id: string, written: string, variants: string[] = [], genericPhrases: string[] = []): Mark {
  return {
    id,
    mark: written,
    owner: `${written} owner`,
    famous: false,
    variants,
    genericPhrases,
    registrations: [],
    source: { file: 'watchlist.yaml', line: 1 },
  };
}

/** The real marks named in the matcher's issue, with their disguise traps. */
export const realMarks: Mark[] = [
  mark('nike', 'NIKE', ['Nike Air']),
  mark('sony', 'Sony', ['ソニー']),
  mark('adidas', 'adidas'),
  mark('dove', 'Dove'),
  mark('shell', 'Shell'),
  mark('canon', 'Canon', ['キヤノン']),
  mark('philips', 'Philips'),
  mark('nestle', 'Nestlé'),
  mark('levis', "Levi's"),
  mark('pokemon', 'Pokémon', ['ポケモン']),
  mark('xbox', 'Xbox'),
  mark('hello-kitty', 'Hello Kitty', ['ハローキティ']),
  mark('ray-ban', 'Ray-Ban'),
  mark('coca-cola', 'Coca-Cola'),
  mark('apple', 'Apple', [], ['apple cider vinegar']),
  mark('samsung', 'Samsung'),
  mark('muji', 'MUJI', ['無印良品']),
];

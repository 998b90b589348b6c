/** Leetspeak digits and symbols, and the letters each can stand for (the first is the usual reading). */
export const leetReadings: ReadonlyMap<number, readonly number[]> = new Map(
  (
    [
      ['0', 'o'],
      ['1', 'il'],
      ['3', 'e'],
      ['4', 'a'],
      ['5', 's'],
      ['7', 't'],
      ['@', 'a'],
      ['$', 's'],
    ] as const
  ).map(([symbol, letters]) => [symbol.charCodeAt(0), [...letters].map((letter) => letter.charCodeAt(0))]),
);

/** True when `symbol` (a folded code point) can be read as `letter` in leetspeak. */
export function leetReadsAs(symbol: number, letter: number): boolean {
  const letters = leetReadings.get(symbol);
  return letters !== undefined && letters.includes(letter);
}

const PRIMARY = new Int32Array(128);
for (const [symbol, letters] of leetReadings) PRIMARY[symbol] = letters[0];

/** The usual letter a leet digit or symbol stands for, or 0 when `code` is not one. */
export function leetPrimary(code: number): number {
  return code < 128 ? PRIMARY[code] : 0;
}

/**
 * Whether a text holds one of `words` (lower case), looked for with `includes` on the lower-cased
 * text: far cheaper than the patterns of the claim and house rules, which then run only on the
 * few texts that pass. The long s folds to s, as in the patterns' case-insensitive matching.
 * Several rules read the same fields: the lower-cased texts of the last few listings are kept.
 */
export function holdsAnyWord(text: string, words: readonly string[]): boolean {
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    const lower = text.toLowerCase();
    folded = lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
    if (foldedTexts.size >= 512) foldedTexts.clear();
    foldedTexts.set(text, folded);
  }
  return words.some((word) => folded.includes(word));
}

const foldedTexts = new Map<string, string>();

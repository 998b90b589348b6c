/** One token of listing copy: a word (letters, digits, inner `'’.-`) or one punctuation character. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

const tokenPattern = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

/** Splits text into tokens; a trailing dot stays on a word only when the word has an inner dot (`e.g.`). */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const hit of text.matchAll(tokenPattern)) {
    let value = hit[0];
    const start = hit.index;
    let trailingDot = false;
    if (value.length > 1 && value.endsWith('.') && !/\p{L}\.\p{L}/u.test(value)) {
      value = value.slice(0, -1);
      trailingDot = true;
    }
    const word = /[\p{L}\p{N}]/u.test(value);
    tokens.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, word });
    if (trailingDot) tokens.push({ text: '.', lower: '.', start: start + value.length, end: start + value.length + 1, word: false });
  }
  return tokens;
}

/** Whether a word token is written with a capital first letter (`Nike`, `iPhone` is not). */
export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** A model or size token: it holds a digit (`15`, `S23`, `5C`, `2Xl`) or is a short all-capital code (`XS`, `SE`, `TV`). */
export function isModelToken(token: Token): boolean {
  return token.word && (/\p{N}/u.test(token.text) || /^\p{Lu}{2,4}$/u.test(token.text));
}

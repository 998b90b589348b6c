/** Number of dense (array-indexed) symbols: 26 letters with `l` merged into `i`, and the digits 2, 6, 8, 9. */
const DENSE_SYMBOLS = 30;
const WIDE_STRIDE = 0x110000;

// The trie runs on a coarse alphabet in which leet digits and symbols read as their letter and
// `i`/`l`/`1` are one symbol; the exact reading is checked on each candidate afterwards.
const DENSE_INDEX = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let letter = 0; letter < 26; letter++) table[97 + letter] = letter;
  table['l'.charCodeAt(0)] = 'i'.charCodeAt(0) - 97;
  const readAs: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
  for (const [symbol, letter] of Object.entries(readAs)) table[symbol.charCodeAt(0)] = letter.charCodeAt(0) - 97;
  ['2', '6', '8', '9'].forEach((digit, offset) => (table[digit.charCodeAt(0)] = 26 + offset));
  return table;
})();

/**
 * A trie over folded characters (the watchlist's automaton): built once, walked from each word start.
 * Node 0 is the root; a child index of 0 means "no child".
 */
export class KeywordTrie {
  private dense = new Int32Array(DENSE_SYMBOLS * 1024);
  private wide = new Map<number, number>();
  private nodeCount = 1;
  /** Keys ending at each node (indices into the caller's key table). */
  readonly keysAt: (number[] | undefined)[] = [undefined];
  /** Nodes where some key has a word break before its next character ("hello kitty"). */
  private breakAt = new Uint8Array(1024);
  /** Nodes where a one-word key may be split by a space (3+ letters on each side: `Air Pods`). */
  private splitAt = new Uint8Array(1024);

  /** Adds a key (folded code points); `breaks[d]` is true when the key has a word break before character d. */
  add(key: ArrayLike<number>, breaks: ArrayLike<boolean>, keyIndex: number, minSplitPart = 0): void {
    let node = 0;
    for (let depth = 0; depth < key.length; depth++) {
      if (breaks[depth]) this.breakAt[node] = 1;
      if (minSplitPart > 0 && depth >= minSplitPart && key.length - depth >= minSplitPart) this.splitAt[node] = 1;
      let next = this.child(node, key[depth]);
      if (next === 0) {
        next = this.newNode();
        const symbol = key[depth];
        const dense = symbol < 128 ? DENSE_INDEX[symbol] : -1;
        if (dense >= 0) this.dense[node * DENSE_SYMBOLS + dense] = next;
        else this.wide.set(node * WIDE_STRIDE + symbol, next);
      }
      node = next;
    }
    (this.keysAt[node] ??= []).push(keyIndex);
  }

  /** The child of `node` on folded character `symbol`, or 0. */
  child(node: number, symbol: number): number {
    if (symbol < 128) {
      const dense = DENSE_INDEX[symbol];
      return dense < 0 ? 0 : this.dense[node * DENSE_SYMBOLS + dense];
    }
    return this.wide.get(node * WIDE_STRIDE + symbol) ?? 0;
  }

  /** True when some key through `node` has a word break right after it. */
  breaksAfter(node: number): boolean {
    return this.breakAt[node] === 1;
  }

  /** True when some one-word key through `node` may be split by a space right after it. */
  splitsAfter(node: number): boolean {
    return this.splitAt[node] === 1;
  }

  private newNode(): number {
    const node = this.nodeCount++;
    if (node * DENSE_SYMBOLS >= this.dense.length) {
      const dense = new Int32Array(this.dense.length * 2);
      dense.set(this.dense);
      this.dense = dense;
      const breakAt = new Uint8Array(this.breakAt.length * 2);
      breakAt.set(this.breakAt);
      this.breakAt = breakAt;
      const splitAt = new Uint8Array(this.splitAt.length * 2);
      splitAt.set(this.splitAt);
      this.splitAt = splitAt;
    }
    this.keysAt.push(undefined);
    return node;
  }
}

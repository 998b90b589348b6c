const MAX_TOKENS = 1 << 16;

/** A bounded set of tokens known to hold no candidate on their own: copy repeats its words. Emptied when full. */
export class InertTokens {
  private readonly tokens = new Set<string>();

  /** True when `token` was added (and not since forgotten). */
  has(token: string): boolean {
    return this.tokens.has(token);
  }

  /** Adds `token`. */
  add(token: string): void {
    if (this.tokens.size >= MAX_TOKENS) this.tokens.clear();
    this.tokens.add(token);
  }
}

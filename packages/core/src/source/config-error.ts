/** A broken config, watchlist or baseline: the run stops with exit 2 and this message. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly key: string | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${key ? `\`${key}\`: ` : ''}${reason}`);
    this.name = 'ConfigError';
  }
}

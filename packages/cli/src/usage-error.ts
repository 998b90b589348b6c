/** A problem with how listinglint was invoked or with a file it was told to read: exit code 2. */
export class UsageError extends Error {
  /** The process exit code this error maps to. */
  readonly exitCode = 2;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UsageError';
  }
}

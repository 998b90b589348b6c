import type { Mark, Matcher } from '../types.js';

/** A watchlist self-test that did not hold. */
export interface ExampleFailure {
  markId: string;
  example: string;
  expected: 'match' | 'noMatch';
  source: { file: string; line: number };
}

/** Runs every mark's `examples`: a `match` example must find the mark, a `noMatch` example must not. */
export function checkExamples(marks: Mark[], matcher: Matcher): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  for (const mark of marks) {
    const finds = (example: string): boolean => matcher.scan(example).some((match) => match.markId === mark.id);
    for (const example of mark.examples?.match ?? []) {
      if (!finds(example)) failures.push({ markId: mark.id, example, expected: 'match', source: mark.source });
    }
    for (const example of mark.examples?.noMatch ?? []) {
      if (finds(example)) failures.push({ markId: mark.id, example, expected: 'noMatch', source: mark.source });
    }
  }
  return failures;
}

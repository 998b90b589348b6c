export { checkExamples, type ExampleFailure } from './check-examples.js';
export { compileMatcher } from './compile-matcher.js';
export { describeMatch } from './describe-match.js';

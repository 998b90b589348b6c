// The one place the bulk readers import the positioned-text building blocks from, so that the
// move of `listing/{mapped-text,line-index,source-tree}.ts` to `source/` (issue #10) is one edit.
export { MappedText } from '../../source/mapped-text.js';
export { LineIndex } from '../../source/line-index.js';
export type { SourceNode, SourceEntry } from '../../source/source-tree.js';

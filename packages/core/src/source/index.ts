export { ConfigError } from './config-error.js';
export { ConfigReader, type ConfigNode } from './config-reader.js';
export { LineIndex } from './line-index.js';
export { MappedText } from './mapped-text.js';
export { ListingSyntaxError, type SourceEntry, type SourceNode } from './source-tree.js';

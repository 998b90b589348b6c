export { ConfigError } from './config-error.js';
export { ConfigReader, type ConfigNode } from './config-reader.js';

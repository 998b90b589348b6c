export { ConfigError } from './config-error.js';
export { ConfigReader } from './config-reader.js';

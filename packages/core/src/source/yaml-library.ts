import { createRequire } from 'node:module';

type YamlLibrary = typeof import('yaml');

let library: YamlLibrary | undefined;

/**
 * The `yaml` package, loaded on first use (synchronously, through its CommonJS build): plain
 * front matter, configs and watchlists never need it, and loading it costs a warm run 35 ms.
 */
export function yamlLibrary(): YamlLibrary {
  library ??= createRequire(import.meta.url)('yaml') as YamlLibrary;
  return library;
}

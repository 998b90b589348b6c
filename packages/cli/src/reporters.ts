import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Reporter } from '@listinglint/core';
import { UsageError } from './usage-error.js';

const builtin: Record<string, string> = {
  terminal: '@listinglint/reporter-terminal',
  json: '@listinglint/reporter-json',
  sarif: '@listinglint/reporter-sarif',
  github: '@listinglint/reporter-github',
  html: '@listinglint/reporter-html',
};

/**
 * Loads a reporter by format name: a built-in one, or an installed package
 * `listinglint-reporter-<name>` (resolved from the working directory) whose default export
 * is a `(report, options) => string` function.
 */
export async function loadReporter(name: string, cwd: string): Promise<Reporter> {
  let module: { default?: unknown };
  if (builtin[name]) {
    module = (await import(builtin[name])) as { default?: unknown };
  } else {
    const packageName = name.startsWith('listinglint-reporter-') ? name : `listinglint-reporter-${name}`;
    let resolved: string;
    try {
      resolved = createRequire(path.join(cwd, 'package.json')).resolve(packageName);
    } catch {
      throw new UsageError(`Unknown format \`${name}\`: use terminal, json, sarif, github or html, or install the package \`${packageName}\``);
    }
    module = (await import(pathToFileURL(resolved).href)) as { default?: unknown };
  }
  if (typeof module.default !== 'function') throw new UsageError(`The reporter \`${name}\` does not export a default function`);
  return module.default as Reporter;
}

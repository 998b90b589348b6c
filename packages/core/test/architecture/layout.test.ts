import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { builtinRules } from '../../src/rules/index.js';

// The layout docs/architecture.md promises, checked on the import graph of the sources.
const packages = fileURLToPath(new URL('../../../', import.meta.url));
const src = path.join(packages, 'core', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : name.endsWith('.ts') ? [file] : [];
  });
}

/** Static and dynamic import specifiers of a file: relative ones resolved to .ts files, others as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]);
  return found.map((spec) => (spec.startsWith('.') ? path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts') : spec));
}

const files = sources(src);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

test('reporters depend on @listinglint/types only', () => {
  for (const name of readdirSync(packages).filter((entry) => entry.startsWith('reporter-'))) {
    const manifest = JSON.parse(readFileSync(path.join(packages, name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    assert.equal(Object.keys(manifest.dependencies ?? {}), ['@listinglint/types'], name);
  }
});

test('the kernel imports no file system, path or process, at any depth', () => {
  const seen = new Set<string>();
  const bad: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of graph.get(file) ?? []) {
      if (spec.startsWith('/')) visit(spec);
      else if (/^(node:)?(fs|fs\/promises|path|process|child_process|os|worker_threads)$/.test(spec)) bad.push(`${path.relative(src, file)} → ${spec}`);
    }
  };
  for (const file of files.filter((file) => file.includes(`${path.sep}kernel${path.sep}`))) visit(file);
  assert.equal(bad, []);
});

test('core has no import cycle between folders that point upward', () => {
  // Folders from bottom to top: a file may import its own folder and those below.
  const order = ['types.ts', 'source', 'listing', 'formats', 'match', 'legal', 'watchlist', 'registry', 'image', 'rules', 'kernel', 'engine', 'project', 'triage', 'index.ts'];
  const level = (file: string) => order.indexOf(path.relative(src, file).split(path.sep)[0]);
  const upward: string[] = [];
  for (const [file, specs] of graph) {
    for (const spec of specs) {
      if (spec.startsWith('/') && level(spec) > level(file)) upward.push(`${path.relative(src, file)} → ${path.relative(src, spec)}`);
    }
  }
  assert.equal(upward, []);
});

test('every rule has its logic in a hook, none of them empty', () => {
  for (const rule of builtinRules.values()) {
    const hooks = [rule.check, rule.checkRun, rule.checkFailure, rule.checkSuppressions].filter((hook) => hook !== undefined);
    assert.ok(hooks.length > 0, `${rule.id} has no hook`);
    for (const hook of hooks) assert.not.match(String(hook), /^\w*\s*\([^)]*\)\s*\{\s*\}$/, `${rule.id} has an empty hook`);
  }
});

test.run();

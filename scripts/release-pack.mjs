#!/usr/bin/env node
// `pnpm release:pack`: builds every package and packs each into dist/tarballs/<name>-<version>.tgz
// with `pnpm pack`, which rewrites `workspace:` ranges to the packages' versions. The tarballs
// install into any project with npm (docs/getting-started.md). Prints the tarballs' paths.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'dist', 'tarballs');

/** pnpm as this script was started by it (`npm_execpath`), else the pinned one through npx. */
function pnpm(args, cwd) {
  const execpath = process.env.npm_execpath;
  const [command, prefix] = execpath && /pnpm/.test(execpath) ? [process.execPath, [execpath]] : ['npx', ['--yes', 'pnpm@10.34.9']];
  execFileSync(command, [...prefix, ...args], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

const rootManifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
// The build script lists every package in dependency order.
const packages = rootManifest.scripts.build.split(' ').filter((word) => word.startsWith('packages/'));
pnpm(['run', 'build'], root);
execFileSync(process.execPath, [path.join(root, 'scripts', 'copy-schemas.mjs')]);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const dir of packages) pnpm(['pack', '--pack-destination', out], path.join(root, dir));
const tarballs = readdirSync(out).filter((name) => name.endsWith('.tgz')).sort();
if (tarballs.length !== packages.length) throw new Error(`expected ${packages.length} tarballs in ${out}, found ${tarballs.length}`);
for (const name of tarballs) process.stdout.write(`${path.join(out, name)}\n`);

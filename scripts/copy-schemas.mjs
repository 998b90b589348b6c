#!/usr/bin/env node
// Copies the published JSON Schemas (docs/schemas/*.json, the source of truth) into the
// `listinglint` package's schemas/ folder, which its `files` ships (run before packing).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../docs/schemas/', import.meta.url));
const to = fileURLToPath(new URL('../packages/cli/schemas/', import.meta.url));
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from).filter((name) => name.endsWith('.json'))) copyFileSync(from + name, to + name);

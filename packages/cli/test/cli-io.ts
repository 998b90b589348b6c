import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { main } from '../src/index.js';

/** Runs the CLI in-process in `cwd` and captures what it writes; `io` adds standard input or a fixed clock. */
export async function runCli(argv: string[], cwd: string, env: Record<string, string | undefined> = {}, io: { stdin?: Readable; now?: () => Date } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    env: { NO_COLOR: '1', ...env },
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    today: '2026-06-01',
    ...io,
  });
  return { code, stdout, stderr };
}

/** Writes a scratch project from a map of relative paths to contents. */
export function scratchProject(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'listinglint-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/** A small watchlist used by CLI tests. */
export const smallWatchlist = `marks:
  - id: nike
    mark: NIKE
    owner: Nike, Inc.
    famous: true
    registrations:
      - { office: USPTO, number: "0978952", classes: [18, 25] }
  - id: sony
    mark: SONY
    owner: Sony Group Corporation
    registrations:
      - { office: USPTO, number: "0751006", classes: [9] }
`;

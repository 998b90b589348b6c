#!/usr/bin/env node
// Text part of the bench: wall time and peak RSS of `listinglint --no-ocr` on the generated corpora
// (the realistic one, with Markdown bodies as real listings write them, then the plain one),
// cold (--no-cache) and warm (second run with the result cache), next to
// `LC_ALL=C grep -rFiwo -f terms.txt` on the same files, measured in this one run.
//   node scripts/bench/text.mjs [realistic] [plain] [--record]   (needs `pnpm build` first; default both)
// The cold report must be byte-identical to the one recorded in expected-reports.json (written
// by the code before the fast paths); --record replaces it when findings are meant to change.
// Each command runs several times and the fastest run counts: the machine is shared, and the
// fastest run is the one least disturbed by other work. The cold and warm reports must be equal.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'packages', 'cli', 'bin', 'listinglint.js');
const TARGETS = { cold: 4, warm: 1.5, rssMb: 500 };
const RUNS = { grep: 5, cold: 3, warm: 5 };

/** Runs a command to completion; wall time in ms and peak RSS in MB, by /usr/bin/time when present. */
async function measure(command, args, { cwd, stdout }) {
  const timed = existsSync('/usr/bin/time');
  const timeFile = join(root, '.bench', 'time.txt');
  const [file, argv] = timed ? ['/usr/bin/time', ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  // GNU grep stops at the first match when stdout is /dev/null: its output goes to a real file.
  const child = spawn('sh', ['-c', `exec "$0" "$@" > '${stdout}'`, file, ...argv], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
  let peakKb = 0;
  const poll = timed ? undefined : setInterval(() => (peakKb = Math.max(peakKb, highWaterMark(child.pid))), 10);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  clearInterval(poll);
  if (code !== 0 && code !== 1) throw new Error(`${command} ${args.join(' ')} exited ${code}\n${stderr}`);
  if (!timed) return { ms, rssMb: peakKb / 1024 };
  const report = readFileSync(timeFile, 'utf8');
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? 0);
  return { ms, rssMb: rss / 1024 };
}

function highWaterMark(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function fastest(times, command, args, options) {
  let best;
  for (let i = 0; i < times; i++) {
    const run = await measure(command, args, options);
    if (!best || run.ms < best.ms) best = { ...run, rssMb: Math.max(run.rssMb, best?.rssMb ?? 0) };
    else best.rssMb = Math.max(best.rssMb, run.rssMb);
  }
  return best;
}

if (!existsSync(cli) || !existsSync(join(root, 'packages', 'core', 'dist', 'engine', 'run.js'))) {
  console.error('bench: build first (npx pnpm build)');
  process.exit(2);
}
const corpora = [
  { name: 'realistic', dir: join(root, '.bench', 'text-realistic'), flags: ['--realistic'] },
  { name: 'plain', dir: join(root, '.bench', 'text'), flags: [] },
];
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
// The reports as the obvious path wrote them (before the fast paths): every run must match them.
const expectedFile = join(root, 'scripts', 'bench', 'expected-reports.json');
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
const record = process.argv.includes('--record');
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
const row = (label, run) => console.log(`  ${label.padEnd(34)} ${seconds(run.ms)}  peak RSS ${run.rssMb.toFixed(0).padStart(4)} MB`);
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

for (const corpus of corpora) {
  if (wanted.length > 0 && !wanted.includes(corpus.name)) continue;
  const generated = spawnSync(process.execPath, [join(root, 'scripts', 'bench', 'text-corpus.mjs'), corpus.dir, ...corpus.flags], { encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(`corpus generator failed: ${generated.stderr}`);
  process.stdout.write(generated.stdout);
  const cacheDir = `${corpus.dir}-cache`;
  const cwd = corpus.dir;
  const out = (name) => join(root, '.bench', `${corpus.name}-${name}`);
  const lint = (extra, report) => ['--no-ocr', '-f', 'json', '-o', report, ...extra];
  const grep = await fastest(RUNS.grep, 'grep', ['-rFiwo', '-f', 'terms.txt', 'listings'], { cwd, stdout: out('grep.txt') });
  const cold = await fastest(RUNS.cold, process.execPath, [cli, ...lint(['--no-cache'], out('report-cold.json'))], { cwd, stdout: out('lint.txt') });
  rmSync(cacheDir, { recursive: true, force: true });
  const fill = await measure(process.execPath, [cli, ...lint(['--cache-location', cacheDir], out('report-fill.json'))], { cwd, stdout: out('lint.txt') });
  const warm = await fastest(RUNS.warm, process.execPath, [cli, ...lint(['--cache-location', cacheDir], out('report-warm.json'))], { cwd, stdout: out('lint.txt') });

  // Reports are compared without their `run` evidence (start time, commit), which differs by design.
  const findingsOf = (name) => {
    const { run: _run, ...report } = JSON.parse(readFileSync(out(name), 'utf8'));
    return JSON.stringify(report);
  };
  const coldReport = findingsOf('report-cold.json');
  const same = coldReport === findingsOf('report-warm.json') && coldReport === findingsOf('report-fill.json');
  const { summary } = JSON.parse(coldReport);
  const digest = createHash('sha256').update(coldReport).digest('hex');
  if (record) {
    expected[corpus.name] = digest;
    writeFileSync(expectedFile, JSON.stringify(expected, null, 2) + '\n');
  }
  const asRecorded = digest === expected[corpus.name];
  const matches = readFileSync(out('grep.txt'), 'utf8').split('\n').filter(Boolean).length;
  console.log(`${corpus.name} text bench (fastest of ${RUNS.grep} grep, ${RUNS.cold} cold, ${RUNS.warm} warm runs; cache in ${cacheDir})`);
  row(`grep -rFiwo (${matches} matches)`, grep);
  row(`listinglint --no-ocr --no-cache`, cold);
  row('listinglint, filling the cache', fill);
  row('listinglint, warm cache', warm);
  console.log(`  findings: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos in ${summary.files} files; cold and warm reports ${same ? 'identical' : 'DIFFER'}`);
  console.log(`  report ${asRecorded ? 'byte-identical to' : 'DIFFERS from'} the recorded one (scripts/bench/expected-reports.json${record ? ', just recorded' : ''})`);
  const coldRatio = cold.ms / grep.ms;
  const warmRatio = warm.ms / grep.ms;
  console.log(`  cold / grep ${coldRatio.toFixed(1)}× (target ≤ ${TARGETS.cold}×: ${verdict(coldRatio <= TARGETS.cold)})`);
  console.log(`  warm / grep ${warmRatio.toFixed(1)}× (target ≤ ${TARGETS.warm}×: ${verdict(warmRatio <= TARGETS.warm)})`);
  console.log(`  peak RSS cold ${cold.rssMb.toFixed(0)} MB (target ≤ ${TARGETS.rssMb} MB: ${verdict(cold.rssMb <= TARGETS.rssMb)})`);
  if (!same || !asRecorded) process.exitCode = 1;
}

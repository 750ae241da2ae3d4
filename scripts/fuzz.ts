/**
 * The long fuzzing run of the core (the quick share runs in `npm test`):
 *
 *   npx vite-node scripts/fuzz.ts [--runs 100000] [--seed N] [--jobs N] [--watchdog SECONDS]
 *
 * Prints one line per property and an `N passed, N failed` total; exit 1 on
 * any failure, with fast-check's shrunk counterexample and replay seed.
 *
 * The cases run in child processes (`--jobs N` of them, seeds N, N+1, …, one
 * per core; every case is still a fresh, independent input). A child tells
 * its parent the number of each case before running it, so a case that never
 * ends — an exponential regex blocks the whole process, no timer inside it
 * can fire — is named from outside: when a child has spent `--watchdog`
 * seconds of CPU (wall clock where /proc is missing; default 60, far above
 * the slowest real case) on one case without a word, the
 * parent kills it, counts a failure, draws the same input again from the
 * seed, and saves it to `fuzz-hang-<seed>-<property>-<case>.json` for a
 * regression row. This is a hang detector, not a speed check: slow cases
 * (over SLOW_MS) are only listed.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { FUZZ_PROPERTIES, KNOWN_ISSUE_HITS, SKIPPED, SLOW_CASES, SLOW_MS, propertyRuns, regenerateCase, runFuzz } from '../tests/helpers/fuzz-properties';
import { KNOWN_ISSUES } from '../tests/helpers/known-issues';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(argValue('--runs') ?? 100_000);
const seed = argValue('--seed') !== undefined ? Number(argValue('--seed')) : Date.now() % 2 ** 31;
const jobs = Math.max(1, Math.floor(Number(argValue('--jobs') ?? 1)));
const watchdogSeconds = Number(argValue('--watchdog') ?? 60);
if (!Number.isFinite(runs) || runs <= 0 || !Number.isFinite(seed) || !(watchdogSeconds > 0)) {
  console.error('usage: vite-node scripts/fuzz.ts [--runs N] [--seed N] [--jobs N] [--watchdog SECONDS]');
  process.exit(2);
}

/** Set in the children this script spawns: they run the cases; the parent only watches. */
const CHILD_ENV = 'ROUNDUP_FUZZ_CHILD';
/** Runs every property gets at least, however small `--runs`. */
const MIN_PER_PROPERTY = 50;
/** Silence allowed before a child's first case. */
const STARTUP_SECONDS = 180;
/** The line a child prints before each case: `<marker><property> <case>`. */
const CASE_MARKER = '\u0001case ';

if (process.env[CHILD_ENV] === '1') runCases();
else await watchChildren(jobs);

/** Parent: run `count` children, each with its share of the runs and its own seed; kill a silent one; add up their totals. */
async function watchChildren(count: number): Promise<void> {
  const started = performance.now();
  console.log(`fuzzing the core: ${runs} cases in ${count} process${count > 1 ? 'es' : ''}, seed${count > 1 ? `s ${seed}…${seed + count - 1}` : ` ${seed}`}, watchdog ${watchdogSeconds} s`);
  const results = await Promise.all(Array.from({ length: count }, (_, k) => watchChild(k, count, seed + k, Math.ceil(runs / count))));
  const passed = results.reduce((s, r) => s + r.passed, 0);
  const failed = results.reduce((s, r) => s + r.failed, 0);
  console.log(`\n${passed} passed, ${failed} failed (${count} process${count > 1 ? 'es' : ''}, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(failed > 0 || results.some((r) => r.code !== 0) ? 1 : 0);
}

function watchChild(k: number, count: number, childSeed: number, share: number): Promise<{ passed: number; failed: number; code: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, fileOf(), '--runs', String(share), '--seed', String(childSeed)], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, [CHILD_ENV]: '1' },
    });
    const tag = count > 1 ? `[${k + 1}/${count}] ` : '';
    let out = '';
    let pending = '';
    let current: { property: number; index: number } | null = null;
    let casesStarted = 0;
    // The clock a case is judged by: its process's CPU time where the system tells it (a busy machine
    // starves a niced child for minutes without any hang), else the wall clock.
    const clock = (): number => cpuSeconds(child.pid) ?? performance.now() / 1000;
    let lastWord = clock();
    let hung: string | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      lastWord = clock();
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(CASE_MARKER)) {
          const [property, index] = line.slice(CASE_MARKER.length).split(' ').map(Number);
          current = { property: property ?? -1, index: index ?? -1 };
          casesStarted++;
          continue;
        }
        out += `${line}\n`;
        if (line.trim()) console.log(`${tag}${line}`);
      }
    });
    const timer = setInterval(() => {
      // Starting a child (transforming and loading the core) is slow on a busy machine and is not a case.
      const limit = current ? watchdogSeconds : Math.max(watchdogSeconds, STARTUP_SECONDS);
      if (clock() - lastWord < limit) return;
      clearInterval(timer);
      hung = reportHang(tag, childSeed, current);
      child.kill('SIGKILL');
    }, 1_000);
    child.on('close', (code) => {
      clearInterval(timer);
      const total = /(\d+) passed, (\d+) failed/.exec(out);
      if (hung !== null) {
        // The cases before the hung one passed; the rest of this child's share never ran.
        resolve({ passed: Math.max(0, casesStarted - 1), failed: 1, code: 1 });
        return;
      }
      resolve({ passed: Number(total?.[1] ?? 0), failed: Number(total?.[2] ?? 1), code: code ?? 1 });
    });
  });
}

/** Name the case a silent child is stuck on, draw its input again from the seed, and save it. */
function reportHang(tag: string, childSeed: number, current: { property: number; index: number } | null): string {
  if (!current) {
    console.log(`${tag}HANG: no case started within ${Math.max(watchdogSeconds, STARTUP_SECONDS)} s (seed ${childSeed})`);
    return 'unknown';
  }
  const p = FUZZ_PROPERTIES[current.property];
  const input = regenerateCase(current.property, childSeed, current.index);
  const file = `fuzz-hang-${childSeed}-${current.property}-${current.index}.json`;
  writeFileSync(file, JSON.stringify({ property: p?.name ?? current.property, seed: childSeed, case: current.index, input }, null, 1));
  const json = JSON.stringify(input);
  console.log(`${tag}HANG: "${p?.name}" case ${current.index} of seed ${childSeed} ran over ${watchdogSeconds} s without finishing; killed. Input saved to ${file}: ${json.slice(0, 300)}${json.length > 300 ? '…' : ''}`);
  if (p && current.index >= propertyShare(current.property)) console.log(`${tag}  (the case number is past the property's runs: the hang came while fast-check was shrinking a failure)`);
  return file;
}

/** Runs given to a property in one child (runFuzz's own share, for the shrinking hint only). */
function propertyShare(property: number): number {
  const p = FUZZ_PROPERTIES[property];
  return p ? propertyRuns(Math.ceil(runs / jobs), p, MIN_PER_PROPERTY) : 0;
}

/** Seconds of CPU a process has used (user + system), from /proc on Linux; null elsewhere. */
function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state is field 3, utime 14 and stime 15 (in clock ticks, 100 a second on Linux).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / 100 : null;
  } catch {
    return null;
  }
}

/** This script's path as vite-node was given it. */
function fileOf(): string {
  return process.argv.find((a) => a.endsWith('fuzz.ts')) ?? 'scripts/fuzz.ts';
}

/** Child: run the cases, telling the parent each case's number first. */
function runCases(): void {
  // The core logs a failed analysis step to the console and carries on; count those instead of flooding the terminal.
  let swallowed = 0;
  const originalError = console.error;
  console.error = (...args: unknown[]): void => {
    if (typeof args[0] === 'string' && args[0].startsWith('[roundup]')) {
      swallowed++;
      if (swallowed <= 3) originalError('(core step failure, caught by summary.ts)', ...args.slice(1).map((a) => (a instanceof Error ? a.stack : a)));
      return;
    }
    originalError(...args);
  };

  console.log(`fuzzing the core: ${runs} cases, seed ${seed}`);
  const started = performance.now();
  // Writes to a pipe are synchronous on Linux and macOS, so the parent has this line before the case starts.
  const outcomes = runFuzz(runs, { seed, minPerProperty: MIN_PER_PROPERTY, log: (line) => console.log(line), onCase: (property, index) => process.stdout.write(`${CASE_MARKER}${property} ${index}\n`) });
  const total = outcomes.reduce((s, o) => s + o.runs, 0);
  const failed = outcomes.filter((o) => o.failed);
  for (const o of failed) console.log(`\n--- ${o.name}\n${o.report}`);
  if (swallowed > 0) console.log(`\nnote: ${swallowed} analysis step(s) threw inside the core and were caught by summary.ts (a reader lost its part of the summary)`);
  for (const [id, hits] of KNOWN_ISSUE_HITS) {
    const issue = KNOWN_ISSUES.find((k) => k.id === id);
    console.log(`known issue (tolerated, reported to ${issue?.owner}): ${id}: ${hits} violation(s) — ${issue?.note}`);
  }
  if (SKIPPED.count > 0) console.log(`skipped ${SKIPPED.count} input(s) that a known hang would freeze on (entities-infinite-loop)`);
  if (SLOW_CASES.length > 0) {
    console.log(`\n${SLOW_CASES.length} case(s) took longer than ${SLOW_MS} ms (super-linear code?); the slowest:`);
    for (const c of [...SLOW_CASES].sort((a, b) => b.ms - a.ms).slice(0, 3)) {
      const json = JSON.stringify(c.input);
      console.log(`  ${c.ms.toFixed(0)} ms, ${json.length} chars: ${json.slice(0, 300)}${json.length > 300 ? '…' : ''}`);
    }
  }
  const passedCases = total - failed.length;
  console.log(`\n${passedCases} passed, ${failed.length} failed (${outcomes.length} properties, ${((performance.now() - started) / 1000).toFixed(1)} s, seed ${seed})`);
  process.exit(failed.length > 0 || swallowed > 0 ? 1 : 0);
}

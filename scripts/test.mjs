#!/usr/bin/env node
// `npm test`: every Vitest project (unit, then browser), then one plain
// closing line "tests: N passed, N failed" that CI can read whatever the
// reporter prints. Extra arguments go to Vitest (e.g. `npm test -- --project unit`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const report = join(root, '.tmp/vitest-report.json');
mkdirSync(dirname(report), { recursive: true });
rmSync(report, { force: true });
// The strict type check (WXT's tsconfig plus noUncheckedIndexedAccess) is part of the suite.
console.log('typecheck: tsc --noEmit');
const typecheck = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root], { cwd: root, stdio: 'inherit' });
const typecheckOk = typecheck.status === 0;
console.log(typecheckOk ? 'typecheck: ok\n' : 'typecheck: FAILED\n');

const vitest = join(root, 'node_modules/vitest/vitest.mjs');
// A hang guard for the whole run, not a speed check: a test stuck in synchronous code cannot be
// stopped by Vitest's per-test timeout, and the suite would then sit until CI's own limit with no
// word of why. The run takes about 15 minutes on an idle CI machine; past this, it is stuck.
const RUN_LIMIT_MS = Number(process.env.ROUNDUP_TEST_RUN_LIMIT_MS ?? 80 * 60_000);
const run = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  timeout: RUN_LIMIT_MS,
  killSignal: 'SIGKILL',
});
if (run.error?.code === 'ETIMEDOUT') {
  console.log(`\nThe test run did not finish in ${Math.round(RUN_LIMIT_MS / 60_000)} minutes and was stopped: a test is stuck (the last files printed above ran before it).`);
}
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed = (json.numFailedTests ?? 0) + (json.numFailedTestSuites ?? 0);
  skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
} catch {
  failed = Math.max(1, failed);
}
let code = run.status ?? 1;
if (code !== 0 && failed === 0) failed = 1;
if (typecheckOk) passed += 1;
else {
  failed += 1;
  code = code || 1;
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(code);

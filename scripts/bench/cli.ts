/**
 * Phase 4: the command line over all the pages in one call
 * (`node dist-cli/analyze.mjs --json FILE...`, rebuilt first so it matches
 * the sources) against scripts/bench/readability-only.mjs on the same files:
 * the same DOM library (linkedom) and Readability with the same options, no
 * analysis. Both are whole processes (start-up included), timed `rounds`
 * times in alternating order; the ratio is of the medians.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { median, progress } from './stats';

export interface CliResult {
  pages: number;
  cliMs: number;
  readabilityMs: number;
  ratio: number;
  cliRuns: number[];
  readabilityRuns: number[];
}

export async function benchCli(root: string, files: string[], rounds: number): Promise<CliResult | string> {
  const cli = join(root, 'dist-cli/analyze.mjs');
  try {
    // @ts-expect-error: a plain .mjs module without type declarations
    const { buildCli } = (await import('../build-cli.mjs')) as { buildCli: () => Promise<void> };
    await buildCli();
  } catch (error) {
    return `the CLI build failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  const baseline = join(root, 'scripts/bench/readability-only.mjs');
  let lines = 0;
  const run = (argv: string[]): number => {
    const t = performance.now();
    let out = '';
    try {
      out = execFileSync(process.execPath, argv, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 }).toString();
    } catch (error) {
      // exit status 1 when some page fails to read; the timing still counts
      out = String((error as { stdout?: Buffer }).stdout ?? '');
    }
    if (argv[0] === cli) lines = out.split('\n').filter((l) => l.trim()).length;
    return performance.now() - t;
  };
  const cliRuns: number[] = [];
  const readabilityRuns: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      cliRuns.push(run([cli, '--json', ...files]));
      readabilityRuns.push(run([baseline, ...files]));
    } else {
      readabilityRuns.push(run([baseline, ...files]));
      cliRuns.push(run([cli, '--json', ...files]));
    }
    progress(`command line: round ${i + 1}/${rounds}: CLI ${(cliRuns[i]! / 1000).toFixed(1)} s, Readability only ${(readabilityRuns[i]! / 1000).toFixed(1)} s`);
  }
  if (lines < files.length) return `dist-cli/analyze.mjs printed ${lines} JSON line(s) for ${files.length} inputs: the build is broken, timing not meaningful`;
  const cliMs = median(cliRuns);
  const readabilityMs = median(readabilityRuns);
  return { pages: files.length, cliMs, readabilityMs, ratio: cliMs / readabilityMs, cliRuns, readabilityRuns };
}

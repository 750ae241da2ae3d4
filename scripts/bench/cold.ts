/**
 * Phase 7: cold start. The extension reads in its background service worker,
 * which the browser stops after about 30 s idle; the next popup then pays for
 * a first reading that compiles every reader's patterns (V8 compiles a regular
 * expression on its first use). The pages phase warms up first and never shows
 * this. Each round is a fresh Node process (scripts/bench/cold-child.ts) timing
 * the first reading of one article and then the same reading warm, in wall
 * time and CPU time (CPU time is what a busy machine does not inflate).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { median, progress } from './stats';

export interface ColdRow {
  page: string;
  rounds: number;
  coldWallMs: number;
  coldCpuMs: number;
  warmWallMs: number;
  warmCpuMs: number;
}

interface ChildLine {
  cold: { wallMs: number; cpuMs: number };
  warm: { wallMs: number; cpuMs: number };
}

export function benchCold(root: string, pages: Array<{ name: string; path: string }>, rounds: number): ColdRow[] {
  const runner = join(root, 'node_modules/vite-node/vite-node.mjs');
  const child = join(root, 'scripts/bench/cold-child.ts');
  const rows: ColdRow[] = [];
  for (const page of pages) {
    const runs: ChildLine[] = [];
    for (let i = 0; i < rounds; i++) {
      const out = execFileSync(process.execPath, [runner, child, '--', page.path], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
      const line = out.trim().split('\n').pop() ?? '';
      runs.push(JSON.parse(line) as ChildLine);
    }
    const row: ColdRow = {
      page: page.name,
      rounds,
      coldWallMs: median(runs.map((r) => r.cold.wallMs)),
      coldCpuMs: median(runs.map((r) => r.cold.cpuMs)),
      warmWallMs: median(runs.map((r) => r.warm.wallMs)),
      warmCpuMs: median(runs.map((r) => r.warm.cpuMs)),
    };
    progress(`cold start: ${page.name}: first reading ${row.coldWallMs.toFixed(0)} ms (CPU ${row.coldCpuMs.toFixed(0)} ms), again ${row.warmWallMs.toFixed(0)} ms`);
    rows.push(row);
  }
  return rows;
}

/**
 * Phase 2: the text analysis (summarizeText: funding, investors, artifacts)
 * on synthetic articles of real corpus paragraphs repeated up to the size,
 * 10 KB → 1 MB (10 MB with --full). Time per KB must stay flat: a rise means
 * a pass that is quadratic in the article. Each size is timed `rounds` times
 * up to 100 KB and once above (a single 1 MB run already lasts seconds).
 */
import { summarizeText } from '../../utils/summary';
import { readFunding } from '../../utils/funding';
import { findArtifacts } from '../../utils/artifacts';
import { corpusParagraphs } from '../../tests/helpers/corpus';
import { wouldHang } from '../../tests/helpers/known-issues';
import { median, progress, time } from './stats';

export interface ScalingRow {
  kb: number;
  runs: number;
  ms: number;
  msPerKb: number;
  funding: number;
  artifacts: number;
}

export function benchScaling(full: boolean, rounds: number): ScalingRow[] {
  const ps = corpusParagraphs().filter((p) => p.length > 80 && !wouldHang(p));
  if (ps.length === 0) return [];
  const sizes = full ? [10, 100, 1000, 10_000] : [10, 100, 1000];
  const rows: ScalingRow[] = [];
  summarizeText({ paragraphs: ps.slice(0, 50) }); // warm-up
  for (const size of sizes) {
    const paragraphs: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes < size * 1024; i++) {
      const p = ps[i % ps.length]!;
      paragraphs.push(p);
      bytes += p.length + 2;
    }
    const runs = size <= 100 ? rounds : 1;
    const total: number[] = [];
    const funding: number[] = [];
    const artifacts: number[] = [];
    for (let r = 0; r < runs; r++) {
      total.push(time(() => void summarizeText({ paragraphs })));
      funding.push(time(() => void readFunding({ paragraphs })));
      artifacts.push(time(() => void findArtifacts({ paragraphs })));
    }
    const ms = median(total);
    rows.push({ kb: size, runs, ms, msPerKb: ms / size, funding: median(funding), artifacts: median(artifacts) });
    progress(`scaling: ${size} KB in ${ms.toFixed(0)} ms (${runs} run${runs > 1 ? 's' : ''})`);
  }
  return rows;
}

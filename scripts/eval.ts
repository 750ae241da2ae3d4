/**
 * `npm run eval`: the quality figures over the development sets in ../shared/corpus.
 * Funding (deals, investors, leads, rounds, companies, valuations, false deals
 * on negatives) and artifacts (per kind found / annotated, precision, flags on
 * clean documents). Each part prints its own table; this runs them in turn.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const shared = join(root, '../shared/corpus');

async function main(): Promise<void> {
  if (!existsSync(shared)) {
    console.error('roundup eval: ../shared/corpus is not here; nothing to measure.');
    process.exitCode = 1;
    return;
  }
  const results: Record<string, unknown> = {};
  const { evaluateFunding, printFundingReport } = await import('./eval-funding');
  results.funding = await evaluateFunding();
  printFundingReport(results.funding as never);
  console.log('');
  const { evaluateArtifacts, printArtifactReport } = await import('./eval-artifacts');
  results.artifacts = await evaluateArtifacts();
  printArtifactReport(results.artifacts as never);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/eval.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten: bench-results/eval.json');
}

void main();

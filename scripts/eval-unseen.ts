/**
 * Generalisation check of the funding reader on real articles it was never
 * tuned on: `tests/fixtures/funding/<NN-slug>/source.html` + `gold.json`
 * (same gold format and judgement rules as /work/shared/corpus/funding-dev).
 *
 *   npx vite-node scripts/eval-unseen.ts [-- --verbose] [-- --detail] [-- --only-from NN] [-- --only-below NN]
 *
 * `--only-from NN` / `--only-below NN` keep the folders whose number prefix is
 * >= NN / < NN, so each fresh batch can be scored apart from the batches the
 * readers were already improved against (default: every folder).
 * The scoring is scripts/eval-funding.ts's own (`evaluateFunding`), so the
 * figures mean exactly what they mean there: that function reads a flat folder
 * of `NN-slug.html` + `NN-slug.gold.json`, so the fixtures are staged into
 * a folder of this run's own under the system's temporary directory first (a
 * copy; the fixtures stay the source of truth; several runs at once must not
 * overwrite each other's copies), removed at the end. The Readability negatives are not re-run here (eval-funding does).
 * `--detail` also prints every predicted deal with its first evidence sentence.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeScope, numberArg } from './lib/eval-shared';
import { evaluateFunding, printFundingReport } from './eval-funding';
import { readHtmlFile } from './lib/node-dom';
import { analyzeDocument } from '../utils/summary';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FIXTURES = `${ROOT}tests/fixtures/funding/`;
const FLAT = `${mkdtempSync(join(tmpdir(), 'roundup-unseen-funding-'))}/`;
process.on('exit', () => rmSync(FLAT, { recursive: true, force: true }));

const inScope = makeScope();
const onlyFrom = numberArg('--only-from');
const onlyBelow = numberArg('--only-below');

function stage(): number {
  let n = 0;
  for (const slug of readdirSync(FIXTURES).sort()) {
    if (!inScope(slug)) continue;
    const html = `${FIXTURES}${slug}/source.html`;
    const gold = `${FIXTURES}${slug}/gold.json`;
    if (!existsSync(html) || !existsSync(gold)) continue;
    copyFileSync(html, `${FLAT}${slug}.html`);
    copyFileSync(gold, `${FLAT}${slug}.gold.json`);
    n++;
  }
  return n;
}

const count = stage();
// Called synchronously after the import so eval-funding's own "run directly" hook stays idle.
const report = await evaluateFunding({ fundingDir: FLAT, readabilityDir: `${FLAT}__no_readability__/` });
console.log(`Unseen funding fixtures${onlyFrom !== null || onlyBelow !== null ? ` [${onlyFrom ?? ''}..${onlyBelow ?? ''})` : ''}: ${count} articles (${report.files.filter((f) => f.kind === 'negative').length} negatives)\n`);
printFundingReport(report, process.argv.includes('--verbose'));

if (process.argv.includes('--detail')) {
  console.log('\nPredicted deals per article:');
  for (const slug of readdirSync(FIXTURES).sort()) {
    if (!inScope(slug)) continue;
    const path = `${FIXTURES}${slug}/source.html`;
    if (!existsSync(path)) continue;
    const s = analyzeDocument(readHtmlFile(path), { input: path }).summary;
    console.log(`\n${slug}`);
    for (const d of s.deals) {
      console.log(`  ${d.status} ${d.company ?? '?'} | ${d.round ?? '-'} | ${d.amount ? `${d.amount.text} = ${d.amount.value} ${d.amount.currency}` : '(no amount)'}${d.valuation ? ` | val ${d.valuation.text}` : ''}`);
      console.log(`     leads [${d.leadInvestors.join('; ')}] investors [${d.investors.join('; ')}]`);
      console.log(`     «${d.evidence[0] ?? ''}»`);
    }
    if (s.investors.length) console.log(`  investors: ${s.investors.map((i) => `${i.name} (${i.role})`).join('; ')}`);
  }
}

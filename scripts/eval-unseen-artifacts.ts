/**
 * Generalisation check of the artifact finder on real texts it was never tuned
 * on: `tests/fixtures/artifacts/<NN-slug>/source.txt` + `gold.json` (format of
 * /work/shared/corpus/artifacts-dev). Paragraphs = non-empty trimmed lines.
 *
 *   npx vite-node scripts/eval-unseen-artifacts.ts [-- --verbose] [-- --only-from NN] [-- --only-below NN]
 *
 * `--only-from NN` / `--only-below NN` keep the folders whose number prefix is
 * >= NN / < NN (default: every folder), to score a fresh batch on its own.
 * Same matching as scripts/eval-artifacts.ts (whose scorer is not exported):
 * on whitespace-normalised text, a gold span is found when a flag of the same
 * kind overlaps any occurrence of it; a flag overlapping an `other:*` span
 * counts neither way; any flag on a document with no gold spans is a flag on
 * a clean text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findArtifactsLocated, type LocatedArtifact } from '../utils/artifacts';
import { ARTIFACT_KINDS, PARAGRAPH_SEPARATOR } from '../utils/types';
import { paragraphsOfText } from './lib/node-dom';
import { makeScope, norm, normalizeWithMap, occurrences, overlap } from './lib/eval-shared';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/artifacts/', import.meta.url));

const inScope = makeScope();

interface Gold { kind: string; text: string }
interface KindScore { found: number; annotated: number; flags: number; hits: number; falseAlarms: number }

const perKind: Record<string, KindScore> = {};
for (const k of ARTIFACT_KINDS) perKind[k] = { found: 0, annotated: 0, flags: 0, hits: 0, falseAlarms: 0 };
const missed: string[] = [];
const falseAlarms: string[] = [];
const neutral: string[] = [];
let documents = 0;
let cleanDocuments = 0;
let flagsOnClean = 0;

for (const slug of readdirSync(FIXTURES).sort()) {
  if (!inScope(slug)) continue;
  const txt = `${FIXTURES}${slug}/source.txt`;
  const goldPath = `${FIXTURES}${slug}/gold.json`;
  if (!existsSync(txt) || !existsSync(goldPath)) continue;
  documents++;
  const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { artifacts: Gold[] }).artifacts;
  if (gold.length === 0) cleanDocuments++;
  const paragraphs = paragraphsOfText(readFileSync(txt, 'utf8'));
  const { text, at } = normalizeWithMap(paragraphs.join(PARAGRAPH_SEPARATOR));
  const flags = findArtifactsLocated({ paragraphs });
  const spanOf = (f: LocatedArtifact): [number, number] => [at[f.start]!, Math.max(at[f.end]!, at[f.start]! + 1)];
  const spans = gold.map((g) => ({ ...g, spans: occurrences(text, norm(g.text)) }));
  for (const g of spans) {
    if (g.spans.length === 0) console.warn(`gold span not found in ${slug}: ${g.text.slice(0, 60)}`);
    if (g.kind.startsWith('other:')) continue;
    const score = perKind[g.kind];
    if (!score) { console.warn(`unknown kind ${g.kind} in ${slug}`); continue; }
    score.annotated++;
    if (flags.some((f) => f.kind === g.kind && g.spans.some((s) => overlap(s, spanOf(f))))) score.found++;
    else missed.push(`${slug} ${g.kind}: ${JSON.stringify(g.text.slice(0, 140))}`);
  }
  for (const f of flags) {
    const span = spanOf(f);
    const score = perKind[f.kind]!;
    score.flags++;
    if (gold.length === 0) flagsOnClean++;
    if (spans.some((g) => g.kind === f.kind && g.spans.some((s) => overlap(s, span)))) score.hits++;
    else if (spans.some((g) => g.kind.startsWith('other:') && g.spans.some((s) => overlap(s, span)))) neutral.push(`${slug} ${f.kind}: ${JSON.stringify(f.text.slice(0, 140))}`);
    else {
      score.falseAlarms++;
      const other = spans.find((g) => g.spans.some((s) => overlap(s, span)));
      falseAlarms.push(`${slug} ${f.kind}${other ? ` (overlaps gold ${other.kind})` : ''}: ${JSON.stringify(f.text.slice(0, 140))} — ${f.message}`);
    }
  }
}

let found = 0;
let annotated = 0;
let hits = 0;
let judged = 0;
const pad = (s: string | number, n: number): string => String(s).padEnd(n);
console.log(`Unseen artifact fixtures: ${documents} documents (${cleanDocuments} clean)`);
console.log(`${pad('kind', 22)}${pad('found/annot.', 14)}${pad('flags', 7)}${pad('hits', 6)}false alarms`);
for (const [kind, s] of Object.entries(perKind)) {
  found += s.found; annotated += s.annotated; hits += s.hits; judged += s.hits + s.falseAlarms;
  console.log(`${pad(kind, 22)}${pad(`${s.found}/${s.annotated}`, 14)}${pad(s.flags, 7)}${pad(s.hits, 6)}${s.falseAlarms}`);
}
console.log(`recall ${(annotated ? found / annotated : 1).toFixed(3)}  precision ${(judged ? hits / judged : 1).toFixed(3)}  flags on clean documents ${flagsOnClean}`);
if (process.argv.includes('--verbose')) {
  for (const m of missed) console.log(`  MISSED  ${m}`);
  for (const f of falseAlarms) console.log(`  FALSE   ${f}`);
  for (const n of neutral) console.log(`  NEUTRAL ${n}`);
}

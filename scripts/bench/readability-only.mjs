// The command line's baseline: for each HTML file, what the CLI does before
// its analysis and nothing more — linkedom parses the file, Readability runs
// on a clone with the options utils/extract.ts passes — and one JSON line out.
// Run by scripts/bench/cli.ts as `node scripts/bench/readability-only.mjs FILE...`.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

for (const file of process.argv.slice(2)) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  let title = null;
  try {
    const article = new Readability(document.cloneNode(true), { maxElemsToParse: 60_000, serializer: (n) => n }).parse();
    title = article?.title ?? null;
  } catch {
    /* the CLI reports these as "not an article" */
  }
  process.stdout.write(`${JSON.stringify({ title })}\n`);
}

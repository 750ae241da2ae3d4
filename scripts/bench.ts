/**
 * The benchmark (`npm run bench`, or `npx vite-node scripts/bench.ts [--rounds 5] [--full]`):
 *
 * 1. Pages: the 130 readability-corpus pages and the sample, in one process.
 *    Per page, Readability alone (fresh linkedom document, Readability on a
 *    clone), then the full pipeline (analyzeDocument), and the two text
 *    readers on their own (readFunding, findArtifacts) to locate the cost.
 *    Warm-up round, then N rounds; per-page medians; median and p95 over pages.
 * 2. Scaling: summarizeText on synthetic articles of real corpus paragraphs,
 *    10 KB → 1 MB (10 MB with --full); time per KB must stay flat.
 * 3. Bundle: minified and gzipped sizes of the built content script and popup
 *    chunks (after `npx wxt build`), if built.
 * 4. Command line: `node dist-cli/analyze.mjs --json <pages>` in one call vs a
 *    Readability-only script on the same pages, if dist-cli is built.
 *
 * Prints a table and writes bench-results/latest.json (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseDocument } from './lib/node-dom';
import { analyzeDocument, summarizeText } from '../utils/summary';
import { extractArticle } from '../utils/extract';
import { readFunding } from '../utils/funding';
import { findArtifacts } from '../utils/artifacts';
import { corpusParagraphs, readabilityPages } from '../tests/helpers/corpus';
import { wouldHang } from '../tests/helpers/known-issues';

const ROOT = resolve(import.meta.dirname ?? '.', '..');
const args = process.argv.slice(2);
const ROUNDS = Number(args[args.indexOf('--rounds') + 1] ?? 5) || 5;
const FULL = args.includes('--full');

// The core logs caught reader failures; a benchmark should not print them per page.
let caught = 0;
console.error = (...a: unknown[]): void => {
  if (typeof a[0] === 'string' && a[0].startsWith('[roundup]')) caught++;
  else process.stderr.write(`${a.map(String).join(' ')}\n`);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
}
const ms = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—');
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function time(run: () => void): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

// ---------------------------------------------------------------- 1. pages

interface PageTiming {
  page: string;
  bytes: number;
  status: string;
  readability: number;
  pipeline: number;
  funding: number;
  artifacts: number;
}

function benchPages(): { pages: PageTiming[]; skipped: string[] } {
  const pages = [...readabilityPages().map((p) => ({ name: p.slug, path: p.path })), { name: 'sample', path: join(ROOT, 'assets/sample/index.html') }].filter((p) => existsSync(p.path));
  const html = new Map(pages.map((p) => [p.name, readFileSync(p.path, 'utf8')]));
  const samples = new Map<string, { r: number[]; p: number[]; f: number[]; a: number[]; status: string }>();
  const skipped: string[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    for (const page of pages) {
      const source = html.get(page.name)!;
      const paragraphs = extractArticle(parseDocument(source)).paragraphs;
      if (wouldHang(paragraphs.join('\n\n'))) {
        if (round === 0) skipped.push(page.name);
        continue;
      }
      const r = time(() => {
        const doc = parseDocument(source);
        new Readability(doc.cloneNode(true) as Document).parse();
      });
      let status = '';
      const p = time(() => {
        const doc = parseDocument(source);
        status = analyzeDocument(doc, { input: page.name }).status;
      });
      const f = time(() => readFunding({ paragraphs }));
      const a = time(() => findArtifacts({ paragraphs }));
      if (round === 0) continue; // warm-up
      const s = samples.get(page.name) ?? { r: [], p: [], f: [], a: [], status };
      s.r.push(r);
      s.p.push(p);
      s.f.push(f);
      s.a.push(a);
      samples.set(page.name, s);
    }
    process.stderr.write(`  pages: round ${round}/${ROUNDS}${round === 0 ? ' (warm-up)' : ''}\n`);
  }
  const out: PageTiming[] = [];
  for (const [page, s] of samples) {
    out.push({ page, bytes: html.get(page)!.length, status: s.status, readability: median(s.r), pipeline: median(s.p), funding: median(s.f), artifacts: median(s.a) });
  }
  return { pages: out, skipped };
}

// ---------------------------------------------------------------- 2. scaling

function benchScaling(): { kb: number; ms: number; msPerKb: number; funding: number; artifacts: number }[] {
  const ps = corpusParagraphs().filter((p) => p.length > 80 && !wouldHang(p));
  const sizes = FULL ? [10, 100, 1000, 10_000] : [10, 100, 1000];
  const rows = [];
  summarizeText({ paragraphs: ps.slice(0, 50) }); // warm-up
  for (const size of sizes) {
    const paragraphs: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes < size * 1024; i++) {
      const p = ps[i % ps.length]!;
      paragraphs.push(p);
      bytes += p.length + 2;
    }
    const total = time(() => summarizeText({ paragraphs }));
    const funding = time(() => readFunding({ paragraphs }));
    const artifacts = time(() => findArtifacts({ paragraphs }));
    rows.push({ kb: size, ms: total, msPerKb: total / size, funding, artifacts });
    process.stderr.write(`  scaling: ${size} KB in ${total.toFixed(0)} ms\n`);
  }
  return rows;
}

// ---------------------------------------------------------------- 3. bundle

function benchBundle(): { file: string; minified: number; gzipped: number }[] | string {
  const dir = join(ROOT, '.output/chrome-mv3');
  const content = join(dir, 'content-scripts/content.js');
  if (!existsSync(content)) return 'not built (run `npx wxt build` first)';
  const files: string[] = [content];
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/popup.*\.js$|chunks\/.*\.js$/.test(p.replace(dir, ''))) files.push(p);
    }
  };
  walk(dir);
  return files.map((f) => {
    const buf = readFileSync(f);
    return { file: f.replace(`${dir}/`, ''), minified: buf.length, gzipped: gzipSync(buf, { level: 9 }).length };
  });
}

// ---------------------------------------------------------------- 4. command line

function benchCli(): { cliMs: number; readabilityMs: number; ratio: number; pages: number } | string {
  const cli = join(ROOT, 'dist-cli/analyze.mjs');
  if (!existsSync(cli)) return 'dist-cli/analyze.mjs absent (run the CLI build first)';
  const files = readabilityPages().map((p) => p.path);
  const script = join(ROOT, 'bench-results/readability-only.mjs');
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs';\nimport { parseHTML } from 'linkedom';\nimport { Readability } from '@mozilla/readability';\n` +
      `for (const f of process.argv.slice(2)) { const { document } = parseHTML(readFileSync(f, 'utf8')); const r = new Readability(document.cloneNode(true)).parse(); process.stdout.write(JSON.stringify({ title: r?.title ?? null }) + '\\n'); }\n`,
  );
  let lines = 0;
  const run = (argv: string[]): number => {
    const t = performance.now();
    let out = '';
    try {
      out = execFileSync('node', argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 }).toString();
    } catch (error) {
      // exit status 1 when some page fails to read; the timing still counts
      out = String((error as { stdout?: Buffer }).stdout ?? '');
    }
    if (argv[0] === cli) lines = out.split('\n').filter((l) => l.trim()).length;
    return performance.now() - t;
  };
  const cliRuns: number[] = [];
  const rRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    cliRuns.push(run([cli, '--json', ...files]));
    rRuns.push(run([script, ...files]));
  }
  if (lines < files.length) return `dist-cli/analyze.mjs printed ${lines} JSON line(s) for ${files.length} inputs: the build is broken or stale, timing not meaningful`;
  const cliMs = median(cliRuns);
  const readabilityMs = median(rRuns);
  return { cliMs, readabilityMs, ratio: cliMs / readabilityMs, pages: files.length };
}

// ---------------------------------------------------------------- main

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const started = new Date();
const load = loadavg()[0]!;
process.stderr.write(`bench: ${ROUNDS} rounds, load average ${load.toFixed(2)}\n`);
const { pages, skipped } = benchPages();
const ok = pages.filter((p) => p.status === 'ok');
const rMed = median(pages.map((p) => p.readability));
const pMed = median(pages.map((p) => p.pipeline));
const added = pages.map((p) => p.pipeline - p.readability);
const ratioMed = median(pages.map((p) => (p.pipeline - p.readability) / p.readability));
const scaling = benchScaling();
const growth = scaling.length > 1 ? scaling[scaling.length - 1]!.msPerKb / scaling[1]!.msPerKb : 1;
const bundle = benchBundle();
const cli = benchCli();

const slowest = [...pages].sort((a, b) => b.funding + b.artifacts - (a.funding + a.artifacts)).slice(0, 5);
const result = {
  date: started.toISOString(),
  node: process.version,
  loadAverage: load,
  rounds: ROUNDS,
  pages: {
    count: pages.length,
    ok: ok.length,
    skippedForKnownHang: skipped,
    readability: { median: rMed, p95: quantile(pages.map((p) => p.readability), 0.95) },
    pipeline: { median: pMed, p95: quantile(pages.map((p) => p.pipeline), 0.95) },
    added: { median: median(added), p95: quantile(added, 0.95) },
    addedOverReadabilityMedian: ratioMed,
    funding: { median: median(pages.map((p) => p.funding)), p95: quantile(pages.map((p) => p.funding), 0.95) },
    artifacts: { median: median(pages.map((p) => p.artifacts)), p95: quantile(pages.map((p) => p.artifacts), 0.95) },
    slowestAnalysis: slowest.map((p) => ({ page: p.page, bytes: p.bytes, readability: p.readability, funding: p.funding, artifacts: p.artifacts })),
    perPage: pages,
  },
  scaling: { rows: scaling, msPerKbGrowth: growth, superlinear: growth > 1.5 },
  bundle,
  cli,
  caughtReaderFailures: caught,
};
writeFileSync(join(ROOT, 'bench-results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);

const lines: string[] = [];
lines.push(`Roundup benchmark — ${started.toISOString()} — node ${process.version}, load average ${load.toFixed(2)}, ${ROUNDS} rounds (per-page medians)`);
lines.push('');
lines.push(`Pages: ${pages.length} (${ok.length} read as articles)${skipped.length ? `; skipped (known hang): ${skipped.join(', ')}` : ''}`);
lines.push('                       median       p95');
lines.push(`  Readability alone  ${ms(rMed).padStart(10)} ${ms(result.pages.readability.p95).padStart(10)}`);
lines.push(`  full pipeline      ${ms(pMed).padStart(10)} ${ms(result.pages.pipeline.p95).padStart(10)}`);
lines.push(`  added (pipeline-R) ${ms(result.pages.added.median).padStart(10)} ${ms(result.pages.added.p95).padStart(10)}`);
lines.push(`    readFunding      ${ms(result.pages.funding.median).padStart(10)} ${ms(result.pages.funding.p95).padStart(10)}`);
lines.push(`    findArtifacts    ${ms(result.pages.artifacts.median).padStart(10)} ${ms(result.pages.artifacts.p95).padStart(10)}`);
lines.push(`  added / Readability at the median page: ${(ratioMed * 100).toFixed(0)}% (target ≤ 10%)${ratioMed > 0.1 ? '  ← OVER TARGET' : ''}`);
lines.push(`  slowest analysis: ${slowest.map((p) => `${p.page} (funding ${p.funding.toFixed(0)} ms, artifacts ${p.artifacts.toFixed(0)} ms, Readability ${p.readability.toFixed(0)} ms)`).join('; ')}`);
lines.push('');
lines.push('Scaling (summarizeText on real paragraphs):');
lines.push('     size       total     ms/KB   readFunding  findArtifacts');
for (const r of scaling) lines.push(`  ${`${r.kb} KB`.padStart(8)} ${ms(r.ms).padStart(11)} ${r.msPerKb.toFixed(2).padStart(9)} ${ms(r.funding).padStart(13)} ${ms(r.artifacts).padStart(14)}`);
lines.push(`  ms/KB growth from 100 KB to the largest: ×${growth.toFixed(2)}${growth > 1.5 ? '  ← SUPERLINEAR' : ' (flat)'}`);
lines.push('');
if (typeof bundle === 'string') lines.push(`Bundle: skipped — ${bundle}`);
else {
  lines.push('Bundle (minified / gzipped; targets: content ≤ 50 KB, popup ≤ 40 KB gzipped):');
  for (const b of bundle) lines.push(`  ${b.file.padEnd(48)} ${kb(b.minified).padStart(10)} ${kb(b.gzipped).padStart(10)}`);
}
lines.push('');
if (typeof cli === 'string') lines.push(`Command line: skipped — ${cli}`);
else lines.push(`Command line: ${cli.pages} pages in one call ${ms(cli.cliMs)} vs Readability-only ${ms(cli.readabilityMs)}: ×${cli.ratio.toFixed(2)} (target ≤ 1.2)${cli.ratio > 1.2 ? '  ← OVER TARGET' : ''}`);
if (caught) lines.push(`\nnote: ${caught} reader failure(s) were caught by summary.ts during the run`);
console.log(lines.join('\n'));
writeFileSync(join(ROOT, 'bench-results/latest.txt'), `${lines.join('\n')}\n`);

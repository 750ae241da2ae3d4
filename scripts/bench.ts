/**
 * The benchmark: `npm run bench [-- options]` (= vite-node scripts/bench.ts).
 *
 *   --rounds N          timed rounds per page, after a warm-up (default 5)
 *   --full              scaling up to 10 MB (default: up to 1 MB)
 *   --browser-pages N   browser phase on the first N pages (default: all)
 *   --browser-rounds N  loads of each page in the browser phase (default 1)
 *   --no-build          reuse .output/test-chrome-mv3 instead of building it
 *   --phases a,b        only these of pages,scaling,hostile,cold,bundle,cli,browser,removal
 *
 * Phases (one module each under scripts/bench/, which say what they time):
 * 1. pages: Readability alone vs the full pipeline per page, in one process;
 * 2. scaling: the text analysis on 10 KB → 1 MB (10 MB) synthetic articles;
 * 3. bundle: content script and popup sizes, and content.js by module;
 * 4. cli: the command line over the pages vs a Readability-only script;
 * 5. browser: the built content script and the popup in Chromium;
 * 6. hostile: inputs built to make a careless pattern backtrack, timed at
 *    n and 2n (a linear reader doubles; these used to be timed unit tests).
 * 7. cold: the first reading in a fresh process (the background worker after
 *    the browser stopped it) against the same reading warm.
 * 8. removal: in Chromium, what watching for a page that clears the highlight
 *    registry costs an idle tab, and how long such a clear stays unpainted.
 * Prints the table (stdout), writes bench-results/latest.json and
 * latest.txt (git-ignored). Timing stays out of `npm test`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { benchPages, type BenchPage } from './bench/pages';
import { benchScaling } from './bench/scaling';
import { benchHostile } from './bench/hostile';
import { benchCold } from './bench/cold';
import { benchBundle } from './bench/bundle';
import { benchCli } from './bench/cli';
import { benchBrowser, browserUnavailable, testBuild } from './bench/browser';
import { benchRemoval } from './bench/removal';
import { kb, median, ms, pct, progress, quantile, spread, sum } from './bench/stats';
import { readabilityPages, READABILITY_CORPUS } from '../tests/helpers/corpus';

const ROOT = resolve(import.meta.dirname ?? '.', '..');
const args = process.argv.slice(2);
function numberArg(name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
const ROUNDS = numberArg('--rounds', 5);
const FULL = args.includes('--full');
const BUILD = !args.includes('--no-build');
const BROWSER_ROUNDS = numberArg('--browser-rounds', 1);
const phasesArg = args.indexOf('--phases') >= 0 ? (args[args.indexOf('--phases') + 1] ?? '') : 'pages,scaling,hostile,cold,bundle,cli,browser,removal';
const PHASES = new Set(phasesArg.split(',').map((p) => p.trim()));

// The core logs caught reader failures; a benchmark should not print them per page.
let caught = 0;
console.error = (...a: unknown[]): void => {
  if (typeof a[0] === 'string' && a[0].startsWith('[roundup]')) caught++;
  else process.stderr.write(`${a.map(String).join(' ')}\n`);
};

const SAMPLE = join(ROOT, 'assets/sample/index.html');
const pages: BenchPage[] = [...readabilityPages().map((p) => ({ name: p.slug, path: p.path })), { name: 'sample', path: SAMPLE }];
const BROWSER_PAGES = numberArg('--browser-pages', pages.length);

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const started = new Date();
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', loadAverageAtStart: loadavg()[0]! };
progress(`bench: ${ROUNDS} rounds, ${machine.cpus} CPUs, load average ${machine.loadAverageAtStart.toFixed(2)}`);

const lines: string[] = [];
const out = (line = ''): void => void lines.push(line);
const row = (label: string, s: { median: number; p95: number }, note = ''): void => out(`  ${label.padEnd(34)} ${ms(s.median).padStart(10)} ${ms(s.p95).padStart(10)}${note ? `  ${note}` : ''}`);
const result: Record<string, unknown> = { date: started.toISOString(), node: process.version, machine, rounds: ROUNDS, browserRounds: BROWSER_ROUNDS };

out(`Roundup benchmark — ${started.toISOString()} — node ${process.version}, ${machine.cpus} × ${machine.cpu}, load average ${machine.loadAverageAtStart.toFixed(2)} at start`);

// ---------------------------------------------------------------- 1. pages
if (PHASES.has('pages')) {
  const { pages: timed, skipped } = benchPages(pages, ROUNDS);
  const col = (k: keyof (typeof timed)[number]): number[] => timed.map((p) => p[k] as number);
  const added = timed.map((p) => p.pipeline - p.readability);
  const addedRatio = timed.map((p) => (p.pipeline - p.readability) / p.readability);
  const aroundR = timed.map((p) => p.extract - p.readability);
  const analysis = timed.map((p) => p.pipeline - p.extract);
  const ok = timed.filter((p) => p.status === 'ok').length;
  const summary = {
    count: timed.length,
    ok,
    skippedForKnownHang: skipped,
    parse: spread(col('parse')),
    readability: spread(col('readability')),
    extract: spread(col('extract')),
    pipeline: spread(col('pipeline')),
    aroundReadability: spread(aroundR),
    analysis: spread(analysis),
    funding: spread(col('funding')),
    artifacts: spread(col('artifacts')),
    added: spread(added),
    addedOverReadability: { medianOverMedian: median(added) / median(col('readability')), medianPage: median(addedRatio), p95Page: quantile(addedRatio, 0.95), allPages: sum(col('pipeline')) / sum(col('readability')) - 1 },
    perPage: timed,
  };
  result.pages = summary;
  const r = summary.addedOverReadability;
  out('');
  out(`Pages: ${timed.length} (${ok} read as articles), ${ROUNDS} rounds after a warm-up, order rotated; per-page medians, then median and p95 over pages${skipped.length ? `; skipped (known hang): ${skipped.join(', ')}` : ''}`);
  out(`  ${''.padEnd(34)} ${'median'.padStart(10)} ${'p95'.padStart(10)}`);
  row('HTML parse (linkedom; not counted)', summary.parse);
  row('Readability alone (clone + parse)', summary.readability);
  row('extraction (extractArticle)', summary.extract);
  row('full pipeline (analyzeDocument)', summary.pipeline);
  row('added = pipeline − Readability', summary.added);
  row('  around Readability = extract − R', summary.aroundReadability);
  row('  analysis = pipeline − extract', summary.analysis);
  row('    readFunding alone', summary.funding);
  row('    findArtifacts alone', summary.artifacts);
  out(`  added / Readability: median added over median Readability ${pct(r.medianOverMedian)} (target ≤ 10 %)${r.medianOverMedian > 0.1 ? '  ← OVER TARGET' : ''}; per page: median ${pct(r.medianPage)}, p95 ${pct(r.p95Page)}; all pages together ${pct(r.allPages)}`);
  const slowest = [...timed].sort((a, b) => b.pipeline - b.readability - (a.pipeline - a.readability)).slice(0, 5);
  out(`  most added: ${slowest.map((p) => `${p.page} +${(p.pipeline - p.readability).toFixed(0)} ms (R ${p.readability.toFixed(0)}, funding ${p.funding.toFixed(0)}, artifacts ${p.artifacts.toFixed(0)})`).join('; ')}`);
}

// ---------------------------------------------------------------- 2. scaling
if (PHASES.has('scaling')) {
  const scaling = benchScaling(FULL, ROUNDS);
  const growth = scaling.length > 2 ? scaling[scaling.length - 1]!.msPerKb / scaling[1]!.msPerKb : NaN;
  result.scaling = { rows: scaling, msPerKbGrowthFrom100Kb: growth, superlinear: growth > 1.5 };
  out('');
  out('Scaling (summarizeText on real corpus paragraphs; median of the runs):');
  out('      size  runs       total     ms/KB   readFunding  findArtifacts');
  for (const s of scaling) out(`  ${`${s.kb} KB`.padStart(8)} ${String(s.runs).padStart(5)} ${ms(s.ms).padStart(11)} ${s.msPerKb.toFixed(2).padStart(9)} ${ms(s.funding).padStart(13)} ${ms(s.artifacts).padStart(14)}`);
  out(`  ms/KB from 100 KB to the largest: ×${growth.toFixed(2)}${growth > 1.5 ? '  ← SUPERLINEAR' : ' (flat: ≤ ×1.5)'}`);
}

// ---------------------------------------------------------------- 6. hostile inputs
if (PHASES.has('hostile')) {
  const hostile = benchHostile(ROUNDS);
  const flagged = hostile.filter((h) => h.superlinear);
  result.hostile = { rows: hostile, superlinear: flagged.map((h) => h.name) };
  out('');
  out('Hostile inputs (each at n and 2n repetitions; a linear reader about doubles):');
  for (const h of hostile) out(`  ${h.name.padEnd(58)} ${ms(h.ms).padStart(10)} ${ms(h.ms2n).padStart(10)}  ×${h.ratio.toFixed(1)}${h.superlinear ? '  ← SUPERLINEAR' : ''}`);
  out(`  ${flagged.length ? `${flagged.length} case(s) grow faster than linear` : 'all cases grow about linearly (×3 or less per doubling, or under 50 ms)'}`);
}

// ---------------------------------------------------------------- 7. cold start
if (PHASES.has('cold')) {
  // The sample and two real funding articles of the shared dev set when it is there (short pages: the compile cost shows alone).
  const dev = join(ROOT, '../shared/corpus/funding-dev');
  const coldPages = [
    { name: 'sample', path: SAMPLE },
    ...['28-vizzia-serie-b-maddyness.html', '13-didero-series-a-techcrunch.html'].map((f) => ({ name: f.replace(/\.html$/, ''), path: join(dev, f) })).filter((p) => existsSync(p.path)),
  ];
  const cold = benchCold(ROOT, coldPages, Math.min(ROUNDS, 3));
  result.cold = cold;
  out('');
  out(`Cold start (first reading in a fresh process, as after the browser stopped the idle worker, vs the same reading warm; median of ${Math.min(ROUNDS, 3)} processes):`);
  out(`  ${'page'.padEnd(40)} ${'first'.padStart(10)} ${'first CPU'.padStart(10)} ${'warm'.padStart(10)} ${'warm CPU'.padStart(10)}`);
  for (const c of cold) out(`  ${c.page.padEnd(40)} ${ms(c.coldWallMs).padStart(10)} ${ms(c.coldCpuMs).padStart(10)} ${ms(c.warmWallMs).padStart(10)} ${ms(c.warmCpuMs).padStart(10)}`);
}

// ---------------------------------------------------------------- build (shared by bundle and browser)
let extensionDir = join(ROOT, '.output/test-chrome-mv3');
if (PHASES.has('bundle') || ((PHASES.has('browser') || PHASES.has('removal')) && !browserUnavailable())) {
  try {
    extensionDir = testBuild(ROOT, BUILD);
  } catch (error) {
    progress(`build failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); using whatever is in .output`);
    if (!existsSync(join(extensionDir, 'manifest.json'))) extensionDir = join(ROOT, '.output/chrome-mv3');
  }
}

// ---------------------------------------------------------------- 3. bundle
if (PHASES.has('bundle')) {
  const bundle = await benchBundle(ROOT, extensionDir);
  result.bundle = bundle;
  out('');
  if (typeof bundle === 'string') out(`Bundle: skipped — ${bundle}`);
  else {
    out(`Bundle (${bundle.dir}; minified as built / gzip -9):`);
    const f = (label: string, min: number, gz: number, note = ''): void => out(`  ${label.padEnd(44)} ${kb(min).padStart(10)} ${kb(gz).padStart(10)}${note ? `  ${note}` : ''}`);
    f('content-scripts/content.js', bundle.content.minified, bundle.content.gzipped, `target ≤ 50 KB minified${bundle.content.minified > 50 * 1024 ? ' ← OVER' : ''}`);
    f('popup JS (page script + preloaded chunks)', bundle.popup.jsMinified, bundle.popup.jsGzipped, `target ≤ 40 KB${bundle.popup.jsMinified > 40 * 1024 ? ' ← OVER (minified)' : ''}`);
    for (const p of bundle.popup.files) f(`  ${p.file}`, p.minified, p.gzipped);
    f('  (reference) Readability.js alone', bundle.readability.minified, bundle.readability.gzipped);
    for (const o of bundle.others) f(`  other: ${o.file}`, o.minified, o.gzipped);
    if (typeof bundle.breakdown === 'string') out(`  content.js by module: skipped — ${bundle.breakdown}`);
    else {
      const total = bundle.breakdown.total;
      out(`  content.js by module (esbuild, same entry, ${kb(total)} minified):`);
      const mods = bundle.breakdown.modules;
      for (const m of mods.slice(0, 18)) out(`    ${m.module.padEnd(52)} ${kb(m.bytes).padStart(9)} ${pct(m.bytes / total).padStart(7)}`);
      const rest = mods.slice(18);
      if (rest.length) out(`    ${`${rest.length} more modules`.padEnd(52)} ${kb(sum(rest.map((m) => m.bytes))).padStart(9)} ${pct(sum(rest.map((m) => m.bytes)) / total).padStart(7)}`);
    }
  }
}

// ---------------------------------------------------------------- 4. command line
if (PHASES.has('cli')) {
  const files = readabilityPages().map((p) => p.path);
  const cli = files.length ? await benchCli(ROOT, files, ROUNDS) : `no pages (${READABILITY_CORPUS} is absent)`;
  result.cli = cli;
  out('');
  if (typeof cli === 'string') out(`Command line: skipped — ${cli}`);
  else out(`Command line: ${cli.pages} pages in one call, median of ${ROUNDS}: ${ms(cli.cliMs)} vs Readability only ${ms(cli.readabilityMs)}: ×${cli.ratio.toFixed(2)} (target ≤ 1.2)${cli.ratio > 1.2 ? '  ← OVER TARGET' : ''}`);
}

// ---------------------------------------------------------------- 5. browser
if (PHASES.has('browser')) {
  const corpusPages = pages.filter((p) => p.name !== 'sample' && existsSync(p.path));
  // The sample first: it also serves as the warm-up page.
  const browserPages = [{ name: 'sample', path: '/' }, ...corpusPages.map((p) => ({ name: p.name, path: `/readability/${encodeURIComponent(p.name)}/source.html` }))].slice(0, BROWSER_PAGES);
  const browser = await benchBrowser({ root: ROOT, mounts: { '/': join(ROOT, 'assets/sample'), '/readability/': READABILITY_CORPUS }, pages: browserPages, rounds: BROWSER_ROUNDS, build: false });
  out('');
  if (typeof browser === 'string') {
    result.browser = browser;
    out(`Browser: skipped — ${browser}`);
  } else {
    const done = browser.pages.filter((p) => !p.failure);
    const failed = browser.pages.filter((p) => p.failure);
    const col = (k: keyof (typeof done)[number]): number[] => done.map((p) => p[k] as number).filter((x) => Number.isFinite(x));
    const over50 = done.filter((p) => p.oursBeyondReadability > 50);
    const summary = {
      pages: browser.pages.length,
      failed: failed.map((p) => `${p.page}: ${p.failure}`),
      readability: spread(col('readability')),
      busy: spread(col('busy')),
      toPaint: spread(col('toPaint')),
      longestTask: spread(col('longestTask')),
      oursBeyondReadability: { ...spread(col('oursBeyondReadability')), max: Math.max(0, ...col('oursBeyondReadability')), pagesOver50: over50.map((p) => p.page) },
      busyOverReadability: median(done.filter((p) => p.readability > 0).map((p) => (p.busy - p.readability) / p.readability)),
      attribution: [...new Set(done.map((p) => p.attribution))],
      popupWall: spread(col('popupWall')),
      popupClock: spread(col('popupClock')),
      popupLoaded: spread(col('popupLoaded')),
      perPage: browser.pages,
    };
    result.browser = summary;
    out(`Browser (Chromium, built content script injected as the popup does; ${done.length} pages${failed.length ? `, ${failed.length} failed` : ''}, ${BROWSER_ROUNDS} load(s) each):`);
    out(`  ${''.padEnd(34)} ${'median'.padStart(10)} ${'p95'.padStart(10)}`);
    row('Readability alone, main world', summary.readability);
    row('ours busy (analysis + anchoring)', summary.busy);
    row('injection → highlights painted', summary.toPaint);
    row('longest task (longtask)', summary.longestTask);
    row('ours beyond Readability, longest', summary.oursBeyondReadability, `max ${ms(summary.oursBeyondReadability.max)}; ${over50.length} page(s) over 50 ms (target none)${summary.attribution.includes('estimate') ? '; estimated as longest − R' : ''}`);
    out(`  (busy − Readability) / Readability at the median page: ${pct(summary.busyOverReadability)}`);
    row('popup open → card (bench clock)', summary.popupWall, 'target ≤ 150 ms');
    row('popup open → card (popup clock)', summary.popupClock);
    row('  of which popup DOMContentLoaded', summary.popupLoaded);
    for (const f of failed.slice(0, 8)) out(`  FAILED ${f.page}: ${f.failure}`);
  }
}

// ---------------------------------------------------------------- 8. removal watch
if (PHASES.has('removal')) {
  const missing = browserUnavailable();
  const removal = missing ?? (await benchRemoval({ extensionDir, sampleDir: join(ROOT, 'assets/sample'), rounds: Math.min(ROUNDS, 3) }));
  result.removal = removal;
  out('');
  if (typeof removal === 'string') out(`Removal watch: skipped — ${removal}`);
  else {
    const per = (xs: number[]): string => xs.map((x) => ms(x)).join(', ');
    out(`Removal watch (Chromium, the sample article; main thread per ${removal.windowMs / 1000} s idle, DevTools TaskDuration):`);
    out(`  highlights on:  ${per(removal.onMs)}`);
    out(`  highlights off: ${per(removal.offMs)}`);
    out(`  watch cost (on − off, median of ${removal.onMs.length}): ${ms(removal.idleCostMs)} per ${removal.windowMs / 1000} s`);
    out(`  registry cleared by the page after a quiet spell → painted again: ${per(removal.repaintMs)} (worst ${ms(Math.max(...removal.repaintMs))})`);
  }
}

if (caught) out(`\nnote: ${caught} reader failure(s) were caught by summary.ts during the run`);
result.caughtReaderFailures = caught;
result.loadAverageAtEnd = loadavg()[0];
out(`\nload average at the end: ${loadavg()[0]!.toFixed(2)}; details in bench-results/latest.json`);
writeFileSync(join(ROOT, 'bench-results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench-results/latest.txt'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));

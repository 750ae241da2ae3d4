/**
 * Phase 1, in one Node process: per page, Readability alone against the full
 * pipeline, on the same linkedom Document.
 *
 * Per page and round the HTML is parsed once (timed on its own: `parse`, the
 * DOM library's cost, which a browser has already paid), then three timings,
 * in an order that rotates from page to page and round to round so that
 * machine load and garbage collection fall on each alike:
 *   readability  doc.cloneNode(true) + new Readability(clone, the options
 *                extract.ts passes).parse(): what any Readability user pays
 *   extract      extractArticle(doc): the above plus our bounds walk, the
 *                flattening into paragraphs and the readerable check
 *   pipeline     analyzeDocument(doc): extract plus funding, investors,
 *                artifacts and the summary, i.e. what the content script runs
 * and, on the paragraphs extracted in the warm-up, readFunding and
 * findArtifacts alone (to locate the analysis cost). Round 0 is a warm-up
 * (JIT), rounds 1..N are kept; each page's figure is the median of its rounds.
 * No forced garbage collection between timings: it would steady the big
 * pages, but every full GC also throws away V8's compiled regular-expression
 * code, and the readers (regex-heavy) then measured ×100 slower than they run
 * (readFunding 1 → 170 ms at the median page). The rotation and the medians
 * over rounds absorb the collections instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../lib/node-dom';
import { analyzeDocument } from '../../utils/summary';
import { DEFAULT_MAX_ELEMENTS, extractArticle } from '../../utils/extract';
import { readFunding } from '../../utils/funding';
import { findArtifacts } from '../../utils/artifacts';
import { wouldHang } from '../../tests/helpers/known-issues';
import { median, progress, time } from './stats';

export interface BenchPage {
  name: string;
  path: string;
}

export interface PageTiming {
  page: string;
  bytes: number;
  status: string;
  parse: number;
  readability: number;
  extract: number;
  pipeline: number;
  funding: number;
  artifacts: number;
}

/** Readability as extract.ts runs it, and nothing else: the fair baseline. */
export function readabilityAlone(doc: Document): void {
  const clone = doc.cloneNode(true) as Document;
  try {
    new Readability<Node>(clone, { maxElemsToParse: DEFAULT_MAX_ELEMENTS, serializer: (n) => n }).parse();
  } catch {
    /* some pages make Readability throw; the pipeline pays the same */
  }
}

type Kind = 'readability' | 'extract' | 'pipeline';
const ORDERS: Kind[][] = [
  ['readability', 'extract', 'pipeline'],
  ['pipeline', 'readability', 'extract'],
  ['extract', 'pipeline', 'readability'],
];

export function benchPages(pages: BenchPage[], rounds: number): { pages: PageTiming[]; skipped: string[] } {
  const present = pages.filter((p) => existsSync(p.path));
  const html = present.map((p) => readFileSync(p.path, 'utf8'));
  const paragraphs = html.map((h) => extractArticle(parseDocument(h)).paragraphs);
  const skipped = present.filter((_, i) => wouldHang(paragraphs[i]!.join('\n\n'))).map((p) => p.name);
  const samples = present.map(() => ({ parse: [] as number[], readability: [] as number[], extract: [] as number[], pipeline: [] as number[], funding: [] as number[], artifacts: [] as number[], status: '' }));
  for (let round = 0; round <= rounds; round++) {
    const started = performance.now();
    present.forEach((page, i) => {
      if (skipped.includes(page.name)) return;
      const s = samples[i]!;
      let doc: Document | null = null;
      const parse = time(() => {
        doc = parseDocument(html[i]!);
      });
      const d = doc as unknown as Document;
      const t: Record<Kind, number> = { readability: 0, extract: 0, pipeline: 0 };
      for (const kind of ORDERS[(i + round) % ORDERS.length]!) {
        if (kind === 'readability') t.readability = time(() => readabilityAlone(d));
        else if (kind === 'extract') t.extract = time(() => void extractArticle(d));
        else t.pipeline = time(() => {
          s.status = analyzeDocument(d, { input: page.name }).status;
        });
      }
      const article = { paragraphs: paragraphs[i]! };
      const funding = time(() => void readFunding(article));
      const artifacts = time(() => void findArtifacts(article));
      if (round === 0) return; // warm-up
      s.parse.push(parse);
      s.readability.push(t.readability);
      s.extract.push(t.extract);
      s.pipeline.push(t.pipeline);
      s.funding.push(funding);
      s.artifacts.push(artifacts);
    });
    progress(`pages: round ${round}/${rounds}${round === 0 ? ' (warm-up)' : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const out: PageTiming[] = [];
  present.forEach((page, i) => {
    const s = samples[i]!;
    if (s.readability.length === 0) return;
    out.push({
      page: page.name,
      bytes: html[i]!.length,
      status: s.status,
      parse: median(s.parse),
      readability: median(s.readability),
      extract: median(s.extract),
      pipeline: median(s.pipeline),
      funding: median(s.funding),
      artifacts: median(s.artifacts),
    });
  });
  return { pages: out, skipped };
}

/**
 * Anchoring in chunks: the page's text indexed a slice of nodes at a time,
 * the reading mapped onto it, then each finding looked up in it, every step
 * at most CHUNK_MS of main thread with a yield to the page between steps. The
 * caller (PageController.anchorAll) keeps the result and decides what it means.
 */
import { anchor, mapReadingSteps, readingParagraphOf, readingTextOf, TextIndexBuilder, type ReadingMap } from '../../utils/anchor';
import type { Finding } from '../../utils/categories';
import type { AnchoredFinding } from '../../utils/highlight';
import { CHUNK_MS, type StepTrace, yieldToPage } from './trace';

/**
 * Find `findings` on the page: one pass to index the page's text, then the
 * findings in chunks of at most CHUNK_MS each (a long article has hundreds of
 * them), yielding to the page between chunks. `paragraphsNow` gives the
 * paragraphs the card was read from once the index is built; `skip` and
 * `maxChars` bound the index (our tooltip; a first-part page). Returns the
 * anchored findings and the main-thread time spent, or null when the work was
 * dropped meanwhile (`gone`, checked after each yield).
 */
export async function anchorInChunks(
  doc: Document,
  findings: readonly Finding[],
  paragraphsNow: () => string[],
  bounds: { skip: (el: Element) => boolean; maxChars: number | undefined },
  trace: StepTrace,
  gone: () => boolean,
): Promise<{ anchored: AnchoredFinding[]; spent: number } | null> {
  const { skip, maxChars } = bounds;
  // The page's text, indexed a slice of nodes at a time (a long page is tens of thousands of nodes).
  const builder = new TextIndexBuilder(doc.body ?? doc.documentElement, { skip, maxChars });
  let spent = 0;
  for (let done = false; !done;) {
    await yieldToPage(trace);
    if (gone()) return null;
    const slice = builder.slice(CHUNK_MS);
    trace.add({ name: 'index', start: slice.start, end: slice.end, items: slice.items, lastItemStart: slice.lastItemStart });
    spent += slice.end - slice.start;
    done = slice.done;
  }
  const index = builder.index;
  // Where the article the card was read from sits on the page (paragraph by paragraph, in slices):
  // a finding is looked for there first, never in a table of contents or a menu that repeats it.
  const paragraphs = paragraphsNow();
  let reading: ReadingMap | null = null;
  if (paragraphs.length > 0) {
    const steps = mapReadingSteps(index, paragraphs);
    for (;;) {
      await yieldToPage(trace);
      if (gone()) return null;
      const start = performance.now();
      let now = start;
      let lastItemStart = start;
      let items = 0;
      let step = steps.next();
      while (!step.done) {
        items++;
        now = performance.now();
        if (now - start >= CHUNK_MS) break;
        lastItemStart = now;
        step = steps.next();
      }
      trace.add({ name: 'map', start, end: performance.now(), items, lastItemStart });
      spent += performance.now() - start;
      if (step.done) {
        reading = step.value;
        break;
      }
    }
  }
  const readingText = reading ? readingTextOf(paragraphs) : null;
  const anchored: AnchoredFinding[] = [];
  let next = 0;
  while (next < findings.length) {
    await yieldToPage(trace);
    if (gone()) return null;
    const start = performance.now();
    let now = start;
    let lastItemStart = start;
    const first = next;
    // At least one finding per chunk, so the loop always moves on.
    do {
      lastItemStart = now;
      const finding = findings[next++]!;
      const paragraph = readingText ? readingParagraphOf(readingText, finding.text, finding.context) : null;
      anchored.push({ finding, ranges: anchor(index, { ...finding, paragraph }, reading) });
      now = performance.now();
    } while (next < findings.length && now - start < CHUNK_MS);
    trace.add({ name: 'anchor', start, end: now, items: next - first, lastItemStart });
    spent += now - start;
  }
  return { anchored, spent };
}

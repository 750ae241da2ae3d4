/**
 * The content script's state for one page: the analysis (cached by URL and a
 * fingerprint of the content), the anchored findings, the painter and the
 * tooltip. Everything that can throw is caught here: the page must never
 * break because of us. Every piece of work runs as a task of its own, or in
 * time-boxed chunks, with the page's own work in between (see trace.ts).
 *
 * PageController orchestrates; each step has a module of its own: the page's
 * fingerprint (utils/page-shape.ts), reading (reading.ts), anchoring in chunks
 * (anchoring.ts), painting in time (painting.ts), re-anchoring after the page
 * redrew (reanchor.ts, utils/live-range.ts, utils/text-gone.ts), and the
 * late-root watch (late-roots.ts).
 */
import { ALL_VISIBLE, CATEGORY_STYLES, findingsOf, type CategoryVisibility } from '../../utils/categories';
import { HighlightPainter, type AnchoredFinding } from '../../utils/highlight';
import type { GetParagraphsResponse, GetSummaryResponse, HighlightStateResponse, ScrollToResponse } from '../../utils/messages';
import { DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_TEXT_CHARS, FRAMED_ARTICLE_MESSAGE, lookIntoFrames } from '../../utils/extract';
import { prepareArticle, type Analysis } from '../../utils/article';
import { liveRangeSweep } from '../../utils/live-range';
import { FIRST_PART_CHARS, FIRST_PART_NOTE, firstPartOf } from '../../utils/page-first-part';
import { MAX_PAGE_TEXT_CHARS, ShapeWalk, type PageShape } from '../../utils/page-shape';
import { textGoneUnder, wordsInDocument } from '../../utils/text-gone';
import { anchorInChunks } from './anchoring';
import { LateRootWatch } from './late-roots';
import { paintOptions, whenIdle } from './painting';
import { readArticle, readFirstPart, refusal, type ArticleReader, type ReadingIO } from './reading';
import { ReanchorSchedule } from './reanchor';
import { createTooltip, type Tooltip } from './tooltip';
import { CHUNK_MS, StepTrace, yieldToPage } from './trace';

/**
 * How many readings' paragraphs the page keeps for the clean copy. A live
 * page (a ticker, an infinite scroll) is read again whenever the popup opens
 * or the highlights repaint, while a popup may still show an earlier card: its
 * "Copy clean text" asks for the paragraphs of its own reading, which must
 * still be here (a few cards back is plenty; each is at most the article).
 */
export const KEPT_READINGS = 3;

/**
 * The page shares the highlight registry and <head> with us and can take our
 * highlights away (review F2: CSS.highlights.clear() every 500 ms). What was
 * taken is painted again up to REMOVAL_MAX_REPAINTS times per reading, and
 * past that the card says the page removed them (not "On").
 *
 * A registry cleared leaves no trace a MutationObserver or an event sees, so
 * we look. The content script already wakes every second to check that its
 * extension is still there (main.ts, CONTEXT_CHECK_MS): the look rides that
 * wake-up (lookForRemoval, a few registry lookups) and the controller runs no
 * timer of its own, so a removal is painted again within a second. A hidden
 * tab, highlights off, or a page given up on is not looked at.
 *
 * This is the only watch. Before it (session 18) a timer of the controller's
 * own looked 2 s after painting, then twice as long while each look found the
 * highlights in place (up to 16 s), brought back by pokes (the page's markup
 * changing, the reader scrolling or pointing, the tab shown): a registry
 * cleared with no markup change stayed unpainted for up to 16 s, and once the
 * look moved to the wake-up (session 19) only unit tests still ran that timer.
 * Idle cost of the look on the wake-up against the growing waits: within the
 * noise (figures: docs/BENCH.md, "Removal watch").
 */
export const REMOVAL_MAX_REPAINTS = 3;

/** What survives a re-injection of the script into the same page (window-scoped). */
export interface PageCache {
  key: string;
  analysis: Analysis;
  /**
   * The reading's number: a new copy (the keyboard toggle injects one) keeps
   * it, so an open card, whose pushes of an older number are dropped, still
   * hears from it. Absent in a copy from before session 19.
   */
  analysisId?: number;
}

const DOCUMENT_FRAGMENT = 11;
/** What the page watch listens for, in the document and in the open shadow roots it reads. */
const OBSERVED: MutationObserverInit = { subtree: true, childList: true, characterData: true };

export class PageController {
  private readonly doc: Document;
  private readonly painter: HighlightPainter;
  private readonly tooltip: Tooltip;
  private analysis: Analysis | null = null;
  /** Which analysis `analysis` is: a new number each time the page is read (the clean copy checks it). */
  private analysisId = 0;
  /** The paragraphs of the last KEPT_READINGS readings, by analysisId (see paragraphsResponse). */
  private readonly readings = new Map<number, string[]>();
  /** The current analysis is a refusal that may succeed if asked again (the reader ran out of time). */
  private retryable = false;
  private key = '';
  private anchored: AnchoredFinding[] = [];
  /** True once `anchored` holds this analysis's findings (possibly none). */
  private anchoredReady = false;
  enabled = true;
  visible: CategoryVisibility = { ...ALL_VISIBLE };
  private frame = 0;
  private timings = { analysisMs: 0, anchorMs: 0 };
  /** The analysis under way, shared by every caller that asks meanwhile. */
  private pending: { generation: number; done: Promise<boolean> } | null = null;
  /** The anchoring under way (same sharing). */
  private anchoring: { generation: number; done: Promise<void> } | null = null;
  /** Bumped when the page's content is forgotten: work started before it is dropped. */
  private generation = 0;
  private disposed = false;
  /** Per finding, the mention last scrolled to: clicking again walks the others. */
  private readonly cursor = new Map<string, number>();
  /** Our tasks on the page's main thread (read by the browser tests). */
  readonly trace = new StepTrace();
  /** The last fingerprint, valid while no mutation of the page's own was seen and the URL is the same. */
  private shape: { href: string; shape: PageShape } | null = null;
  /** Tells us the page changed (one record is enough: it then stops listening until the next fingerprint). */
  private readonly observer: MutationObserver | null;
  /** The fingerprint walk under way, shared by every caller meanwhile. */
  private walking: { href: string; done: Promise<PageShape | null> } | null = null;
  /** The page changed (a mutation not of ours) since the fingerprint walk began. */
  private changed = false;
  /** The open shadow roots the last fingerprint walk went through (watched with the document). */
  private walkedRoots: ShadowRoot[] = [];
  /** The shadow roots the anchored findings' ranges are in, found once per anchoring (none on most pages). */
  private anchoredRoots = new Set<Node>();
  /**
   * The shadow roots the observer watches now: each is observed once, not
   * again at every paint (a disconnect forgets them all, and a new set starts).
   */
  private observedRoots = new WeakSet<Node>();
  /** The custom elements the last walk met with no open shadow root, looked at for a late root (lookForLateRoots). */
  private readonly lateRoots = new LateRootWatch();

  /** The re-anchor scheduled after the page redrew painted text, and the re-anchors in a row (review F3). */
  private readonly reanchors: ReanchorSchedule;
  /**
   * Set once the page redrew text we had painted, for this reading: how many
   * findings were on the page before it did (the card's "N of M found again").
   */
  private redrawnFrom: number | null = null;
  /** Findings found on the page by this reading's first anchoring. */
  private foundAtReading = 0;
  /**
   * The words this reading's first anchoring found, by finding, as the page
   * held them (in the document, not in a shadow root: the page's shown text
   * has them), for a pass the page changed under (see textGoneUnder).
   */
  private wordsAtReading = new Map<string, string>();
  /**
   * The last re-anchor, on the page as it was then, found fewer findings than
   * the reading: their text is gone (the page rewrote it), which a redraw of
   * the same text never does (the card's "changed" rather than "redrew").
   */
  private textGone = false;
  /**
   * Changes of the page's own seen so far (pageChanged): a re-anchor compares
   * it before and after, and one the page changed under is no evidence that
   * the text is gone (see anchorAll).
   */
  private pageChanges = 0;
  /** How often the page took our highlights away for this reading, and whether we gave up (review F2). */
  private removals = 0;
  private removedByPage = false;
  /**
   * The page redrew faster than the re-anchors in a row could follow: what was
   * on the page before, kept for this URL across readings (a page that also
   * changes its text is read again at each popup open, and its fresh
   * highlights are gone a moment later): the card's answer then waits for the
   * page's next redraw before it counts (see popupSummary).
   */
  private redrawGaveUp: { href: string; total: number } | null = null;

  private readonly reader: ArticleReader;
  /**
   * Told when what an open card shows may have changed with no request of the
   * card's: a re-anchor after the page redrew (found again or lost), the page
   * taking the highlights away, a new reading. main.ts then pushes the card's
   * state to an open popup (CARD_PORT, utils/messages.ts); with none open it does nothing.
   */
  onCardChange: (() => void) | null = null;
  /** Characters the text index stops at (set for a page read only in its first part). */
  private indexLimit: number | undefined;

  constructor(doc: Document, cache: PageCache | null, reader: ArticleReader, options: { reanchorDebounceMs?: number; reanchorEveryMs?: number } = {}) {
    this.doc = doc;
    this.reader = reader;
    this.reanchors = new ReanchorSchedule({ debounceMs: options.reanchorDebounceMs, everyMs: options.reanchorEveryMs });
    this.painter = new HighlightPainter(doc);
    this.tooltip = createTooltip(doc);
    const View = doc.defaultView as (Window & { MutationObserver?: typeof MutationObserver }) | null;
    this.observer = View?.MutationObserver ? new View.MutationObserver((records) => this.onMutations(records)) : null;
    if (cache) {
      this.analysis = cache.analysis;
      this.analysisId = typeof cache.analysisId === 'number' && cache.analysisId > 0 ? cache.analysisId : 1;
      this.keepReading(cache.analysis.paragraphs);
      this.key = cache.key;
    }
  }

  get cache(): PageCache | null {
    return this.analysis ? { key: this.key, analysis: this.analysis, analysisId: this.analysisId } : null;
  }

  /**
   * Analyse unless the cached analysis is for this very content. Returns true
   * when it ran. Every step here (fingerprint, Readability, handing the text
   * to the reader, text index, anchoring in chunks, painting) runs as a task
   * of its own with the page's work in between, so the tab stays responsive;
   * the reading itself runs in the background.
   */
  async ensureAnalysis(): Promise<boolean> {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (this.disposed) throw new Error('Roundup was stopped on this page.');
      const generation = this.generation;
      const shape = await this.currentShape();
      if (!shape) throw new Error('Roundup was stopped on this page.');
      if (generation !== this.generation) continue;
      if (this.analysis && shape.key === this.key) {
        await this.ensureAnchored();
        if (generation === this.generation) return false;
        continue;
      }
      if (!this.pending || this.pending.generation !== generation) {
        // The content changed under the cached analysis: forget it (and its highlights) first.
        if (this.analysis) this.forget();
        const done = this.run(shape);
        const pending = { generation: this.generation, done };
        this.pending = pending;
        void done.then(
          () => { if (this.pending === pending) this.pending = null; },
          () => { if (this.pending === pending) this.pending = null; },
        );
      }
      const ran = await this.pending.done;
      if (this.analysis && this.anchoredReady) return ran;
    }
    throw new Error('The page kept changing while Roundup read it.');
  }

  /**
   * The page's fingerprint: one pass over its text in slices with yields in
   * between, computed again only after the page itself changed (a
   * MutationObserver says so) or its URL did. Null when we were stopped.
   */
  private currentShape(): Promise<PageShape | null> {
    const href = this.doc.location?.href ?? '';
    if (this.observer && this.shape) this.onMutations(this.observer.takeRecords());
    if (this.shape && this.shape.href === href && this.observer) return Promise.resolve(this.shape.shape);
    // Callers that ask while a walk is under way share it.
    if (this.walking && this.walking.href === href) return this.walking.done;
    const walking = { href, done: this.walkShape(href) };
    this.walking = walking;
    const clear = (): void => {
      if (this.walking === walking) this.walking = null;
    };
    walking.done.then(clear, clear);
    return walking.done;
  }

  private async walkShape(href: string): Promise<PageShape | null> {
    // Listen from the start of the walk: a change while walking means the result is stale at once.
    // (Changes from before it, queued while painted highlights were watched, are taken first.)
    if (this.observer) this.onMutations(this.observer.takeRecords());
    this.changed = false;
    this.walkedRoots = [];
    this.observe();
    // Each open shadow root the walk meets is watched from then on: a change there is the page changing too.
    const walk = new ShapeWalk(this.doc, DEFAULT_MAX_ELEMENTS, (root) => {
      this.walkedRoots.push(root);
      this.observeRoot(root);
    });
    // The late-root look waits for this walk's whole list (handed over below), never reading it half-built.
    this.lateRoots.restart();
    for (;;) {
      const slice = walk.slice(CHUNK_MS);
      this.trace.add({ name: 'fingerprint', start: slice.start, end: slice.end, items: slice.items, lastItemStart: slice.lastItemStart });
      if (slice.done) break;
      await yieldToPage(this.trace);
      if (this.disposed) return null;
    }
    const shape = walk.shape;
    if (this.observer) this.onMutations(this.observer.takeRecords());
    this.shape = this.changed || !this.observer ? null : { href, shape };
    this.lateRoots.watch(this.shape ? walk.bareHosts : []);
    return shape;
  }

  private onMutations(records: MutationRecord[]): void {
    if (records.length === 0) return;
    if (records.every((r) => this.isOurs(r))) return;
    this.pageChanged();
  }

  /** The page changed (a mutation of its own, or a shadow root attached late): the fingerprint is stale. */
  private pageChanged(): void {
    this.changed = true;
    this.pageChanges++;
    this.shape = null;
    // Looked at only while a fingerprint is held; the next walk lists them again (none kept alive meanwhile).
    this.lateRoots.drop();
    // While highlights are painted, keep listening: a redraw of the text they cover cuts them loose (review F3).
    if (this.painted && this.enabled && !this.disposed) {
      this.scheduleReanchor();
    } else {
      this.disconnect();
    }
  }

  /** Stop listening everywhere (the next observe() watches every root again). */
  private disconnect(): void {
    this.observer?.disconnect();
    this.observedRoots = new WeakSet();
  }

  /** Listen for the page's changes (the fingerprint's, and the painted ranges' watch). */
  private observe(): void {
    try {
      this.observer?.observe(this.doc, OBSERVED);
    } catch {
      /* no observer */
    }
    // A web component's article: its open shadow root is a tree of its own, which the document's watch
    // does not see into; a redraw there cuts our ranges loose as well (see utils/shadow.ts), and any
    // change there changes the fingerprint (ShapeWalk walks the open roots).
    for (const root of this.anchoredRoots) this.observeRoot(root);
    for (const root of this.walkedRoots) this.observeRoot(root);
  }

  /** Watch a shadow root, once until the next disconnect. */
  private observeRoot(root: Node): void {
    if (!this.observer || this.observedRoots.has(root)) return;
    try {
      this.observer.observe(root, OBSERVED);
      this.observedRoots.add(root);
    } catch {
      /* a root gone */
    }
  }

  /**
   * The content script's wake-up (main.ts, every second): did a custom element
   * the last fingerprint walk met with no open shadow root attach one since?
   * attachShadow and the filling of a root nobody watches leave no record (a
   * component defined or upgraded after the walk renders its article there):
   * such a root is a change of the page (the fingerprint is stale, an open
   * card says the page changed, the next reading reads it); the next walk
   * watches it. Only while a fingerprint of the URL the page is on is held (a
   * stale one is walked again anyway; after an in-page navigation the look
   * waits for the new walk's whole list), at most LATE_ROOT_LOOKS (late-roots.ts) hosts per
   * wake-up, taking turns.
   */
  lookForLateRoots(): void {
    if (this.disposed || !this.shape || this.shape.href !== (this.doc.location?.href ?? '') || this.lateRoots.empty) return;
    try {
      if (!this.lateRoots.inTurn()) return;
      // The card says so at once; the next fingerprint walk (the card's push, the next reading) meets the
      // root and watches it from then on. Until then the fingerprint is dropped, so no later change
      // there can say more.
      this.pageChanged();
      this.cardChanged();
    } catch {
      /* never break the page */
    }
  }

  /** The shadow roots the anchored findings' ranges are in (none on most pages). */
  private shadowRootsOf(anchored: AnchoredFinding[]): Set<Node> {
    const roots = new Set<Node>();
    for (const a of anchored) {
      for (const r of a.ranges) {
        const root = r.startContainer.getRootNode();
        if (root !== this.doc && root.nodeType === DOCUMENT_FRAGMENT) roots.add(root);
      }
    }
    return roots;
  }

  /**
   * True when the page cut some of our ranges loose, or fewer findings are on
   * the page than this reading first found (a re-anchor during a redraw can find none).
   */
  private get rangesLost(): boolean {
    const live = liveRangeSweep();
    return this.anchored.some((a) => a.ranges.some((r) => !live(r))) || this.liveFindingsIn(live).length < this.foundAtReading;
  }

  /** True when the re-anchors gave up on this URL (see redrawGaveUp). */
  private get redrawsHere(): boolean {
    return this.redrawGaveUp !== null && this.redrawGaveUp.href === (this.doc.location?.href ?? '');
  }

  /** Findings with a range on the page now (one the page's redraw cut loose is not; review F3). */
  private get liveFindings(): AnchoredFinding[] {
    return this.liveFindingsIn(liveRangeSweep());
  }

  /** liveFindings, within one pass's `live` check (liveRangeSweep). */
  private liveFindingsIn(live: (range: Range) => boolean): AnchoredFinding[] {
    return this.anchored.filter((a) => a.ranges.some(live));
  }

  /**
   * Re-anchor after the page changed under painted highlights: debounced, at
   * most once per REANCHOR_EVERY_MS (reanchor.ts), only when a painted range was cut loose,
   * and not past REANCHOR_MAX_ATTEMPTS in a row.
   */
  private scheduleReanchor(): void {
    if (this.reanchors.scheduled) return;
    const view = this.doc.defaultView;
    if (!view) return;
    // Found again, lost, or given up on: an open card shows it (and a page change the re-render was not).
    this.reanchors.schedule(view, () => void this.reanchorIfLost(false).catch(() => undefined).then(() => this.cardChanged()));
  }

  /**
   * Find the findings again when the page cut painted ranges loose, and paint
   * them. `asked`: the user asked (the popup, a switch): not counted against
   * the attempts, which it resets.
   */
  private async reanchorIfLost(asked: boolean): Promise<void> {
    if (this.disposed || !this.analysis || !this.anchoredReady) return;
    if (!this.rangesLost) {
      // The page changed and our highlights stayed: it no longer redraws them.
      if (!asked) this.redrawGaveUp = null;
      return;
    }
    const now = performance.now();
    if (this.redrawnFrom === null) this.redrawnFrom = this.foundAtReading;
    if (!this.reanchors.begin(asked, now)) {
      this.redrawGaveUp = { href: this.doc.location?.href ?? '', total: this.redrawnFrom };
      return;
    }
    const generation = this.generation;
    this.anchoredReady = false;
    await this.ensureAnchored();
    if (asked || this.disposed || generation !== this.generation || !this.enabled || !this.painted) return;
    this.paint();
  }

  /** Our stylesheet and tooltip coming and going are not a change of the page. */
  private isOurs(record: MutationRecord): boolean {
    if (record.type !== 'childList') return false;
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return nodes.length > 0 && nodes.every((n) => {
      const el = n as Element;
      return n.nodeType === 1 && (this.painter.ownsNode(n) || this.tooltip.owns(el));
    });
  }

  /** One analysis of the page as it is now; false when it was dropped (the page changed or we stopped). */
  private async run(shape: PageShape): Promise<boolean> {
    const generation = this.generation;
    const gone = (): boolean => this.disposed || generation !== this.generation;
    let analysis: Analysis;
    let workMs = 0;
    let readerGaveUp = false;
    let firstPart = false;
    // A refusal while a frame was still loading is not kept for this fingerprint (which does not see into
    // frames): the frame may show its article once loaded, and the card's next ask looks again.
    let framesLoading = false;
    if (shape.textChars > MAX_PAGE_TEXT_CHARS) {
      // Too long to read whole (the fingerprint stops counting there): its first part is read instead
      // of refusing it, and the card says so. Readability is skipped: its parse would be seconds of one task.
      const part = await readFirstPart(this.readingIO, gone);
      if (!part) return false;
      ({ analysis, readerGaveUp, firstPart } = part);
      workMs += part.workMs;
    } else if (shape.elements > DEFAULT_MAX_ELEMENTS) {
      // Readability would refuse it too (it counts <head> as well), after a pass over every element.
      analysis = refusal(this.doc, `This page has more than ${DEFAULT_MAX_ELEMENTS.toLocaleString('en')} elements, more than Roundup reads.`);
    } else {
      // The fingerprint was a task of its own: Readability starts on the next one.
      await yieldToPage(this.trace);
      if (gone()) return false;
      // Readability's parse is one task (it cannot be split); it needs the page, so it runs here.
      // Its text is not bounded there (review F5: an article of 1-4 million characters was refused
      // outright): an article longer than Roundup reads whole is read in its first part below.
      const start = performance.now();
      const prepared = prepareArticle(this.doc, { url: this.doc.location?.href ?? null }, { maxTextChars: Number.POSITIVE_INFINITY });
      const end = performance.now();
      this.trace.add({ name: 'readability', start, end, whole: true });
      workMs += end - start;
      if (prepared.analysis) {
        analysis = prepared.analysis;
        if (analysis.status === 'not-article') {
          // Looking into the page's frames is a walk of its own: a task of its own, not the tail of Readability's.
          await yieldToPage(this.trace);
          if (gone()) return false;
          const frames = this.trace.time('frame-check', () => lookIntoFrames(this.doc), { whole: true });
          // The article is in a same-origin frame: the card says so instead of the generic hint.
          if (frames.article) analysis = { ...analysis, message: FRAMED_ARTICLE_MESSAGE };
          framesLoading = frames.loading;
        }
      } else {
        const head = firstPartOf(prepared.article.paragraphs, DEFAULT_MAX_TEXT_CHARS, FIRST_PART_CHARS);
        const article = head ? { ...prepared.article, paragraphs: head } : prepared.article;
        // Handing the text over (its serialisation) is a task of its own; the reading happens in the background.
        await yieldToPage(this.trace);
        if (gone()) return false;
        const outcome = await readArticle(this.readingIO, article, gone);
        if (!outcome) return false;
        workMs += outcome.readMs;
        analysis = outcome.analysis;
        readerGaveUp = outcome.gaveUp;
        if (head && !readerGaveUp) {
          analysis.message = FIRST_PART_NOTE;
          firstPart = true;
        }
      }
    }
    if (gone()) return false;
    // Readability's time here plus the reading's in the background, not the waits between them.
    this.timings.analysisMs = workMs;
    this.analysis = analysis;
    this.analysisId++;
    this.keepReading(analysis.paragraphs);
    this.retryable = readerGaveUp;
    // A first-part reading has its findings in the page's first part: the text index stops past it.
    this.indexLimit = firstPart ? 2 * FIRST_PART_CHARS : undefined;
    this.key = readerGaveUp || framesLoading ? '' : shape.key;
    this.anchoredReady = false;
    this.resetPageWatch();
    await this.ensureAnchored();
    if (this.disposed || generation !== this.generation) return false;
    // New content, new ranges: keep the page painted if it was (in a task of its own).
    if (this.enabled) {
      await yieldToPage(this.trace);
      if (this.disposed || generation !== this.generation) return false;
      this.paint();
    }
    // A reading the card did not ask for (the keyboard toggle, an in-page navigation) replaces an open card.
    this.cardChanged();
    return true;
  }

  /** What reading.ts reads with: this page, our trace, the reader. */
  private get readingIO(): ReadingIO {
    return { doc: this.doc, trace: this.trace, reader: this.reader };
  }

  /** Forget the analysis (the page navigated in place, or its content changed). */
  invalidate(): void {
    this.forget();
  }

  private forget(): void {
    this.generation++;
    this.analysis = null;
    this.key = '';
    this.anchored = [];
    this.anchoredRoots = new Set();
    this.anchoredReady = false;
    this.anchoring = null;
    this.cursor.clear();
    this.unpaint();
    this.resetPageWatch();
  }

  /** Take our highlights and tooltip off the page, and stop what watches or paints them. */
  private unpaint(): void {
    this.stopTimers();
    this.ours(() => this.painter.clear());
    this.painted = null;
    this.tooltip.destroy();
  }

  /** Stop the rest of a paint and a scheduled re-anchor. */
  private stopTimers(): void {
    this.cancelPaintRest();
    this.reanchors.cancel();
  }

  /** A new reading (or none): the page has neither redrawn nor removed its highlights yet. */
  private resetPageWatch(): void {
    this.redrawnFrom = null;
    this.textGone = false;
    this.reanchors.resetAttempts();
    this.removals = 0;
    this.removedByPage = false;
  }

  /**
   * Run `change` (painting or clearing our highlights), whose DOM mutations
   * are ours: the fallback painter (no Highlight API) wraps text in <mark>s,
   * which must not count as the page changing (the card would say the page
   * changed after every paint). The page's own records queued before are
   * taken first; JS being single-threaded, those queued during `change` are ours.
   */
  private ours<T>(change: () => T): T {
    if (this.observer) this.onMutations(this.observer.takeRecords());
    try {
      return change();
    } finally {
      this.observer?.takeRecords();
    }
  }

  /** Keep the paragraphs of the reading just made, forgetting the oldest past KEPT_READINGS. */
  private keepReading(paragraphs: string[]): void {
    this.readings.set(this.analysisId, paragraphs);
    for (const id of this.readings.keys()) {
      if (this.readings.size <= KEPT_READINGS) break;
      this.readings.delete(id);
    }
  }

  /**
   * True when the page changed after the current reading was made (a mutation
   * of the page's own since its fingerprint, or one during the walk itself).
   * Without a MutationObserver we cannot tell, and say no.
   */
  get changedSinceReading(): boolean {
    if (!this.observer || !this.analysis || this.key === '') return false;
    this.onMutations(this.observer.takeRecords());
    return this.shape === null || this.shape.shape.key !== this.key;
  }

  get dealCount(): number {
    return this.analysis?.summary.deals.length ?? 0;
  }

  /** Anchor the findings unless they are anchored already (shared by concurrent callers). */
  private ensureAnchored(): Promise<void> {
    if (this.anchoredReady) return Promise.resolve();
    if (this.anchoring && this.anchoring.generation === this.generation) return this.anchoring.done;
    const anchoring = { generation: this.generation, done: this.anchorAll() };
    this.anchoring = anchoring;
    void anchoring.done.then(
      () => { if (this.anchoring === anchoring) this.anchoring = null; },
      () => { if (this.anchoring === anchoring) this.anchoring = null; },
    );
    return anchoring.done;
  }

  /**
   * Find every finding on the page: one pass to index the page's text, then
   * the findings in chunks of at most CHUNK_MS each (a long article has
   * hundreds of them), yielding to the page between chunks.
   */
  private async anchorAll(): Promise<void> {
    const generation = this.generation;
    const changesBefore = this.pageChanges;
    const summary = this.analysis?.summary;
    // Listing the findings, indexing the page's text: a task each.
    await yieldToPage(this.trace);
    if (this.disposed || generation !== this.generation) return;
    const findings = summary ? this.trace.time('findings', () => findingsOf(summary), { whole: true }) : [];
    if (findings.length === 0) {
      this.anchored = [];
      this.anchoredReady = true;
      this.foundAtReading = 0;
      return;
    }
    const result = await anchorInChunks(
      this.doc,
      findings,
      () => this.analysis?.paragraphs ?? [],
      { skip: (el) => this.tooltip.owns(el), maxChars: this.indexLimit },
      this.trace,
      () => this.disposed || generation !== this.generation,
    );
    if (!result) return;
    const { anchored, spent } = result;
    this.anchored = anchored;
    this.anchoredRoots = this.shadowRootsOf(anchored);
    this.anchoredReady = true;
    const found = anchored.filter((a) => a.ranges.length > 0).length;
    if (this.redrawnFrom === null) {
      this.foundAtReading = found;
      this.wordsAtReading = wordsInDocument(this.doc, anchored);
    } else if (!this.overtakenSince(changesBefore)) this.textGone = found < this.foundAtReading;
    else this.textGone = found < this.foundAtReading && textGoneUnder(this.doc, anchored, this.wordsAtReading, (el) => this.tooltip.owns(el), this.indexLimit);
    this.timings.anchorMs = spent;
  }

  /**
   * Whether the page changed since `changesBefore` (its records queued now
   * taken first). A re-anchor the page changed under indexed a page that no
   * longer is: on a long page, a redraw between two slices of the text index
   * leaves its walk in the detached copy, which ends it early, and fewer
   * findings are found though none of their text is gone (review of session
   * 22, R2). Such a pass decides nothing about the text; the next re-anchor
   * does: the change scheduled it, but its timer may have fired while this
   * pass still ran (and found nothing to do then), so it is scheduled again.
   */
  private overtakenSince(changesBefore: number): boolean {
    if (this.observer) this.onMutations(this.observer.takeRecords());
    if (this.pageChanges === changesBefore) return false;
    if (this.painted && this.enabled && !this.disposed) this.scheduleReanchor();
    return true;
  }

  /** What is on the page now: these findings in these categories (paint again only when it changes). */
  private painted: { anchored: AnchoredFinding[]; visible: string } | null = null;

  /** The idle callback that will register the ranges the first paint left for later. */
  private restHandle: { cancel: () => void } | null = null;

  private paint(): void {
    const visible = JSON.stringify(this.visible);
    // Unless the page took our highlights away (it shares CSS.highlights with us and can clear it, review F2): then paint again.
    if (this.painted?.anchored === this.anchored && this.painted.visible === visible && this.painter.rangeCount > 0 && !this.painter.removed) return;
    this.cancelPaintRest();
    const start = performance.now();
    this.ours(() => this.painter.paint(this.anchored, this.visible, paintOptions(this.trace)));
    // Items: the ranges registered now (the others wait for paintRest, or for the viewport to come near them).
    this.trace.add({ name: 'paint', start, end: performance.now(), whole: true, items: this.painter.registeredCount });
    const painted = { anchored: this.anchored, visible };
    this.painted = painted;
    // Watch the painted text: a redraw of it is re-anchored (see scheduleReanchor). The registry is looked at on the owner's wake-up (lookForRemoval).
    this.observe();
    if (this.painter.pendingCount > 0) this.schedulePaintRest(painted);
  }

  /**
   * The owner's wake-up (main.ts: the context check, every second): one look
   * whether the page took the highlights away (see REMOVAL_MAX_REPAINTS), and
   * nothing scheduled. Free when there is nothing to look at (highlights off,
   * a hidden tab, given up on).
   */
  lookForRemoval(): void {
    try {
      if (this.removalLookDue()) this.takeRemovalLook();
    } catch {
      /* never break the page */
    }
  }

  /** Highlights painted, on, not given up on, in a tab that is shown. */
  private removalLookDue(): boolean {
    return !this.disposed && this.enabled && !!this.painted && !this.removedByPage && this.doc.visibilityState !== 'hidden';
  }

  /** Whether the page took the highlights: then painted again (REMOVAL_MAX_REPAINTS times per reading), past that the card says so. */
  private takeRemovalLook(): void {
    const removed = this.trace.time('removal-check', () => this.painter.removed, { whole: true });
    if (!removed) return;
    this.removals++;
    if (this.removals > REMOVAL_MAX_REPAINTS) {
      this.removedByPage = true;
      this.cardChanged();
      return;
    }
    this.paint();
  }

  /** True while some findings wait for their highlight (the browser tests wait for it). */
  get paintPending(): boolean {
    return this.painter.pendingCount > 0;
  }

  /**
   * The ranges away from the viewport, in the page's next idle time (or
   * within PAINT_REST_WITHIN_MS (painting.ts) at the latest): a task of ours of their own,
   * and the browser's rebuild of its highlight markers after it.
   */
  private schedulePaintRest(painted: NonNullable<PageController['painted']>): void {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view) return;
    const run = (): void => {
      this.restHandle = null;
      if (this.disposed || this.painted !== painted) return;
      try {
        const pending = this.painter.pendingCount;
        this.trace.time('paint-rest', () => this.ours(() => this.painter.paintRest()), { whole: true, items: pending });
      } catch {
        /* the page went away under us */
      }
    };
    this.restHandle = whenIdle(view, run);
  }

  private cancelPaintRest(): void {
    this.restHandle?.cancel();
    this.restHandle = null;
  }

  private cardChanged(): void {
    if (this.disposed) return;
    try {
      this.onCardChange?.();
    } catch {
      /* never break the page */
    }
  }

  /**
   * What an open card shows now, for a push: the reading held (never a new
   * one), with the page's fingerprint taken again if the page changed (a
   * re-render of the same text is not a changed page, a new paragraph is).
   * Null while no reading is finished and anchored.
   */
  async cardState(): Promise<GetSummaryResponse | null> {
    if (this.disposed || !this.analysis || !this.anchoredReady) return null;
    await this.currentShape();
    return this.disposed || !this.analysis || !this.anchoredReady ? null : this.currentResponse();
  }

  async summaryResponse(): Promise<GetSummaryResponse> {
    await this.ensureAnalysis();
    return this.currentResponse();
  }

  /**
   * The answer for the reading held now, without reading again: get-summary
   * paints first (which reads the page again if it changed meanwhile) and then
   * answers with this, so the card is the reading the highlights show, never
   * the one before it.
   */
  currentResponse(): GetSummaryResponse {
    if (!this.analysis) throw new Error('the page has not been read yet.');
    const analysis = this.analysis;
    const gaveUp = this.redrawsHere ? this.redrawGaveUp : null;
    const found = this.liveFindings;
    // Given up on: the redraws cut the ranges faster than they were found again, which says nothing of the text.
    // Text gone (rewritten) tells the card "changed", given up on or not: redraws that outran the re-anchors do not bring it back.
    const rewritten = this.textGone ? { rewritten: true } : {};
    const redraw = gaveUp
      ? { found: found.length, total: Math.max(gaveUp.total, this.anchored.filter((a) => a.ranges.length > 0).length, found.length), ...rewritten }
      : this.redrawnFrom === null ? null : { found: found.length, total: Math.max(this.redrawnFrom, found.length), ...rewritten };
    return {
      summary: analysis.summary,
      status: analysis.status,
      message: analysis.message,
      anchored: found.length,
      // Not found: never on the page for this reading (those a redraw took away are counted in `redraw`).
      unanchored: Math.max(0, this.anchored.length - (redraw ? redraw.total : found.length)),
      anchoredIds: found.map((a) => a.finding.id),
      highlightsOn: this.enabled,
      paragraphCount: analysis.paragraphs.length,
      analysisId: this.analysisId,
      timings: { ...this.timings },
      retryable: this.retryable,
      pageChanged: this.changedSinceReading,
      redraw,
      removedByPage: this.enabled && (this.removedByPage || this.painter.removed),
    };
  }

  /**
   * The paragraphs of reading `analysisId` (the card's), for the clean copy,
   * while it is among the last KEPT_READINGS; else (or without an id) those of
   * the current reading, with its id, which the popup then does not mix with
   * its card. Never starts an analysis.
   */
  paragraphsResponse(analysisId?: number): GetParagraphsResponse {
    const kept = analysisId === undefined ? undefined : this.readings.get(analysisId);
    if (kept && analysisId !== undefined) return { paragraphs: kept, analysisId };
    return { paragraphs: this.analysis?.paragraphs ?? [], analysisId: this.analysisId };
  }

  /**
   * The popup's get-summary: read the page as it is now (unless the reading
   * held is of this very content), paint that reading, and answer with it. A
   * live page (a ticker, comments arriving) changes between the reading and
   * the paint: the paint keeps the reading the popup asked for, which the
   * answer then marks as changed (pageChanged), instead of dropping it and
   * reading again (on a page adding a paragraph every 1.5 s, that second
   * reading replaced a finished one and, on a busy computer, ran out of time:
   * "stopped reading after 35 s" on a 7-paragraph page).
   */
  async popupSummary(): Promise<GetSummaryResponse> {
    await this.ensureAnalysis();
    // Highlights off: nothing is painted, but the card's counts and "Show" buttons are the ranges found now.
    if (!this.enabled) await this.reanchorIfLost(true);
    await this.apply({ reread: false });
    if (this.enabled && (this.redrawsHere || this.changedSinceReading)) {
      // A page that changes (or redrew faster than the re-anchors could follow): count after a moment,
      // not the ranges just painted, which its next redraw cuts loose (mutate.html: every 100 ms; each
      // popup open injects a new copy, which reads and paints afresh). Still all there: it stopped.
      await new Promise((resolve) => setTimeout(resolve, this.reanchors.timing.debounceMs));
      if (this.rangesLost) this.redrawnFrom ??= this.foundAtReading;
      else this.redrawGaveUp = null;
    }
    return this.currentResponse();
  }

  /**
   * A reading to show: the one held, even if the page changed since (it is
   * the card's), or a new one when there is none (or one is under way).
   */
  private async ensureReading(): Promise<void> {
    if (this.analysis) await this.ensureAnchored();
    else await this.ensureAnalysis();
  }

  /**
   * Paint (or clear) according to `enabled` and `visible`. `reread` false
   * (the card's own requests: its switches, after its reading) paints the
   * reading held rather than reading a changed page again; the keyboard
   * toggle, automatic runs and in-page navigations read the page as it is.
   */
  async apply(options: { reread?: boolean } = {}): Promise<HighlightStateResponse> {
    if (this.enabled) {
      if (options.reread === false) await this.ensureReading();
      else await this.ensureAnalysis();
      // Ranges die when the page rewrites the text they cover: re-anchor then.
      await this.reanchorIfLost(true);
      if (this.enabled && !this.disposed) this.paint();
    } else {
      this.unpaint();
    }
    return { enabled: this.enabled, ranges: this.painter.rangeCount, registered: this.painter.registeredCount };
  }

  async scrollTo(findingId: string, step: 1 | -1 = 1): Promise<ScrollToResponse> {
    // The finding is one of the card's: look for it in the card's reading, even if the page changed since.
    await this.ensureReading();
    const item = this.anchored.find((a) => a.finding.id === findingId);
    const total = item?.ranges.length ?? 0;
    if (!item || total === 0) return { found: false };
    const last = this.cursor.get(findingId);
    const at = last === undefined ? (step === 1 ? 0 : total - 1) : (last + step + total) % total;
    this.cursor.set(findingId, at);
    const range = item.ranges[at]!;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.ours(() => this.painter.flash([range]));
    return { found: true, index: at + 1, total };
  }

  /** mousemove: explain the highlight under the pointer (one hit test per frame). */
  onPointer(x: number, y: number): void {
    if (!this.enabled || this.painter.rangeCount === 0) return;
    const view = this.doc.defaultView;
    if (!view || this.frame) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      try {
        const hit = this.painter.findingAt(x, y);
        if (hit) this.tooltip.show(hit.finding.label, CATEGORY_STYLES[hit.finding.category].line, x, y);
        else this.tooltip.hide();
      } catch {
        this.tooltip.hide();
      }
    });
  }

  hideTooltip(): void {
    this.tooltip.hide();
  }

  /** Leave the page as we found it, and drop any work under way. */
  dispose(): void {
    this.disposed = true;
    this.generation++;
    try {
      this.observer?.disconnect();
      if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
      this.stopTimers();
      this.painter.clear();
      this.tooltip.destroy();
    } catch {
      /* the page is going away or changed under us */
    }
  }
}

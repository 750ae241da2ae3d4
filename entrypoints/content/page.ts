/**
 * The content script's state for one page: the analysis (cached by URL and a
 * cheap fingerprint of the content), the anchored findings, the painter and
 * the tooltip. Everything that can throw is caught here: the page must never
 * break because of us.
 */
import { anchor, buildTextIndex } from '../../utils/anchor';
import { ALL_VISIBLE, CATEGORY_STYLES, findingsOf, type CategoryVisibility } from '../../utils/categories';
import { HighlightPainter, type AnchoredFinding } from '../../utils/highlight';
import type { GetSummaryResponse, HighlightStateResponse, ScrollToResponse } from '../../utils/messages';
import { analyzeDocumentInSteps, type Analysis } from '../../utils/summary';
import { createTooltip, type Tooltip } from './tooltip';

/** What survives a re-injection of the script into the same page (window-scoped). */
export interface PageCache {
  key: string;
  analysis: Analysis;
}

/**
 * URL + element count + text length of <body>: changes when the page's content
 * does, costs one pass. Our own nodes do not count: the stylesheet sits in
 * <head>, the tooltip on <html>, and fallback <mark>s are subtracted.
 */
export function fingerprint(doc: Document): string {
  const body = doc.body;
  if (!body) return `${doc.location?.href ?? ''}|no-body`;
  const elements = body.getElementsByTagName('*').length - body.querySelectorAll('mark[data-roundup-mark]').length;
  return `${doc.location?.href ?? ''}|${elements}|${body.textContent?.length ?? 0}`;
}

export class PageController {
  private readonly doc: Document;
  private readonly painter: HighlightPainter;
  private readonly tooltip: Tooltip;
  private analysis: Analysis | null = null;
  private key = '';
  private anchored: AnchoredFinding[] = [];
  enabled = true;
  visible: CategoryVisibility = { ...ALL_VISIBLE };
  private frame = 0;
  private timings = { analysisMs: 0, anchorMs: 0 };
  /** The analysis under way, shared by every caller that asks meanwhile. */
  private pending: Promise<boolean> | null = null;
  /** Per finding, the mention last scrolled to: clicking again walks the others. */
  private readonly cursor = new Map<string, number>();

  constructor(doc: Document, cache: PageCache | null) {
    this.doc = doc;
    this.painter = new HighlightPainter(doc);
    this.tooltip = createTooltip(doc);
    if (cache) {
      this.analysis = cache.analysis;
      this.key = cache.key;
    }
  }

  get cache(): PageCache | null {
    return this.analysis ? { key: this.key, analysis: this.analysis } : null;
  }

  /**
   * Analyse unless the cached analysis is for this very content. Returns true
   * when it ran. The steps (Readability, funding, artifacts) run as separate
   * tasks with the page's own work in between, so the tab stays responsive.
   */
  ensureAnalysis(): Promise<boolean> {
    const key = fingerprint(this.doc);
    if (this.analysis && key === this.key) {
      if (this.anchored.length === 0) this.anchorAll();
      return Promise.resolve(false);
    }
    if (this.pending) return this.pending;
    const run = async (): Promise<boolean> => {
      let busy = 0;
      let stepStart = performance.now();
      const pause = async (): Promise<void> => {
        busy += performance.now() - stepStart;
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        stepStart = performance.now();
      };
      const analysis = await analyzeDocumentInSteps(this.doc, { url: this.doc.location?.href ?? null }, pause);
      // Main-thread time of our steps, not the waits between them.
      this.timings.analysisMs = busy + (performance.now() - stepStart);
      this.analysis = analysis;
      this.key = key;
      this.anchorAll();
      // New content, new ranges: keep the page painted if it was.
      if (this.enabled) this.painter.paint(this.anchored, this.visible);
      return true;
    };
    this.pending = run().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** Forget the analysis (the page navigated in place). */
  invalidate(): void {
    this.analysis = null;
    this.key = '';
    this.anchored = [];
    this.cursor.clear();
    this.painter.clear();
    this.tooltip.destroy();
  }

  get dealCount(): number {
    return this.analysis?.summary.deals.length ?? 0;
  }

  private anchorAll(): void {
    this.painter.clear();
    const summary = this.analysis?.summary;
    if (!summary) {
      this.anchored = [];
      return;
    }
    const findings = findingsOf(summary);
    if (findings.length === 0) {
      this.anchored = [];
      return;
    }
    const started = performance.now();
    const index = buildTextIndex(this.doc.body ?? this.doc.documentElement, { skip: (el) => this.tooltip.owns(el) });
    this.anchored = findings.map((finding) => ({ finding, ranges: anchor(index, finding) }));
    this.timings.anchorMs = performance.now() - started;
  }

  async summaryResponse(): Promise<GetSummaryResponse> {
    await this.ensureAnalysis();
    const analysis = this.analysis as Analysis;
    const found = this.anchored.filter((a) => a.ranges.length > 0);
    return {
      summary: analysis.summary,
      status: analysis.status,
      message: analysis.message,
      anchored: found.length,
      unanchored: this.anchored.length - found.length,
      anchoredIds: found.map((a) => a.finding.id),
      highlightsOn: this.enabled,
      paragraphs: analysis.paragraphs,
      timings: { ...this.timings },
    };
  }

  /** Paint (or clear) according to `enabled` and `visible`. */
  async apply(): Promise<HighlightStateResponse> {
    if (this.enabled) {
      await this.ensureAnalysis();
      // Ranges die when the page rewrites the text they cover: re-anchor then.
      if (this.anchored.some((a) => a.ranges.some((r) => r.collapsed))) this.anchorAll();
      this.painter.paint(this.anchored, this.visible);
    } else {
      this.painter.clear();
      this.tooltip.destroy();
    }
    return { enabled: this.enabled, ranges: this.painter.rangeCount };
  }

  async scrollTo(findingId: string, step: 1 | -1 = 1): Promise<ScrollToResponse> {
    await this.ensureAnalysis();
    const item = this.anchored.find((a) => a.finding.id === findingId);
    const total = item?.ranges.length ?? 0;
    if (!item || total === 0) return { found: false };
    const last = this.cursor.get(findingId);
    const at = last === undefined ? (step === 1 ? 0 : total - 1) : (last + step + total) % total;
    this.cursor.set(findingId, at);
    const range = item.ranges[at]!;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.painter.flash([range]);
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

  /** Leave the page as we found it. */
  dispose(): void {
    try {
      if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
      this.painter.clear();
      this.tooltip.destroy();
    } catch {
      /* the page is going away or changed under us */
    }
  }
}

// @vitest-environment happy-dom
/**
 * Review F2 (session 16): the page shares CSS.highlights and <head> with
 * Roundup. remover.html listed "roundup-round:3", "roundup-investor:3", ...
 * (the extension and each category by name), cleared the registry and
 * removed #roundup-highlight-style every 500 ms, and the card still said "On"
 * with its counts. Now the names and the style id are random per injection
 * (stable within it), a page taking them away is noticed and painted again a
 * few times, and past that the card says the page removed them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageController, REMOVAL_MAX_REPAINTS } from '../../entrypoints/content/page';
import { readArticleResponse } from '../../utils/summary';
import { HighlightPainter } from '../../utils/highlight';
import { loadArticlePage, unloadArticlePage } from '../helpers/article-page';
import { registeredRanges, type FakeHighlight } from '../helpers/fake-highlights';

beforeEach(loadArticlePage);
afterEach(unloadArticlePage);

const registry = (): Map<string, FakeHighlight> => (window as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights;
const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());

describe('robust29 F2: what the page sees of Roundup’s highlights', () => {
  it('names and the style id say nothing of Roundup or the categories, and differ between injections', async () => {
    const page = new PageController(document, null, reader);
    await page.popupSummary();
    const names = [...registry().keys()];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name).not.toMatch(/roundup|round|money|lead|investor|valuation|artifact/i);
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
    }
    const styles = [...document.head.querySelectorAll('style')];
    expect(styles).toHaveLength(1);
    expect(styles[0]!.id).not.toMatch(/roundup|highlight/i);
    expect(document.getElementById('roundup-highlight-style')).toBeNull();
    // The same names for the whole injection (a repaint reuses them)...
    page.visible = { ...page.visible, money: false };
    await page.apply({ reread: false });
    page.visible = { ...page.visible, money: true };
    await page.apply({ reread: false });
    expect([...registry().keys()].sort()).toEqual([...names].sort());
    page.dispose();
    // ...and others for the next one.
    const next = new PageController(document, null, reader);
    await next.popupSummary();
    const again = [...registry().keys()];
    expect(again.some((n) => names.includes(n))).toBe(false);
    next.dispose();
  });

  it('a painter keeps one set of names; two painters do not share any', () => {
    const a = new HighlightPainter(document);
    const b = new HighlightPainter(document);
    expect(a.names.of('round')).toBe(a.names.of('round'));
    expect(a.names.of('round')).not.toBe(a.names.of('lead'));
    expect(a.names.of('round')).not.toBe(b.names.of('round'));
    expect(a.names.styleId).not.toBe(b.names.styleId);
  });

  it('a page that keeps clearing them is painted again a few times, then the card says it removed them', async () => {
    const page = new PageController(document, null, reader);
    const first = await page.popupSummary();
    expect(first.removedByPage).toBe(false);
    const painted = registeredRanges(registry());
    expect(painted).toBeGreaterThan(0);
    // Taken once: painted again at the content script's next wake-up (main.ts's 1 s tick calls lookForRemoval).
    registry().clear();
    page.lookForRemoval();
    expect(registeredRanges(registry())).toBe(painted);
    expect(page.currentResponse().removedByPage).toBe(false);
    // Taken over and over (the registry cleared, the stylesheet removed), one wake-up after each.
    for (let i = 0; i < REMOVAL_MAX_REPAINTS; i++) {
      registry().clear();
      document.head.querySelectorAll('style').forEach((s) => s.remove());
      page.lookForRemoval();
    }
    expect(page.currentResponse().removedByPage).toBe(true);
    expect(REMOVAL_MAX_REPAINTS).toBeGreaterThan(0);
    page.dispose();
  });
});

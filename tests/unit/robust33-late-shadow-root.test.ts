// @vitest-environment happy-dom
/**
 * A shadow root attached after the fingerprint walk (review of session 19,
 * item 3): attachShadow, and the filling of a root nobody watches, leave no
 * mutation record, so a component defined or upgraded after the page was
 * read (its article rendered into its root then) was neither in the
 * fingerprint nor highlighted: opening the card again kept the old reading.
 * The walk keeps the custom elements it met with no open root; the content
 * script's 1 s wake-up looks at them (lookForLateRoots). Also: a paint no
 * longer observes every shadow root again (each once per connection).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageController } from '../../entrypoints/content/page';
import { LATE_ROOT_LOOKS } from '../../entrypoints/content/late-roots';
import { ShapeWalk } from '../../utils/page-shape';
import { readArticleResponse } from '../../utils/summary';
import { installFakeHighlights, registeredRanges, removeFakeHighlights, type FakeHighlight } from '../helpers/fake-highlights';

afterEach(() => {
  removeFakeHighlights();
  document.body.innerHTML = '';
});

const STORY = [
  'Talvik Robotics, a Tartu-based maker of warehouse arms, has raised €7 million in a Series A round led by Northmoor Partners, it said on Monday.',
  'The company will use the money to build a second assembly line and to hire software engineers for its offices in Tartu and Riga this year.',
  'Its arms pick parcels of odd shapes from moving belts, and the company says its customers have cut the time an order waits by a third.',
  'Talvik was founded in 2019 by two researchers from the university robotics lab, and now sells to logistics firms in the Baltics and Poland.',
  'Investors said warehouses are short of staff across Europe, and that machines which learn new parcel shapes on their own are in demand.',
].map((t) => `<p>${t}</p>`).join('');
const ROOT_HTML = `<article><h1>Talvik Robotics raises money</h1>${STORY}</article>`;

const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());
const registry = (): Map<string, FakeHighlight> => (window as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights;

/** A news page whose <news-story> has no shadow root yet (its script has not run): a line of light text only. */
function pageBeforeTheComponent(): Element {
  installFakeHighlights();
  document.title = 'Talvik Robotics raises money';
  document.body.innerHTML = '<header><a href="/">News</a></header><p>Loading the story…</p><news-story></news-story><footer>© News</footer>';
  return document.querySelector('news-story')!;
}

describe('robust33: a shadow root attached after the walk is a change of the page', () => {
  it('the component renders its article late: the wake-up sees the root, the card hears it, the next reading reads and highlights it', async () => {
    const host = pageBeforeTheComponent();
    const page = new PageController(document, null, reader);
    const first = await page.popupSummary();
    expect(first.summary.deals).toHaveLength(0);
    host.attachShadow({ mode: 'open' }).innerHTML = ROOT_HTML;
    // No record: until the wake-up the page looks unchanged.
    expect(page.changedSinceReading).toBe(false);
    const told = vi.fn();
    page.onCardChange = told;
    page.lookForLateRoots();
    expect(told).toHaveBeenCalled();
    expect(page.changedSinceReading).toBe(true);
    const again = await page.popupSummary();
    expect(again.analysisId).toBe(first.analysisId + 1);
    expect(again.summary.deals[0]?.company).toContain('Talvik');
    expect(again.anchored).toBeGreaterThan(0);
    expect(registeredRanges(registry())).toBeGreaterThan(0);
    page.dispose();
  });

  it('a late root is watched by the next reading’s walk: a figure it edits after that reading is a change too', async () => {
    const host = pageBeforeTheComponent();
    const page = new PageController(document, null, reader);
    await page.popupSummary();
    const root = host.attachShadow({ mode: 'open' });
    page.lookForLateRoots();
    const read = await page.popupSummary();
    expect(read.pageChanged).toBe(false);
    root.innerHTML = ROOT_HTML;
    expect(page.changedSinceReading).toBe(true);
    page.dispose();
  });

  it('negative: components that attach no root, or a closed one (no script may read it): the reading is kept', async () => {
    pageBeforeTheComponent();
    const closedHost = document.body.appendChild(document.createElement('story-closed'));
    const page = new PageController(document, null, reader);
    const first = await page.popupSummary();
    closedHost.attachShadow({ mode: 'closed' }).innerHTML = ROOT_HTML;
    page.lookForLateRoots();
    page.lookForLateRoots();
    expect(page.changedSinceReading).toBe(false);
    const again = await page.popupSummary();
    expect(again.analysisId).toBe(first.analysisId);
    expect(again.summary.deals).toHaveLength(0);
    page.dispose();
  });

  it('a page of many bare components: each wake-up looks at LATE_ROOT_LOOKS of them, in turns, and finds a late root in the last', async () => {
    installFakeHighlights();
    const count = 2 * LATE_ROOT_LOOKS + 10;
    document.body.innerHTML = `<p>Many widgets.</p>${'<x-widget></x-widget>'.repeat(count)}`;
    const walk = new ShapeWalk(document);
    while (!walk.slice(50).done);
    expect(walk.bareHosts).toHaveLength(count);
    const page = new PageController(document, null, reader);
    await page.popupSummary();
    const hosts = document.querySelectorAll('x-widget');
    hosts[count - 1]!.attachShadow({ mode: 'open' }).innerHTML = ROOT_HTML;
    const reads = vi.spyOn(hosts[0]!, 'shadowRoot', 'get');
    page.lookForLateRoots();
    expect(page.changedSinceReading).toBe(false);
    page.lookForLateRoots();
    expect(page.changedSinceReading).toBe(false);
    page.lookForLateRoots();
    expect(page.changedSinceReading).toBe(true);
    // The first host was looked at once per full turn, not at every wake-up.
    expect(reads.mock.calls.length).toBeLessThanOrEqual(2);
    page.dispose();
  });
});

describe('robust33: each shadow root is observed once, not at every paint', () => {
  it('repainting (categories switched) observes no root again; a disconnect and a new paint observe it once more', async () => {
    installFakeHighlights();
    document.title = 'Talvik Robotics raises money';
    document.body.innerHTML = '<news-story></news-story>';
    const root = document.querySelector('news-story')!.attachShadow({ mode: 'open' });
    root.innerHTML = ROOT_HTML;
    const observe = vi.spyOn(window.MutationObserver.prototype, 'observe');
    const onRoot = (): number => observe.mock.calls.filter(([target]) => target === root).length;
    const page = new PageController(document, null, reader);
    try {
      const read = await page.popupSummary();
      expect(read.anchored).toBeGreaterThan(0);
      expect(onRoot()).toBe(1);
      for (const round of [false, true, false, true]) {
        page.visible = { ...page.visible, round };
        await page.apply({ reread: false });
      }
      expect(onRoot()).toBe(1);
      // Highlights off, then the page changes: the observer lets go; on again, the root is watched again (once).
      page.enabled = false;
      await page.apply({ reread: false });
      document.body.appendChild(document.createElement('p')).textContent = 'Updated at noon.';
      await page.ensureAnalysis();
      page.enabled = true;
      await page.apply({ reread: false });
      expect(onRoot()).toBe(2);
    } finally {
      observe.mockRestore();
      page.dispose();
    }
  });
});

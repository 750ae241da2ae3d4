// @vitest-environment happy-dom
/**
 * Articles inside web components (session 18, item 2; review F4's
 * shadow-only.html): the article of a page built with web components sits in
 * an open shadow root, which Readability's clone and the text index did not
 * see ("No article text found"). Now both read the page as it shows it: the
 * open shadow root's content, its <slot>s showing the host's assigned nodes.
 * A closed shadow root stays out (no script outside it may read it).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageController } from '../../entrypoints/content/page';
import { isLiveRange } from '../../utils/live-range';
import { anchor, buildTextIndex } from '../../utils/anchor';
import { composedClone, extractArticle } from '../../utils/extract';
import { readArticleResponse } from '../../utils/summary';
import { installFakeHighlights, removeFakeHighlights, type FakeHighlight } from '../helpers/fake-highlights';

afterEach(() => {
  removeFakeHighlights();
  document.body.innerHTML = '';
});

const LEDE = 'Brightwater Labs, a Porto-based maker of battery sensors, has raised $12 million in a Series A round led by Tidewell Partners, it said on Monday.';
const MORE = [
  'The company will use the money to double its engineering team and to open a sales office in Munich before the end of next year, its founder said.',
  'Its sensors watch the cells of electric buses and warn operators days before a battery fails, which the company says cuts repair costs by a third.',
  'Brightwater was founded in 2019 by two researchers from a university laboratory and now sells to transport groups in Portugal, Spain and France.',
  'The founders said the round had drawn more interest than they expected, as investors look for companies that make existing fleets last longer.',
  'Analysts said the market for battery monitoring is growing quickly as cities replace diesel buses, though larger suppliers are building their own tools.',
];
const p = (t: string): string => `<p>${t}</p>`;

/** A page whose article is in `host`'s shadow root (open or closed); `light`: the host's own children. */
function shadowPage(mode: 'open' | 'closed', shadowHtml: string, light = ''): ShadowRoot {
  document.title = 'Brightwater Labs raises $12 million';
  document.body.innerHTML = `<header><a href="/">News</a></header><news-article>${light}</news-article><footer>© News</footer>`;
  const root = document.querySelector('news-article')!.attachShadow({ mode });
  root.innerHTML = shadowHtml;
  return root;
}

describe('extraction: Readability reads the open shadow root as the page shows it', () => {
  it('an article in an open shadow root is read', () => {
    shadowPage('open', `<article><h1>Brightwater Labs raises $12 million</h1>${p(LEDE)}${MORE.map(p).join('')}</article>`);
    const read = extractArticle(document);
    expect(read.status).toBe('ok');
    expect(read.paragraphs).toContain(LEDE);
    expect(read.paragraphs).toContain(MORE[4]);
  });

  it('a slot shows the host’s nodes assigned to it, where the slot is, and a named one only its own', () => {
    const light = `<p slot="lede">${LEDE}</p>${MORE.slice(0, 2).map(p).join('')}<span slot="byline">By Ana Reis</span>`;
    shadowPage('open', `<article><h1>Brightwater Labs raises $12 million</h1><slot name="lede"></slot><slot></slot>${MORE.slice(2).map(p).join('')}<slot name="none"><p>Fallback line shown.</p></slot></article>`, light);
    const clone = composedClone(document);
    const text = clone.body.textContent ?? '';
    expect(text.indexOf(LEDE)).toBeGreaterThan(-1);
    expect(text.indexOf(LEDE)).toBeLessThan(text.indexOf(MORE[0]!));
    expect(text.indexOf(MORE[1]!)).toBeLessThan(text.indexOf(MORE[2]!));
    expect(text).toContain('Fallback line shown.');
    // The byline's slot is not in the shadow tree: the span is not shown, so it is not read.
    expect(text).not.toContain('By Ana Reis');
    const read = extractArticle(document);
    expect(read.status).toBe('ok');
    expect(read.paragraphs.indexOf(LEDE)).toBeLessThan(read.paragraphs.indexOf(MORE[2]!));
  });

  it('negative: a closed shadow root stays out', () => {
    shadowPage('closed', `<article>${p(LEDE)}${MORE.map(p).join('')}</article>`);
    const read = extractArticle(document);
    expect(read.status).toBe('not-article');
    expect(composedClone(document).body.textContent).not.toContain('Brightwater');
  });

  it('negative: a page without shadow roots is cloned as before, the page itself untouched', () => {
    document.body.innerHTML = `<article>${p(LEDE)}${MORE.map(p).join('')}</article>`;
    const before = document.body.innerHTML;
    expect(extractArticle(document).paragraphs).toEqual([LEDE, ...MORE]);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('anchoring: the text index walks the open shadow root', () => {
  it('a finding in the shadow root is anchored there, in the order the page shows it', () => {
    const root = shadowPage('open', `<article><slot name="lede"></slot>${MORE.map(p).join('')}</article>`, `<p slot="lede">${LEDE}</p><p>Not shown: no slot takes me.</p>`);
    const index = buildTextIndex(document.body);
    expect(index.text).toContain('$12 million');
    expect(index.text.indexOf('Tidewell')).toBeLessThan(index.text.indexOf('Munich'));
    expect(index.text).not.toContain('Not shown');
    expect(index.text.indexOf('News')).toBeLessThan(index.text.indexOf('Tidewell'));
    expect(index.text.indexOf('Analysts')).toBeLessThan(index.text.indexOf('© News'));
    const [amount] = anchor(index, { text: '$12 million', context: LEDE });
    expect(amount?.toString()).toBe('$12 million');
    const [munich] = anchor(index, { text: 'Munich' });
    expect(munich?.toString()).toBe('Munich');
    expect(munich?.startContainer.getRootNode()).toBe(root);
  });

  it('negative: text in a closed shadow root is not indexed', () => {
    shadowPage('closed', `<article>${p(LEDE)}</article>`);
    const index = buildTextIndex(document.body);
    expect(index.text).not.toContain('Tidewell');
    expect(anchor(index, { text: '$12 million' })).toEqual([]);
  });
});

describe('the page controller on a web component’s article', () => {
  const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());
  /** Registered ranges that cover text, and how many of them are in a shadow tree. */
  function live(registry: Map<string, FakeHighlight>): { all: number; inShadow: number } {
    let all = 0;
    let inShadow = 0;
    registry.forEach((h) => h.ranges.forEach((r) => {
      if (!isLiveRange(r)) return;
      all++;
      if (r.startContainer.getRootNode() !== document) inShadow++;
    }));
    return { all, inShadow };
  }

  it('reads and paints it, and a redraw inside the shadow root gets the highlights back', async () => {
    const registry = installFakeHighlights();
    const root = shadowPage('open', `<article><h1>Brightwater Labs raises $12 million</h1>${p(LEDE)}${MORE.map(p).join('')}</article>`);
    const page = new PageController(document, null, reader, { reanchorDebounceMs: 5, reanchorEveryMs: 20 });
    const first = await page.popupSummary();
    expect(first.status).toBe('ok');
    expect(first.summary.deals[0]?.company).toBe('Brightwater Labs');
    expect(first.anchored).toBeGreaterThan(0);
    const painted = live(registry);
    expect(painted.inShadow).toBe(painted.all);
    expect(painted.all).toBeGreaterThan(0);
    // The component re-renders: the same markup, new nodes, inside its shadow root.
    root.innerHTML = root.innerHTML;
    await vi.waitFor(() => expect(live(registry).all).toBe(painted.all), { timeout: 3000, interval: 5 });
    expect(page.currentResponse().redraw).toEqual({ found: first.anchored, total: first.anchored });
    page.dispose();
  });
});

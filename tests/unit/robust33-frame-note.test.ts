// @vitest-environment happy-dom
/**
 * The card on a page whose article is in a same-origin frame (review of
 * session 19, item 5): frames are not read, and the card gave only the generic
 * hint ("it may be inside an embedded frame or a closed component"). When a
 * frame of the page's own origin looks like an article (Readability's
 * isProbablyReaderable on its document), the card now says so. A frame of
 * another origin has no reachable document: the generic hint stays.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { articleInSameOriginFrame, DEFAULT_MAX_DEPTH, FRAMED_ARTICLE_MESSAGE } from '../../utils/extract';
import { PageController } from '../../entrypoints/content/page';
import { NOT_FOUND_HINT, refusalStatus } from '../../components/SummaryCard';
import { readArticleResponse } from '../../utils/summary';
import { installFakeHighlights, removeFakeHighlights } from '../helpers/fake-highlights';

afterEach(() => {
  removeFakeHighlights();
  document.body.innerHTML = '';
});

const STORY = [
  'Ferrowell Energy, a Porto-based maker of home batteries, has raised €12 million in a Series A round led by Tidewater Partners, it said on Wednesday.',
  'The company will use the money to open a second plant near Braga and to hire engineers for its battery management software over the next year.',
  'Its batteries store the power of rooftop panels for the evening, and the company says its customers now buy a third less power from the grid.',
  'Ferrowell was founded in 2020 by two engineers from a car maker and sells its batteries in Portugal and Spain through installers of solar panels.',
  'Investors said demand for home storage keeps rising as more households fit panels, although prices for battery cells have been falling this year.',
];
const MENU = '<ul><li><a href="/a">Markets</a></li><li><a href="/b">Tech</a></li></ul>';

/** A frame element whose document is `inner` (null: another origin's frame, unreachable). */
function frameWith(inner: Document | null, tag: 'iframe' | 'frame' = 'iframe'): HTMLElement {
  const frame = document.createElement(tag);
  Object.defineProperty(frame, 'contentDocument', { get: () => inner });
  return frame;
}

function documentOf(bodyHtml: string): Document {
  const inner = document.implementation.createHTMLDocument('Story');
  inner.body.innerHTML = bodyHtml;
  return inner;
}

const storyDocument = (): Document => documentOf(`<article><h1>Ferrowell raises money</h1>${STORY.map((t) => `<p>${t}</p>`).join('')}</article>`);

/** The top page of a site that shows its story in a frame: a header, the frame, a footer. */
function framedPage(frame: HTMLElement): void {
  installFakeHighlights();
  document.title = 'Ferrowell Energy raises €12 million';
  document.body.innerHTML = '<header><a href="/">Example News</a></header><footer>© Example News</footer>';
  document.body.insertBefore(frame, document.querySelector('footer'));
}

const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());

describe('articleInSameOriginFrame', () => {
  it('a same-origin frame holding an article (an <iframe>, or a <frame>)', () => {
    framedPage(frameWith(storyDocument()));
    expect(articleInSameOriginFrame(document)).toBe(true);
    framedPage(frameWith(storyDocument(), 'frame'));
    expect(articleInSameOriginFrame(document)).toBe(true);
  });

  it('negative: a frame of another origin (no document), a frame of links only, no frame at all', () => {
    framedPage(frameWith(null));
    expect(articleInSameOriginFrame(document)).toBe(false);
    framedPage(frameWith(documentOf(MENU)));
    expect(articleInSameOriginFrame(document)).toBe(false);
    document.body.innerHTML = `<main>${MENU}</main>`;
    expect(articleInSameOriginFrame(document)).toBe(false);
  });

  // Review of session 20, item 1: the page itself reaches isProbablyReaderable only within DEFAULT_MAX_ELEMENTS and
  // DEFAULT_MAX_DEPTH (measureTree refuses it past them); a frame holding an article is looked into under the same
  // bounds, not whatever its size (a web app's frame of 100,000 nodes was one long task for a hint).
  it('negative: a frame holding an article but past the page bounds (elements) is not looked into', () => {
    const story = storyDocument();
    story.body.insertAdjacentHTML('beforeend', '<i></i>'.repeat(300));
    framedPage(frameWith(story));
    expect(articleInSameOriginFrame(document, { maxElements: 1000, maxDepth: DEFAULT_MAX_DEPTH })).toBe(true);
    expect(articleInSameOriginFrame(document, { maxElements: 200, maxDepth: DEFAULT_MAX_DEPTH })).toBe(false);
  });

  it('negative: a frame whose article is nested deeper than DEFAULT_MAX_DEPTH is not looked into', () => {
    const story = storyDocument();
    const article = story.body.firstElementChild!;
    let deepest: Element = story.body;
    for (let level = 0; level < DEFAULT_MAX_DEPTH + 10; level++) deepest = deepest.appendChild(story.createElement('div'));
    deepest.appendChild(article);
    framedPage(frameWith(story));
    expect(articleInSameOriginFrame(document)).toBe(false);
  });

  it('negative: a frame whose document throws when asked is passed over', () => {
    const frame = document.createElement('iframe');
    Object.defineProperty(frame, 'contentDocument', { get: () => { throw new Error('blocked'); } });
    framedPage(frame);
    expect(articleInSameOriginFrame(document)).toBe(false);
  });
});

describe('the card on a page whose article is in a frame', () => {
  it('same-origin frame with the article: refused as no article, and the card says where it is', async () => {
    framedPage(frameWith(storyDocument()));
    const page = new PageController(document, null, reader);
    const response = await page.popupSummary();
    expect(response.status).toBe('not-article');
    expect(response.message).toBe(FRAMED_ARTICLE_MESSAGE);
    expect(response.summary.deals).toHaveLength(0);
    expect(refusalStatus(response)).toEqual({ text: 'No article text found on this page.', detail: FRAMED_ARTICLE_MESSAGE, retry: false });
    expect(page.trace.records.some((r) => r.name === 'frame-check')).toBe(true);
    page.dispose();
  });

  it('negative: a frame of another origin keeps the generic hint', async () => {
    framedPage(frameWith(null));
    const page = new PageController(document, null, reader);
    const response = await page.popupSummary();
    expect(response.status).toBe('not-article');
    expect(refusalStatus(response).detail).toBe(NOT_FOUND_HINT);
    page.dispose();
  });
});

// @vitest-environment happy-dom
/**
 * The framed-article hint one frame down (review of session 20's product,
 * item 4). Print-replica and archive sites show the article's frame inside a
 * viewer frame of the same site: the hint looked only at the page's own first
 * MAX_FRAMES_LOOKED frames, so such a page got the generic "may be inside an
 * embedded frame" although we can tell. lookIntoFrames now looks one level
 * down too, inside same-origin frames within the page's bounds, with the same
 * budget of MAX_FRAMES_LOOKED frames in all, the page's own first; a frame
 * still loading one level down keeps the refusal from being kept, as on top.
 * Session 22 (item 2): any depth, breadth first, within the same two limits
 * (MAX_FRAMES_LOOKED frames and the page's element bound, over all levels).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { articleInSameOriginFrame, DEFAULT_MAX_DEPTH, lookIntoFrames, MAX_FRAMES_LOOKED } from '../../utils/extract';

afterEach(() => {
  document.body.innerHTML = '';
});

const STORY = [
  'Lindqvist Marine, a Gothenburg-based maker of electric ferry drives, has raised €15 million in a Series B round led by Fjordline Capital, it said on Friday.',
  'The company will use the money to double the output of its plant and to open a service base in Rotterdam for the operators of river ferries.',
  'Its drives replace diesel engines in small ferries, and the company says its first customers have cut their fuel and upkeep bills by half.',
  'Lindqvist was founded in 2018 by two naval engineers, and now employs ninety people in Sweden and Norway, most of them in its plant.',
  'Investors said ports across Europe must cut their emissions this decade, and that ferry operators are among the first to switch to electric drives.',
];

/** A document of the page's origin whose body is `html`. */
function documentOf(html: string): Document {
  const inner = document.implementation.createHTMLDocument('Frame');
  inner.body.innerHTML = html;
  return inner;
}

const storyDocument = (): Document => documentOf(`<article><h1>Lindqvist Marine raises money</h1>${STORY.map((t) => `<p>${t}</p>`).join('')}</article>`);
const VIEWER = '<div class="toolbar"><a href="/prev">Previous page</a> <a href="/next">Next page</a></div>';

/** `doc` as a frame's document at `url`, in load state `readyState`. */
function shownAs(doc: Document, url: string, readyState: DocumentReadyState): Document {
  Object.defineProperty(doc, 'URL', { get: () => url });
  Object.defineProperty(doc, 'readyState', { get: () => readyState });
  return doc;
}

/** A frame element in `owner` whose document is `inner` (null: another origin's); `src` names a document. */
function frameIn(owner: Document, inner: Document | null, src?: string): HTMLElement {
  const frame = owner.createElement('iframe');
  if (src) frame.setAttribute('src', src);
  Object.defineProperty(frame, 'contentDocument', { get: () => inner });
  owner.body.appendChild(frame);
  return frame;
}

/** A viewer frame of the site (a toolbar) on the top page, holding `inner` as its own frame. */
function viewerHolding(inner: Document | null, src?: string): Document {
  const viewer = documentOf(VIEWER);
  frameIn(viewer, inner, src);
  document.body.innerHTML = '<header><a href="/">Example Archive</a></header>';
  frameIn(document, viewer);
  return viewer;
}

describe('lookIntoFrames: one level of nesting', () => {
  it('the article in a frame inside a same-origin viewer frame is found', () => {
    viewerHolding(storyDocument(), '/page-1.html');
    expect(lookIntoFrames(document)).toEqual({ article: true, loading: false });
    expect(articleInSameOriginFrame(document)).toBe(true);
  });

  it('negative: a frame inside a frame of another origin is not looked at (session 22: two levels down is, see below)', () => {
    frameIn(document, null, 'https://other.example/viewer.html');
    expect(lookIntoFrames(document).article).toBe(false);
  });

  it('the budget is MAX_FRAMES_LOOKED frames in all, the page’s own first', () => {
    const fillers = (n: number): void => {
      for (let i = 0; i < n; i++) frameIn(document, documentOf('<p>Advert.</p>'));
    };
    // The viewer first, then 6 fillers: 7 top-level frames, the nested story is the 8th looked at.
    viewerHolding(storyDocument());
    fillers(MAX_FRAMES_LOOKED - 2);
    expect(lookIntoFrames(document).article).toBe(true);
    // One filler more: the page's own 8 fill the budget, and the nested story is not looked at.
    fillers(1);
    expect(lookIntoFrames(document).article).toBe(false);
  });

  it('negative: a viewer frame past the page bounds is not looked into, nor are its frames', () => {
    const viewer = viewerHolding(storyDocument());
    viewer.body.insertAdjacentHTML('beforeend', '<i></i>'.repeat(300));
    expect(lookIntoFrames(document, { maxElements: 1000, maxDepth: DEFAULT_MAX_DEPTH }).article).toBe(true);
    expect(lookIntoFrames(document, { maxElements: 200, maxDepth: DEFAULT_MAX_DEPTH }).article).toBe(false);
  });

  it('a frame one level down that names a document and is still blank is loading; a loaded one with no article is not', () => {
    viewerHolding(shownAs(documentOf(''), 'about:blank', 'complete'), '/page-1.html');
    expect(lookIntoFrames(document)).toEqual({ article: false, loading: true });
    viewerHolding(shownAs(documentOf(VIEWER), 'http://localhost:3000/page-1.html', 'loading'), '/page-1.html');
    expect(lookIntoFrames(document)).toEqual({ article: false, loading: true });
    viewerHolding(shownAs(documentOf(VIEWER), 'http://localhost:3000/page-1.html', 'complete'), '/page-1.html');
    expect(lookIntoFrames(document)).toEqual({ article: false, loading: false });
  });
});

describe('review34: the frames looked into share the page’s element bound', () => {
  /** `n` same-origin frames of about `size` elements each, no article, then the story's frame. */
  function advertsThenStory(n: number, size: number): void {
    for (let i = 0; i < n; i++) frameIn(document, documentOf(`<div>${'<i></i>'.repeat(size)}</div>`));
    frameIn(document, storyDocument());
  }

  it('three advert frames of ~334 elements under a bound of 1,000: the story’s frame, fourth, is past what is left', () => {
    advertsThenStory(3, 330);
    expect(lookIntoFrames(document, { maxElements: 1000, maxDepth: DEFAULT_MAX_DEPTH }).article).toBe(false);
  });

  it('negative: two of them leave enough for the story’s frame, which is found', () => {
    advertsThenStory(2, 330);
    expect(lookIntoFrames(document, { maxElements: 1000, maxDepth: DEFAULT_MAX_DEPTH }).article).toBe(true);
  });

  it('negative: past the budget, a frame still loading is still said to be loading', () => {
    for (let i = 0; i < 3; i++) frameIn(document, documentOf(`<div>${'<i></i>'.repeat(330)}</div>`));
    frameIn(document, shownAs(documentOf(''), 'about:blank', 'complete'), '/story.html');
    expect(lookIntoFrames(document, { maxElements: 1000, maxDepth: DEFAULT_MAX_DEPTH })).toEqual({ article: false, loading: true });
  });
});

describe('robust35: frames nested at any depth, within the same limits', () => {
  /** A chain of `levels` same-origin viewer frames from the top page, the innermost holding `inner`. */
  function chainTo(inner: Document | null, levels: number): void {
    let held = inner;
    for (let i = 0; i < levels; i++) {
      const viewer = documentOf(VIEWER);
      frameIn(viewer, held);
      held = viewer;
    }
    document.body.innerHTML = '<header><a href="/">Example Archive</a></header>';
    frameIn(document, held);
  }

  it('the story two levels down (a viewer inside the site’s frame, as print replicas nest) is found; three levels too', () => {
    chainTo(storyDocument(), 2);
    expect(lookIntoFrames(document)).toEqual({ article: true, loading: false });
    chainTo(storyDocument(), 3);
    expect(lookIntoFrames(document).article).toBe(true);
  });

  it('negative: a chain longer than MAX_FRAMES_LOOKED frames is not followed to its end (the count bounds the depth)', () => {
    // MAX_FRAMES_LOOKED viewers' frames, one in the other: the story's frame is the 9th, never looked at.
    chainTo(storyDocument(), MAX_FRAMES_LOOKED);
    expect(lookIntoFrames(document).article).toBe(false);
    chainTo(storyDocument(), MAX_FRAMES_LOOKED - 1);
    expect(lookIntoFrames(document).article).toBe(true);
  });

  it('negative: a frame of another origin in the middle of the chain stops it; past the element budget nothing deeper is looked into', () => {
    const middle = documentOf(VIEWER);
    frameIn(middle, null, 'https://other.example/page-1.html');
    chainTo(middle, 1);
    expect(lookIntoFrames(document).article).toBe(false);
    // The levels share one budget: the top viewer and a second-level one of 300 elements and more leave too few
    // of 320 for the story's frame (a dozen), though each of the three alone is well within 320.
    const big = documentOf(`${VIEWER}${'<i></i>'.repeat(300)}`);
    frameIn(big, storyDocument());
    chainTo(big, 1);
    expect(lookIntoFrames(document, { maxElements: 1000, maxDepth: DEFAULT_MAX_DEPTH }).article).toBe(true);
    expect(lookIntoFrames(document, { maxElements: 320, maxDepth: DEFAULT_MAX_DEPTH }).article).toBe(false);
  });

  it('a frame two levels down that names a document and is still blank is loading', () => {
    const middle = documentOf(VIEWER);
    frameIn(middle, shownAs(documentOf(''), 'about:blank', 'complete'), '/page-1.html');
    chainTo(middle, 1);
    expect(lookIntoFrames(document)).toEqual({ article: false, loading: true });
  });
});

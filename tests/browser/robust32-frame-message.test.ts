/**
 * What the card says when Roundup reads no article, in real Chromium (session
 * 19, item 5): same-origin frames are not read (decided in session 18: not
 * worth a painter per frame), so a page whose story is in a frame, like a page
 * with no story at all, is refused. The card must say so in a reader's words,
 * not the extractor's ("Readability"), and say where a story it missed may be;
 * it offers no copy button (its exports would look like results). Session 20:
 * when a frame of the page's own origin holds the article, the card says that
 * the article is in an embedded frame (not the generic "may be"); a frame the
 * page cannot reach (another origin, a sandbox) keeps the generic hint.
 * Session 21: a story one frame further down, inside a same-origin frame, too.
 * Session 22: at any depth (a real chain of two same-origin viewer frames),
 * within the same limits; and a real second origin (the story server reached
 * as localhost from a page on 127.0.0.1: a cross-origin frame, out of process
 * in Chromium) where the unit rows fake one with a null document.
 */
import { describe, expect, it } from 'vitest';
import { openPopup, watchErrors } from './harness';
import { STORY_A, storyPage } from './fixtures/big/articles';
import { useStorySession } from './story-session';
import { FRAMED_ARTICLE_MESSAGE } from '../../utils/extract';
import { NOT_FOUND_HINT } from '../../components/SummaryCard';

const WAIT_MS = 90_000;

/** The top page of a site that shows its story in a frame (`attributes`: a sandbox makes it another origin). */
const framed = (attributes = ''): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORY_A.company} raises ${STORY_A.amount}</title></head>
<body><header><a href="/">Example News</a> · <a href="/markets">Markets</a></header>
<iframe src="/story.html" title="Story" ${attributes} style="width:100%;height:700px;border:0"></iframe>
<footer>© Example News</footer></body></html>`;

/** A section front: links, no story. */
const SECTION = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets — Example News</title></head>
<body><header><a href="/">Example News</a></header><main><h1>Markets</h1><ul>
${['Stocks close higher', 'Oil slips', 'Bond yields steady', 'Dollar firms', 'Gold edges up'].map((t, i) => `<li><a href="/m/${i}">${t}</a></li>`).join('\n')}
</ul></main><footer>© Example News</footer></body></html>`;

/**
 * A print replica's viewer (session 21, review of session 20's product, item 4): the site's viewer frame, a toolbar
 * and the page's own frame holding the story, one level down. The frame check looks one level into same-origin frames.
 */
const VIEWER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Viewer</title></head>
<body><div class="toolbar"><a href="/prev">Previous page</a> · <a href="/next">Next page</a></div>
<iframe src="/story.html" title="Page 1" style="width:100%;height:600px;border:0"></iframe></body></html>`;

/**
 * A frame whose document is of another origin: the same story server, reached as localhost from a page of
 * 127.0.0.1 (the port is the page's own, known only once the server listens, hence the page's script).
 */
const CROSS_ORIGIN_FRAME = `<iframe title="Story" style="width:100%;height:600px;border:0"></iframe>
<script>document.querySelector('iframe').src = 'http://localhost:' + location.port + '/story.html';</script>`;

const rig = useStorySession({
  '/framed.html': framed(),
  '/replica.html': framed().replace('src="/story.html"', 'src="/viewer.html"'),
  '/viewer.html': VIEWER,
  // Two levels of the site's own frames (an archive's shell around the replica's viewer), then the story.
  '/archive.html': framed().replace('src="/story.html"', 'src="/shell.html"'),
  '/shell.html': VIEWER.replace('src="/story.html"', 'src="/viewer.html"'),
  '/cross.html': framed().replace(/<iframe[^>]*><\/iframe>/, CROSS_ORIGIN_FRAME),
  '/cross-viewer.html': framed().replace('src="/story.html"', 'src="/viewer-cross.html"'),
  '/viewer-cross.html': VIEWER.replace(/<iframe[^>]*><\/iframe>/, CROSS_ORIGIN_FRAME),
  // An opaque origin: the page cannot reach the frame's document, as with a frame of another site.
  '/sandboxed.html': framed('sandbox="allow-scripts"'),
  '/story.html': storyPage(STORY_A),
  '/section.html': SECTION,
});

/** The card's refusal on `path`: its sentence, its detail, and whether any copy button is offered. */
async function refusalOn(path: string): Promise<{ text: string; buttons: number; deals: number; errors: string[] }> {
  const page = rig.page;
  await page.goto(`${rig.url}${path}`, { waitUntil: 'load' });
  await page.bringToFront();
  const popup = await openPopup(rig.session);
  const errors = watchErrors(popup);
  try {
    await popup.waitForFunction(() => !document.querySelector('.status-busy') && !!document.querySelector('.status'), { timeout: WAIT_MS });
    const text = await popup.$eval('.popup', (el) => (el.textContent ?? '').replace(/\s+/g, ' '));
    const buttons = (await popup.$$('.export button[data-format]')).length;
    const deals = (await popup.$$('.deal-headline')).length;
    return { text, buttons, deals, errors };
  } finally {
    await popup.close();
  }
}

/**
 * The card on `path` refuses in the same words as on any page with no story ("No article text found", never the
 * extractor's name), with `detail` under it and not the other detail, and offers no deal and no export.
 */
async function expectRefusal(path: string, detail: typeof FRAMED_ARTICLE_MESSAGE | typeof NOT_FOUND_HINT): Promise<void> {
  const { text, buttons, deals, errors } = await refusalOn(path);
  expect(text).toContain('No article text found on this page.');
  expect(text).toContain(detail);
  expect(text).not.toContain(detail === FRAMED_ARTICLE_MESSAGE ? NOT_FOUND_HINT : FRAMED_ARTICLE_MESSAGE);
  expect(text).not.toMatch(/Readability/);
  // The page's own title heads the card (it is the top page's); nothing of a framed story passes for a result.
  expect(deals).toBe(0);
  expect(buttons).toBe(0);
  expect(errors).toEqual([]);
}

describe('robust32: the card when no article is read', () => {
  it('the story is in a same-origin frame: "No article text found", and that the article is in an embedded frame', async () => {
    await expectRefusal('/framed.html', FRAMED_ARTICLE_MESSAGE);
  });

  it('the story one frame down, in a frame of the site’s viewer frame (a print replica): the card says the article is in a frame', async () => {
    await expectRefusal('/replica.html', FRAMED_ARTICLE_MESSAGE);
  });

  it('the story two frames down (the site’s shell frame, its viewer frame, the page’s frame): the card says the article is in a frame', async () => {
    await expectRefusal('/archive.html', FRAMED_ARTICLE_MESSAGE);
  });

  it('negative: the story in a frame of another origin, top level or inside the site’s viewer frame, keeps the generic hint', async () => {
    await expectRefusal('/cross.html', NOT_FOUND_HINT);
    // It was a real second origin holding the story: the page gets no document for it, the frame itself has the story.
    const frame = rig.page.frames().find((f) => f.url().startsWith('http://localhost:'));
    expect(frame).toBeDefined();
    expect(await frame!.evaluate(() => document.body.textContent ?? '')).toContain(STORY_A.company);
    expect(await rig.page.evaluate(() => document.querySelector('iframe')!.contentDocument === null)).toBe(true);
    await expectRefusal('/cross-viewer.html', NOT_FOUND_HINT);
    expect(rig.page.frames().some((f) => f.url().startsWith('http://localhost:') && f.parentFrame()?.url().endsWith('/viewer-cross.html'))).toBe(true);
  });

  it('negative: a frame the page cannot reach (sandboxed: another origin) keeps the generic hint', async () => {
    await expectRefusal('/sandboxed.html', NOT_FOUND_HINT);
  });

  it('negative: a section front with no story says the same, in the same words, and offers no export', async () => {
    await expectRefusal('/section.html', NOT_FOUND_HINT);
  });
});

// @vitest-environment happy-dom
/**
 * Shadow text in the page's fingerprint (session 19, item 3): an article in a
 * web component's open shadow root has been read and highlighted where it is
 * since session 18, but the fingerprint walked the light DOM only, so a change
 * inside the component alone was no changed page: "Read again" kept the old
 * reading and the card did not say the page changed. The walk now reads the
 * open shadow roots too, under the page's bounds, and the controller watches
 * the roots it read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PageController } from '../../entrypoints/content/page';
import { MAX_PAGE_TEXT_CHARS, pageShape } from '../../utils/page-shape';
import { readArticleResponse } from '../../utils/summary';
import { installFakeHighlights, removeFakeHighlights } from '../helpers/fake-highlights';

afterEach(() => {
  removeFakeHighlights();
  document.body.innerHTML = '';
});

const LEDE = 'Corvane Systems, a Ghent-based maker of water meters, has raised $9 million in a Series A round led by Lowfield Capital, it said on Thursday.';
const NEW_LEDE = 'Corvane Systems, a Ghent-based maker of water meters, has raised $14 million in a Series A round led by Lowfield Capital, it said on Thursday.';
const MORE = [
  'The company will spend the money on a second factory line and on hiring engineers for its software team in Ghent and Lyon over the coming year.',
  'Its meters report leaks within minutes, and the company says utilities that use them have cut the water they lose between plant and tap by a fifth.',
  'Corvane was founded in 2018 by three engineers who had worked for a large pump maker, and now sells to utilities in Belgium, France and Spain.',
  'The founders said the round closed within six weeks, as investors look for companies that help cities save water during dry summers.',
  'Analysts said demand for smart meters is rising as regulators push utilities to report losses, though prices for the devices have fallen.',
];
const p = (t: string): string => `<p>${t}</p>`;

/** A page whose article is in a web component's shadow root (open or closed). */
function componentPage(mode: 'open' | 'closed', lede = LEDE): ShadowRoot {
  document.title = 'Corvane Systems raises $9 million';
  document.body.innerHTML = '<header><a href="/">News</a></header><news-story></news-story><footer>© News</footer>';
  const root = document.querySelector('news-story')!.attachShadow({ mode });
  root.innerHTML = `<article><h1>Corvane Systems raises money</h1>${p(lede)}${MORE.map(p).join('')}</article>`;
  return root;
}

const lede = (root: ShadowRoot): HTMLElement => root.querySelector('article p')!;

describe('pageShape: the open shadow roots’ text is part of the page', () => {
  it('a figure edited inside the component alone changes the fingerprint', () => {
    const root = componentPage('open');
    const before = pageShape(document);
    lede(root).textContent = NEW_LEDE;
    expect(pageShape(document).key).not.toBe(before.key);
  });

  it('a root inside a root is read too, and its text counts in the page’s size', () => {
    const root = componentPage('open');
    const inner = root.querySelector('article')!.appendChild(document.createElement('story-note')).attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>Correction: an earlier version gave the wrong city.</p>';
    const before = pageShape(document);
    expect(before.textChars).toBeGreaterThan(LEDE.length + MORE.join('').length);
    inner.querySelector('p')!.textContent = 'Correction: an earlier version gave the wrong year.';
    expect(pageShape(document).key).not.toBe(before.key);
  });

  it('bounded like the rest: text past MAX_PAGE_TEXT_CHARS in a root makes the page "big"', () => {
    const root = componentPage('open');
    root.appendChild(document.createElement('pre')).textContent = 'x'.repeat(MAX_PAGE_TEXT_CHARS);
    expect(pageShape(document).key.endsWith('|big')).toBe(true);
  });

  it('negative: the same text drawn again in new nodes is the same page', () => {
    const root = componentPage('open');
    const before = pageShape(document).key;
    root.innerHTML = root.innerHTML;
    expect(pageShape(document).key).toBe(before);
  });

  it('negative: a closed shadow root stays out (no script may read it)', () => {
    const root = componentPage('closed');
    const before = pageShape(document).key;
    lede(root).textContent = NEW_LEDE;
    expect(pageShape(document).key).toBe(before);
  });
});

const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());

describe('PageController: a change inside the component is a changed page', () => {
  it('highlights off (nothing anchored is watched): the card says the page changed, and reading again reads the new figure', async () => {
    installFakeHighlights();
    const root = componentPage('open');
    const page = new PageController(document, null, reader);
    page.enabled = false;
    const first = await page.popupSummary();
    expect(first.status).toBe('ok');
    expect(first.summary.deals[0]?.amount?.text).toBe('$9 million');
    expect(first.pageChanged).toBe(false);
    lede(root).textContent = NEW_LEDE;
    expect(page.changedSinceReading).toBe(true);
    const again = await page.popupSummary();
    expect(again.analysisId).toBe(first.analysisId + 1);
    expect(again.summary.deals[0]?.amount?.text).toBe('$14 million');
    page.dispose();
  });

  it('negative: a component that draws the same text again is no changed page and is not read again', async () => {
    installFakeHighlights();
    const root = componentPage('open');
    const page = new PageController(document, null, reader);
    page.enabled = false;
    const first = await page.popupSummary();
    root.innerHTML = root.innerHTML;
    const again = await page.popupSummary();
    expect(again.analysisId).toBe(first.analysisId);
    expect(again.pageChanged).toBe(false);
    page.dispose();
  });
});

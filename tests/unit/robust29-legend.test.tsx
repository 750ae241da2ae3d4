// @vitest-environment happy-dom
/**
 * Review F2/F3 (session 16): the card said "Highlights on the page: On" with its
 * counts while the page had redrawn the article (every highlight cut loose) or
 * had cleared the highlight registry. The switch now says what is on the page,
 * with one sentence why.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HighlightLegend } from '../../components/HighlightLegend';
import { NOT_FOUND_HINT, refusalStatus } from '../../components/SummaryCard';
import { ALL_VISIBLE, CATEGORIES, type Category } from '../../utils/categories';

afterEach(() => cleanup());

const counts = Object.fromEntries(CATEGORIES.map((c) => [c, c === 'round' ? 3 : 0])) as Record<Category, number>;
const legend = (props: Partial<Parameters<typeof HighlightLegend>[0]>) =>
  render(<HighlightLegend enabled visible={ALL_VISIBLE} counts={counts} unanchored={0} onToggle={() => {}} onToggleCategory={() => {}} {...props} />).container;
const switchText = (c: Element): string => c.querySelector('.switch span')!.textContent ?? '';

describe('robust29: the highlight switch says what is on the page', () => {
  it('after a redraw that lost some: "N of M", and the sentence', () => {
    const c = legend({ redraw: { found: 3, total: 10 } });
    expect(switchText(c)).toBe('3 of 10');
    expect(c.textContent).toContain('The page redrew the article; 3 of 10 highlights found again.');
  });

  it('after a redraw that lost all: not "On"', () => {
    const c = legend({ redraw: { found: 0, total: 10 } });
    expect(switchText(c)).toBe('Lost');
    expect(c.textContent).toContain('0 of 10 highlights found again');
  });

  it('when the page removed them: not "On"', () => {
    const c = legend({ removedByPage: true });
    expect(switchText(c)).toBe('Removed by the page');
    expect(c.textContent).toContain('The page removed Roundup’s highlights');
    // Its counts are not shown as if on the page.
    expect([...c.querySelectorAll('.legend-items label')].every((l) => l.classList.contains('muted'))).toBe(true);
  });

  it('negative: all found again, or switched off, says the plain state', () => {
    expect(switchText(legend({ redraw: { found: 10, total: 10 } }))).toBe('On');
    cleanup();
    const off = legend({ enabled: false, redraw: { found: 0, total: 10 }, removedByPage: true });
    expect(switchText(off)).toBe('Off');
    expect(off.textContent).not.toContain('redrew');
  });
});

describe('robust29 F4: an article Roundup cannot reach', () => {
  it('"no article text" says it may be in an embedded frame or a closed component (a srcdoc iframe, a closed shadow root)', () => {
    const status = refusalStatus({ status: 'not-article', message: 'This page does not look like an article: Readability found no article text on it.', retryable: false });
    expect(status.text).toBe('No article text found on this page.');
    expect(status.detail).toBe(NOT_FOUND_HINT);
    expect(status.detail).toMatch(/embedded frame or a closed component/);
    expect(status.detail).not.toMatch(/Readability/);
  });

  it('negative: a reason that says more keeps its own words', () => {
    const status = refusalStatus({ status: 'not-article', message: 'This page is not an HTML document, so there is no article to read.', retryable: false });
    expect(status.detail).toMatch(/not an HTML document/);
  });
});

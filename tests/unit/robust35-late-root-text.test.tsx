// @vitest-environment happy-dom
/**
 * A late shadow root whose text is not the text Roundup read (session 22, item 1). README's product section:
 * a page that redraws the article (the same text in new nodes, a component's late root showing the story read)
 * gets its highlights back without a new reading; a page that changes after the reading keeps the card's
 * reading and offers "Read again". A late root that replaces the story read with another text is that second
 * case, but the open card said both "This page changed after Roundup read it" and "The page redrew the
 * article; 1 of 3 highlights found again": the findings missing were on text the page replaced, never to be
 * found again. The legend's sentence now says which: redrawn, or changed with N of M still on the page.
 * Review of session 22: which is told by the text (`redraw.rewritten`, the re-anchor did not find it on the
 * page), not by the card's pageChanged, which an ad rotating beside a redrawn article also sets.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HighlightLegend, legendStatus } from '../../components/HighlightLegend';
import { ALL_VISIBLE, CATEGORIES, type Category } from '../../utils/categories';

afterEach(() => cleanup());

const counts = Object.fromEntries(CATEGORIES.map((c) => [c, c === 'lead' ? 1 : c === 'round' ? 2 : 0])) as Record<Category, number>;

describe('robust35: the legend tells a changed article from a redrawn one', () => {
  it('the page changed the text (a late root with another story): the note says it changed and how many are still on it, never "redrew"', () => {
    const status = legendStatus({ enabled: true, redraw: { found: 1, total: 3, rewritten: true }, removedByPage: false });
    expect(status).toEqual({ state: '1 of 3', note: 'The page changed the article; 1 of 3 highlights are still on it.' });
    const c = render(<HighlightLegend enabled visible={ALL_VISIBLE} counts={counts} unanchored={0} redraw={{ found: 0, total: 3, rewritten: true }} onToggle={() => {}} onToggleCategory={() => {}} />).container;
    expect(c.querySelector('.switch span')?.textContent).toBe('Lost');
    expect(c.querySelector('[role="status"]')?.textContent).toBe('The page changed the article; 0 of 3 highlights are still on it.');
    expect(c.textContent).not.toContain('redrew');
  });

  it('negative: the same text redrawn (the page did not change) keeps "redrew … found again"', () => {
    expect(legendStatus({ enabled: true, redraw: { found: 1, total: 3, rewritten: false } }).note).toBe('The page redrew the article; 1 of 3 highlights found again.');
    expect(legendStatus({ enabled: true, redraw: { found: 1, total: 3 } }).note).toMatch(/^The page redrew/);
  });

  it('negative: a page that only redraws the article while an ad beside it rotates (the card says the page changed) keeps "redrew"', () => {
    const c = render(<HighlightLegend enabled visible={ALL_VISIBLE} counts={counts} unanchored={0} redraw={{ found: 0, total: 3 }} onToggle={() => {}} onToggleCategory={() => {}} />).container;
    expect(c.querySelector('[role="status"]')?.textContent).toBe('The page redrew the article; 0 of 3 highlights found again.');
    expect(c.textContent).not.toContain('changed');
  });

  it('negative: a late root that adds text (every highlight found again) says "On" with no note, changed or not', () => {
    expect(legendStatus({ enabled: true, redraw: { found: 3, total: 3 } })).toEqual({ state: 'On', note: null });
    expect(legendStatus({ enabled: true, redraw: null })).toEqual({ state: 'On', note: null });
  });

  it('negative: switched off, pending, or removed by the page say so whatever changed', () => {
    expect(legendStatus({ enabled: false, redraw: { found: 0, total: 3, rewritten: true } })).toEqual({ state: 'Off', note: null });
    expect(legendStatus({ enabled: null, redraw: { found: 0, total: 3, rewritten: true } }).state).toBe('Checking…');
    expect(legendStatus({ enabled: true, redraw: { found: 0, total: 3, rewritten: true }, removedByPage: true }).state).toBe('Removed by the page');
  });
});

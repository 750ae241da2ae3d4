// @vitest-environment happy-dom
/**
 * The popup's switch starts from what the tab shows (session 19, item 1b):
 * the open card followed the keyboard toggle (robust32-toggle-switch), but a
 * popup opened afterwards started from the stored setting, one value for all
 * tabs, so a tab toggled by keyboard and another switched from its card
 * disagreed with it until the page's first push. The switch's first paint now
 * comes from the page's answer; until that is known the switch is pending.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightLegend } from '../../components/HighlightLegend';
import { PopupApp } from '../../components/PopupApp';
import { ALL_VISIBLE } from '../../utils/categories';
import { emptySummary } from '../../utils/article';
import type { GetSummaryResponse } from '../../utils/messages';
import { fakePageClient } from '../helpers/fake-page-client';

afterEach(cleanup);

function answer(highlightsOn: boolean): GetSummaryResponse {
  return {
    summary: emptySummary({ url: 'https://example.com/b', title: 'Borealis closes a seed round', lang: 'en' }, true),
    status: 'ok', message: null, anchored: 1, unanchored: 0, anchoredIds: ['deal-0-amount'],
    highlightsOn, paragraphCount: 3, analysisId: 1, timings: { analysisMs: 1, anchorMs: 1 }, redraw: null, removedByPage: false,
  };
}

/** Every text the switch has shown since the popup was rendered (a flash of the stored value included). */
function switchHistory(): string[] {
  const seen: string[] = [];
  const look = (): void => {
    const text = document.querySelector('.legend .switch span')?.textContent;
    if (text && seen[seen.length - 1] !== text) seen.push(text);
  };
  new MutationObserver(look).observe(document.body, { childList: true, subtree: true, characterData: true });
  return seen;
}

/** The popup with the stored setting `stored` on a tab whose page answers `shown`. */
async function openPopup(stored: boolean, shown: boolean) {
  const client = fakePageClient({ kind: 'ready', data: answer(shown) }, ['x'], {
    loadPreferences: vi.fn(async () => ({ highlightsOn: stored, visible: { ...ALL_VISIBLE } })),
  });
  const seen = switchHistory();
  render(<PopupApp client={client} />);
  await screen.findByText('Borealis closes a seed round');
  return { client, seen, input: document.querySelector<HTMLInputElement>('.legend .switch input')! };
}

describe('PopupApp: the switch’s first paint is the tab’s state', () => {
  it('stored On, the tab toggled off by keyboard: the switch says Off from its first paint', async () => {
    const { seen, input } = await openPopup(true, false);
    expect(seen).toEqual(['Off']);
    expect(input.checked).toBe(false);
  });

  it('stored Off (another tab), this tab still on: the switch says On from its first paint', async () => {
    const { seen, input } = await openPopup(false, true);
    expect(seen).toEqual(['On']);
    expect(input.checked).toBe(true);
  });

  it('a click then does what the switch offers: a tab shown off is turned on', async () => {
    const { client, input } = await openPopup(true, false);
    fireEvent.click(input);
    expect(client.setHighlights).toHaveBeenCalledWith(true, ALL_VISIBLE);
    expect(client.savePreferences).toHaveBeenCalledWith({ highlightsOn: true, visible: ALL_VISIBLE });
  });
});

describe('HighlightLegend: a switch not known yet is pending, not a guess', () => {
  const counts = { round: 1, valuation: 0, money: 0, lead: 0, investor: 1, artifact: 0 };

  it('disabled, busy, labelled as checking; its category boxes disabled; a click does nothing', () => {
    const onToggle = vi.fn();
    const onToggleCategory = vi.fn();
    render(<HighlightLegend enabled={null} visible={ALL_VISIBLE} counts={counts} unanchored={0} onToggle={onToggle} onToggleCategory={onToggleCategory} />);
    const input = screen.getByRole('switch');
    expect(input).toHaveProperty('disabled', true);
    expect(input.getAttribute('aria-busy')).toBe('true');
    expect(input.getAttribute('aria-label')).toMatch(/checking what the page shows/);
    expect(document.querySelector('.legend .switch span')?.textContent).toBe('Checking…');
    for (const box of document.querySelectorAll<HTMLInputElement>('.legend-items input')) expect(box.disabled).toBe(true);
    fireEvent.click(input);
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('negative: a known Off is a working switch (enabled, not busy, the usual label)', () => {
    render(<HighlightLegend enabled={false} visible={ALL_VISIBLE} counts={counts} unanchored={0} onToggle={() => {}} onToggleCategory={() => {}} />);
    const input = screen.getByRole('switch');
    expect(input).toHaveProperty('disabled', false);
    expect(input.getAttribute('aria-busy')).toBeNull();
    expect(input.getAttribute('aria-label')).toBe('Highlight findings on the page');
    expect(document.querySelector('.legend .switch span')?.textContent).toBe('Off');
  });
});

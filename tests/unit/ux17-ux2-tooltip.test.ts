// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTooltip, lineBoxAt, tooltipParts } from '../../entrypoints/content/tooltip';

// The tooltip lives in a closed shadow root; open it for the test to read it.
let root: ShadowRoot | null = null;
const TIP_HEIGHT = 40;
beforeEach(() => {
  document.body.innerHTML = '<p id="p">SenseTime gets $600m funding</p>';
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    root = attach.call(this, { ...init, mode: 'open' });
    return root;
  });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => ({ x: 0, y: 0, top: 0, left: 0, right: 200, bottom: TIP_HEIGHT, width: 200, height: TIP_HEIGHT, toJSON: () => ({}) }) as DOMRect);
});
afterEach(() => {
  vi.restoreAllMocks();
  root = null;
  document.body.innerHTML = '';
});

/** The page's text under the pointer sits on a line from `top` to `bottom`. */
function lineAt(top: number, bottom: number): void {
  const text = document.getElementById('p')!.firstChild as Text;
  (document as unknown as { caretRangeFromPoint: (x: number, y: number) => Range }).caretRangeFromPoint = () => {
    const r = document.createRange();
    r.setStart(text, 16);
    return r;
  };
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => [{ top, bottom, left: 0, right: 10, width: 10, height: bottom - top }] as unknown as DOMRectList);
}
const tip = () => root!.querySelector('.tip') as HTMLElement;

describe('tooltip placement', () => {
  it('sits above the highlighted line when there is room, clear of it', () => {
    lineAt(300, 320);
    createTooltip(document).show('Round amount — SenseTime Group Ltd — Series C', '#15803d', 100, 310);
    expect(tip().style.top).toBe(`${300 - 6 - TIP_HEIGHT}px`);
  });

  it('goes below the line near the top of the window (negative: never above the viewport)', () => {
    lineAt(20, 40);
    createTooltip(document).show('Round amount', '#15803d', 100, 30);
    expect(tip().style.top).toBe(`${40 + 6}px`);
  });

  it('without a caret API it still keeps off the pointer\'s line', () => {
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => [] as unknown as DOMRectList);
    createTooltip(document).show('Investor', '#a16207', 100, 400);
    expect(parseFloat(tip().style.top)).toBeLessThanOrEqual(400 - 10 - TIP_HEIGHT);
  });

  it('lineBoxAt: the line holding the pointer, or null off text', () => {
    lineAt(300, 320);
    expect(lineBoxAt(document, 100, 310)).toEqual({ top: 300, bottom: 320 });
    expect(lineBoxAt(document, 100, 500)).toBeNull();
  });
});

describe('tooltip text', () => {
  it('names what it is and the deal it belongs to', () => {
    lineAt(300, 320);
    createTooltip(document).show('Round amount — SenseTime Group Ltd — Series C', '#15803d', 100, 310);
    expect(tip().textContent).toBe('Round amount · SenseTime Group Ltd — Series C');
    expect(tip().querySelector('.what')?.textContent).toBe('Round amount');
    expect(tip().querySelector('.about')?.textContent).toBe('SenseTime Group Ltd — Series C');
  });

  it.each<[string, { what: string; about: string | null }]>([
    ['Round amount — SenseTime Group Ltd — Series C', { what: 'Round amount', about: 'SenseTime Group Ltd — Series C' }],
    ['Lead investor — Acme — Seed; Globex', { what: 'Lead investor', about: 'Acme — Seed; Globex' }],
    ['Other money', { what: 'Other money', about: null }],
    ['Valuation — ', { what: 'Valuation', about: null }],
    ['Investor — Jean\u202Eevil\u202C', { what: 'Investor', about: 'Jeanevil' }],
  ])('tooltipParts(%j)', (label, parts) => {
    expect(tooltipParts(label)).toEqual(parts);
  });

  it('negative: markup in a label stays text', () => {
    lineAt(300, 320);
    createTooltip(document).show('Investor — <img src=x onerror=alert(1)>', '#a16207', 100, 310);
    expect(tip().querySelector('img')).toBeNull();
    expect(tip().textContent).toBe('Investor · <img src=x onerror=alert(1)>');
  });
});

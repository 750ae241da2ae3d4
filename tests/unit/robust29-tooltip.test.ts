// @vitest-environment happy-dom
/**
 * Review (session 16, minor): the page could hide text from anchoring by
 * wrapping it in its own <roundup-tooltip> element: the tooltip's owns()
 * matched by tag name, so the text index skipped the page's element too. Now
 * owns() is true only for elements the tooltip itself made.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTooltip } from '../../entrypoints/content/tooltip';
import { PageController } from '../../entrypoints/content/page';
import { readArticleResponse } from '../../utils/summary';
import { installFakeHighlights, removeFakeHighlights } from '../helpers/fake-highlights';

beforeEach(() => installFakeHighlights());
afterEach(() => {
  removeFakeHighlights();
  document.body.innerHTML = '';
});

describe('robust29: the tooltip owns only its own element', () => {
  it('a page element of the same tag is not the tooltip’s; the tooltip’s host is, even once taken off', () => {
    const tooltip = createTooltip(document);
    const pageOwn = document.createElement('roundup-tooltip');
    document.body.appendChild(pageOwn);
    expect(tooltip.owns(pageOwn)).toBe(false);
    tooltip.show('Round amount — Acme', '#000', 10, 10);
    const host = [...document.documentElement.children].find((el) => el.localName === 'roundup-tooltip')!;
    expect(host).toBeTruthy();
    expect(tooltip.owns(host)).toBe(true);
    tooltip.destroy();
    // A removal record of the host arrives after destroy(): still ours.
    expect(tooltip.owns(host)).toBe(true);
  });

  it('text the page wraps in its own <roundup-tooltip> is highlighted like any other', async () => {
    document.title = 'Acme raises $5 million';
    document.body.innerHTML = `<article><h1>Acme raises $5 million</h1>
<p><roundup-tooltip>Acme, a Berlin-based logistics startup, has raised $5 million in a seed round led by Example Ventures, the company said on Tuesday.</roundup-tooltip></p>
<p>The startup will use the money to hire engineers and open an office in Paris, its chief executive said in an interview this week.</p>
<p>Acme was founded in 2021 and already works with dozens of retailers across Germany, France and the Netherlands, it said.</p>
<p>Its software plans delivery routes for small fleets of vans and bicycles, and tells shoppers when their parcels will arrive within a window of fifteen minutes.</p>
<p>Retailers pay a monthly fee for each vehicle, and the company says that most of its customers have renewed their contracts after the first year of use.</p></article>`;
    const page = new PageController(document, null, async (a) => readArticleResponse(a, () => performance.now()));
    const response = await page.popupSummary();
    expect(response.summary.deals.map((d) => d.company)).toEqual(['Acme']);
    expect(response.anchored).toBeGreaterThan(0);
    expect(response.unanchored).toBe(0);
    page.dispose();
  });
});

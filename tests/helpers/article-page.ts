/**
 * The one-story article page the page-controller tests load into happy-dom:
 * a single round (Acme, $5 million, led by Example Ventures) and enough prose
 * for Readability to take it as an article. Shared so that every test of the
 * page controller reads the same page and a change to it is made once.
 */
import { installFakeHighlights, removeFakeHighlights } from './fake-highlights';

export const ARTICLE_TITLE = 'Acme raises $5 million';

export const ARTICLE_HTML = `<article><h1>Acme raises $5 million</h1>
<p>Acme, a Berlin-based logistics startup, has raised $5 million in a seed round led by Example Ventures, the company said on Tuesday.</p>
<p>The startup will use the money to hire engineers and open an office in Paris, its chief executive said in an interview this week.</p>
<p>Acme was founded in 2021 and already works with dozens of retailers across Germany, France and the Netherlands, it said.</p>
<p>Its software plans delivery routes for small fleets of vans and bicycles, and tells shoppers when their parcels will arrive within a window of fifteen minutes.</p>
<p>Retailers pay a monthly fee for each vehicle, and the company says that most of its customers have renewed their contracts after the first year of use.</p>
<p>The founders met while working at a large courier company, where they saw how much time drivers lost to routes planned by hand the night before.</p></article>`;

/** Load the article into `document` with the fake Highlight API (call in beforeEach). */
export function loadArticlePage(): void {
  installFakeHighlights();
  document.title = ARTICLE_TITLE;
  document.body.innerHTML = ARTICLE_HTML;
}

/** Undo `loadArticlePage` (call in afterEach). */
export function unloadArticlePage(): void {
  removeFakeHighlights();
  document.body.innerHTML = '';
}

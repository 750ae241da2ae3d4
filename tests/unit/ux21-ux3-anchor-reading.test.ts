// @vitest-environment happy-dom
/**
 * Anchoring prefers the article the card was read from (review item: on a
 * Wikipedia page the "See also…" artifact scrolled to the table-of-contents
 * entry "8 See also" and said "Mention 1 of 3"). The reading's paragraphs are
 * placed on the page (mapReading) and a finding is looked for in its own
 * paragraph of the reading first, then anywhere in the article, then anywhere.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { anchor, buildTextIndex, mapReading, readingParagraphOf, readingTextOf, type AnchorTarget } from '../../utils/anchor';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** The element holding the start of each range the target anchors to, with and without the reading. */
function anchorIn(html: string, paragraphs: string[], target: AnchorTarget, withReading = true): Array<string | null> {
  document.body.innerHTML = html;
  const index = buildTextIndex(document.body);
  const reading = withReading ? mapReading(index, paragraphs) : null;
  const paragraph = withReading ? readingParagraphOf(readingTextOf(paragraphs), target.text, target.context ?? null) : null;
  return anchor(index, { ...target, paragraph }, reading).map((r) => (r.startContainer.parentElement?.closest('[id]')?.id ?? null));
}

const LEAD = 'New Zealand is an island country in the southwestern Pacific Ocean, made of two main landmasses.';
const HISTORY = 'Polynesians settled the islands between 1280 and 1350 and developed a distinctive Maori culture.';
const WIKI = `
  <p id="lead">${LEAD}</p>
  <div id="toc"><ul><li>1 History</li><li>2 See also</li></ul></div>
  <h2 id="h-history">History</h2>
  <p id="history">${HISTORY}</p>
  <h2 id="h-see">See also</h2>
  <div id="portal" role="navigation"><ul><li>New Zealand portal</li></ul></div>
  <ul id="see"><li>Outline of New Zealand</li><li>List of New Zealand-related topics</li></ul>
  <div id="footer"><a>Outline of New Zealand</a></div>`;
const WIKI_READING = [LEAD, 'History', HISTORY, 'See also', 'Outline of New Zealand', 'List of New Zealand-related topics'];
const SEE_ALSO = 'See also\n\nOutline of New Zealand\n\nList of New Zealand-related topics';

describe('ux3 anchoring: the occurrence in the article the reading came from', () => {
  it('a heading also listed in the table of contents is found in the article (each part in its own paragraph)', () => {
    expect(anchorIn(WIKI, WIKI_READING, { text: SEE_ALSO })).toEqual(['h-see', 'see', 'see']);
  });

  it('without the reading the contents entry came first (the review\'s bug)', () => {
    expect(anchorIn(WIKI, WIKI_READING, { text: SEE_ALSO }, false)[0]).toBe('toc');
  });

  it('a short heading is placed right above its text, not at the contents entry before it', () => {
    document.body.innerHTML = WIKI;
    const reading = mapReading(buildTextIndex(document.body), WIKI_READING);
    const index = buildTextIndex(document.body);
    const historyAt = reading.starts[1]!;
    expect(historyAt).toBeGreaterThan(index.text.indexOf('2 See also'));
    expect(reading.starts[3]!).toBeGreaterThan(reading.ends[2]!);
    expect(index.text.slice(reading.starts[4]!, reading.ends[4]!)).toBe('Outline of New Zealand');
    expect(reading.starts[4]!).toBeLessThan(index.text.indexOf('New Zealand portal') + 40);
    expect(index.text.slice(historyAt, reading.ends[1]!)).toBe('History');
  });

  it('a figure printed in a teaser before the article, in the same sentence, is found in the article', () => {
    const sentence = 'Acme raised $5 million from Sequoia.';
    const html = `<aside id="teaser"><p>${sentence}</p></aside><article id="art"><p id="p1">${sentence} It will hire engineers in Lyon and open an office in Berlin next year.</p></article>`;
    const reading = [`${sentence} It will hire engineers in Lyon and open an office in Berlin next year.`];
    expect(anchorIn(html, reading, { text: '$5 million', context: sentence })).toEqual(['p1']);
    expect(anchorIn(html, reading, { text: '$5 million', context: sentence }, false)).toEqual(['teaser']);
  });

  it('a figure that occurs twice in the article is found in the paragraph its sentence is in', () => {
    const p1 = 'The company raised $5 million last year in a seed round from local angels.';
    const p2 = 'Now it has raised $5 million again, this time from Sequoia and two other funds.';
    const html = `<div id="nav"><p>raised $5 million again</p></div><p id="a1">${p1}</p><p id="a2">${p2}</p>`;
    expect(anchorIn(html, [p1, p2], { text: '$5 million', context: 'Now it has raised $5 million again, this time from Sequoia and two other funds.' })).toEqual(['a2']);
    expect(anchorIn(html, [p1, p2], { text: '$5 million', context: 'The company raised $5 million last year in a seed round from local angels.' })).toEqual(['a1']);
  });

  it('a name highlighted everywhere lists the article\'s mentions first ("Show on page" starts there)', () => {
    const p = 'Sequoia Capital led the round, the company said on Monday in a statement.';
    const html = `<nav id="menu"><a>Sequoia Capital</a></nav><p id="body">${p}</p>`;
    expect(anchorIn(html, [p], { text: 'Sequoia Capital', everywhere: true })).toEqual(['body', 'menu']);
    expect(anchorIn(html, [p], { text: 'Sequoia Capital', everywhere: true }, false)).toEqual(['menu', 'body']);
  });

  it('negative: text found only outside the article is still found (no map spoils it)', () => {
    const p = 'The company raised money from several funds, it said in a statement on Monday.';
    const html = `<div id="side"><p>Subscribe to our newsletter</p></div><p id="body">${p}</p>`;
    expect(anchorIn(html, [p, 'Subscribe to our newsletter'], { text: 'Subscribe to our newsletter' })).toEqual(['side']);
  });

  it('negative: a reading that cannot be placed on the page changes nothing', () => {
    const html = '<p id="x">Acme raised $5 million.</p><p id="y">Acme raised $5 million.</p>';
    expect(anchorIn(html, ['Completely different text that is not on this page at all.'], { text: '$5 million' })).toEqual(['x']);
  });

  it('readingParagraphOf: the sentence\'s paragraph, else the first occurrence\'s, else null', () => {
    const reading = readingTextOf(['Alpha raised $1 million.', 'Beta raised $1 million too.', 'Gamma.']);
    expect(readingParagraphOf(reading, '$1 million', 'Beta raised $1 million too.')).toBe(1);
    expect(readingParagraphOf(reading, '$1 million')).toBe(0);
    expect(readingParagraphOf(reading, 'Beta raised $1 million too.\n\nGamma.')).toBe(1);
    expect(readingParagraphOf(reading, 'Delta')).toBeNull();
  });
});

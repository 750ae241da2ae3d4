// @vitest-environment happy-dom
/**
 * textsStillOn (utils/anchor.ts): a re-finding pass the page changed under (an ad rotating beside the article)
 * asks the page's text whether the words it lost are still there: a redraw keeps every word, a rewrite does not.
 */
import { describe, expect, it } from 'vitest';
import { shownTextOf, textsStillOn, VERBATIM_CHECKS } from '../../utils/anchor';

const PAGE = 'Acme raises $5 million.\n  Led by   Example Ventures, the Series A round closes today. Sponsored: offer 41';

describe('textsStillOn: which lost words the page still holds', () => {
  const rows: Array<[string, string[], { checked: number; present: number }]> = [
    ['a redraw: every word still on the page', ['$5 million', 'Example Ventures'], { checked: 2, present: 2 }],
    ['whitespace runs read as one space (a line break inside the words)', ['Led by Example Ventures'], { checked: 1, present: 1 }],
    ['the same words twice are looked for once', ['Series A', 'Series A'], { checked: 1, present: 1 }],
    ['a rewrite: the lede’s amount is gone', ['$5 million', '$7 million'], { checked: 2, present: 1 }],
    ['French words gone', ['lève 5 millions d’euros'], { checked: 1, present: 0 }],
  ];
  it.each(rows)('%s', (_, texts, answer) => {
    expect(textsStillOn(PAGE, texts)).toEqual(answer);
  });

  const negatives: Array<[string, string[], { checked: number; present: number }]> = [
    ['negative: nothing lost, nothing looked for', [], { checked: 0, present: 0 }],
    ['negative: blank words are not looked for', ['  ', ''], { checked: 0, present: 0 }],
    ['negative: a part of a word still counts as present (a verbatim search, not a word match)', ['Spons'], { checked: 1, present: 1 }],
  ];
  it.each(negatives)('%s', (_, texts, answer) => {
    expect(textsStillOn(PAGE, texts)).toEqual(answer);
  });

  it('bounded: at most VERBATIM_CHECKS searches of the page text', () => {
    const many = Array.from({ length: VERBATIM_CHECKS + 10 }, (_, i) => `gone ${i}`);
    expect(textsStillOn(PAGE, many)).toEqual({ checked: VERBATIM_CHECKS, present: 0 });
  });
});

describe('shownTextOf: the text a reader sees, where textsStillOn looks (review of session 23, P1)', () => {
  const page = (html: string): HTMLElement => {
    const root = document.createElement('div');
    root.innerHTML = html;
    return root;
  };
  it('a JSON-LD copy of the article, a style, a noscript and a hidden block are not shown text', () => {
    const root = page('<p>Acme raises <b>$7 million</b>.</p><script type="application/ld+json">{"articleBody":"Acme raises $5 million"}</script><style>.x{}</style><noscript>Acme raises $5 million</noscript><div hidden>$5 million</div>');
    expect(shownTextOf(root)).toBe('Acme raises $7 million.');
    expect(textsStillOn(shownTextOf(root), ['$5 million'])).toEqual({ checked: 1, present: 0 });
  });
  it('what `skip` owns (our tooltip) is not read', () => {
    const root = page('<p>Led by Example Ventures</p><div class="ours">Example Ventures</div><p>closes</p>');
    expect(shownTextOf(root, { skip: (el) => el.classList.contains('ours') })).toBe('Led by Example Venturescloses');
  });
  it('bounded: it stops once maxChars are read (a 10 MB page is not read whole)', () => {
    const root = page(Array.from({ length: 1000 }, (_, i) => `<p>paragraph ${i} of a very long page</p>`).join(''));
    const text = shownTextOf(root, { maxChars: 100 });
    expect(text.length).toBeGreaterThanOrEqual(100);
    expect(text.length).toBeLessThan(140);
    expect(text.startsWith('paragraph 0 of')).toBe(true);
  });
  it('negative: text of a deep page is read whole, in order (no call stack limit)', () => {
    let html = 'deepest';
    for (let i = 0; i < 20000; i++) html = `<span>${html}</span>`;
    const root = page(`<p>first</p>${html}<p>last</p>`);
    expect(shownTextOf(root)).toBe('firstdeepestlast');
  });
});

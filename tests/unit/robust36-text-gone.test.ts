/**
 * textsStillOn (utils/anchor.ts): a re-finding pass the page changed under (an ad rotating beside the article)
 * asks the page's text whether the words it lost are still there: a redraw keeps every word, a rewrite does not.
 */
import { describe, expect, it } from 'vitest';
import { textsStillOn, VERBATIM_CHECKS } from '../../utils/anchor';

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

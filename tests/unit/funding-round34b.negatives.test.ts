/**
 * Funding, round 34, second shift: look-alikes of funding-round34b.test.ts that keep their reading.
 * Invented rows, English and French.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (paragraphs: string[], lang: string, title?: string) => readFunding({ paragraphs }, { lang, title }).deals
  .map((d) => `${d.company}:${d.amount?.text ?? '-'}:${d.amount?.currency ?? '-'}:${d.status}`);

describe('round 34b negatives: a headline naming a company still lends it to the body', () => {
  it.each<[string, string[], string, string[]]>([
    // The headline's company, the body's "the startup".
    ['Kelvix raises $15M to scale farm robots', ['The startup raised $15 million in a Series A round led by Orbis Capital.'], 'en', ['Kelvix:$15 million:USD:announced']],
    // A company whose name ends on a plural head, told with its own raise in the headline: the headline's figure stays its round.
    ['Harbor Companies raises $12 million Series A', ['The round was led by Orbis Capital.'], 'en', ['Harbor Companies:$12 million:USD:announced']],
    // French: a company in the headline, "la société" in the body.
    ['Kelvix lève 6 millions d’euros pour ses robots agricoles', ['La société a levé 6 millions d’euros auprès d’Orbis Capital.'], 'fr', ['Kelvix:6 millions d’euros:EUR:announced']],
  ])('row %#', (title, paragraphs, lang, expected) => {
    expect(deals(paragraphs, lang, title)).toEqual(expected);
  });
});

describe('round 34b negatives: two dollar figures that are not one restated', () => {
  it.each<[string[], string, string[]]>([
    // The same value for two companies on a Canadian page: two deals.
    [['This week in Canada: a $15M Series A for Kelvix, and a C$3M seed for Norvale.', 'Orbis Robotics (Toronto, Canada) secured $15M USD in a Series A extension.'], 'en',
      ['Kelvix:$15M:CAD:announced', 'Norvale:C$3M:CAD:announced', 'Orbis Robotics:$15M USD:USD:announced']],
    // Both figures marked, in two currencies: two amounts, not one guessed.
    [['This week in Canada: a C$15M Series A for Kelvix, and a C$3M seed for Norvale.', 'Kelvix (Toronto, Canada) secured US$15M in venture debt.'], 'en',
      ['Kelvix:C$15M:CAD:announced', 'Norvale:C$3M:CAD:announced', 'Kelvix:US$15M:USD:announced']],
  ])('row %#', (paragraphs, lang, expected) => {
    expect(deals(paragraphs, lang)).toEqual(expected);
  });
});

describe('round 34b negatives: a number sign that numbers no issue of the name before it', () => {
  it.each<[string[], string, string[]]>([
    // A rank in parentheses after the name.
    [['Kelvix (#3 on our list) raised $40M in a Series B round.'], 'en', ['Kelvix:$40M:USD:announced']],
    // An issue number later in the sentence, not after the raiser's name.
    [['Kelvix raised $40M in a Series B round (see issue #12 for its seed).'], 'en', ['Kelvix:$40M:USD:announced']],
    // French: a hashtag before the name.
    [['#Kelvix a levé 40 M€ auprès d’Orbis Capital.'], 'fr', ['Kelvix:40 M€:EUR:announced']],
  ])('row %#', (paragraphs, lang, expected) => {
    expect(deals(paragraphs, lang)).toEqual(expected);
  });
});

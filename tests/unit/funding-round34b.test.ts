/**
 * Funding, round 34, second shift (group 1, funding assembly; batch 23's first run).
 * - A headline that tallies a place or a population of companies ("§ in Funding for Ghanaian Startups", "Minnesota Startups
 *   Raised §", "la Bretagne lève §") names no raiser (funding.ts isTalliedScene); under a population, the figures whose sentence
 *   names none are the scene's statistics, not rounds.
 * - One company's figure told bare in a newsletter's intro and with its country in its item ("a $15M Series A for X" on a page
 *   whose bare dollar reads local, "X secured $15M USD") is one deal, kept in the marked currency (funding.ts restatedDollar).
 * - A name numbered as an issue ("CTC #36 - § raise for …", "Dealflow.la #47 - …") is the newsletter's, never a raiser
 *   (funding.ts issueNumbered).
 * Invented rows, English and French.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (paragraphs: string[], lang: string, title?: string) => readFunding({ paragraphs }, { lang, title }).deals
  .map((d) => `${d.company}:${d.amount?.text ?? '-'}:${d.amount?.currency ?? '-'}:${d.status}`);

describe('round 34b: a headline tallying a scene gives no raiser to the figures of the review', () => {
  it.each<[string, string[], string, string[]]>([
    // A demonym and a plural head after "for": the year's review of a country's startups.
    ['2024 in Review: $80 Million in Funding for Kenyan Startups', ['Funding fell sharply in the second quarter, with only $4 million raised.'], 'en', []],
    // A plural head whatever qualifies it (a region the place list does not know).
    ['Tri-County Startups Raised $50M in Q2', ['That is well below the all-time high of $120 million in 2022.', 'Funding picked up in the fourth quarter, with $9 million raised.'], 'en', []],
    // A company the body names keeps its round under such a headline.
    ['2024 in Review: $80 Million in Funding for Kenyan Startups', ['Funding fell sharply in the second quarter, with only $4 million raised.', 'Orbis Robotics raised $12 million in a Series A round led by Kestrel Capital.'], 'en', ['Orbis Robotics:$12 million:USD:announced']],
  ])('row %#', (title, paragraphs, lang, expected) => {
    expect(deals(paragraphs, lang, title)).toEqual(expected);
  });
});

describe('round 34b: a place the headline tallies is never the raiser of the body’s figures', () => {
  // A place may also be where a page's one company is ("Tech financing in China this week: X leads"): its figures keep the page's
  // topic, only the place is not lent as their raiser.
  it.each<[string, string[], string, string]>([
    ['Startup funding in Portugal drops by 55% in 2024', ['Only $4 million was raised in the second quarter, with $9 million raised in the third.'], 'en', 'Portugal'],
    ['Levées de fonds : la Bretagne lève 210 millions d’euros en 2024', ['Le premier trimestre n’a vu que 4 millions d’euros levés.'], 'fr', 'Bretagne'],
  ])('row %#', (title, paragraphs, lang, place) => {
    expect(readFunding({ paragraphs }, { lang, title }).deals.map((d) => d.company)).not.toContain(place);
  });
});

describe('round 34b: one figure told bare and with its country is one deal', () => {
  it.each<[string[], string, string[]]>([
    // A Canadian page (Canada named, both dollars written out): the intro's bare "$15M" reads CAD, the item marks USD.
    [['This week in Canada: a $15M Series A for Kelvix, and a C$3M seed for Norvale.', 'Kelvix (Toronto, Canada) secured $15M USD in a Series A extension.'], 'en',
      ['Kelvix:$15M USD:USD:announced', 'Norvale:C$3M:CAD:announced']],
    // French-Canadian: "15 M$" bare, "15 M$ US" marked.
    [['Cette semaine au Canada : une série A de 15 M$ pour Kelvix, et 3 M$ CA pour Norvale.', 'Kelvix (Montréal, Canada) a obtenu 15 M$ US en série A.'], 'fr',
      ['Kelvix:15 M$ US:USD:announced', 'Norvale:3 M$ CA:CAD:announced']],
  ])('row %#', (paragraphs, lang, expected) => {
    expect(deals(paragraphs, lang)).toEqual(expected);
  });
});

describe('round 34b: a newsletter numbered as an issue is no raiser', () => {
  it.each<[string[], string, string[]]>([
    // The subject line atop the issue, then the item naming the company.
    [['Orbis Weekly #12 - $40M raise for grid batteries, a new climate fund, and more', 'Kelvix (Halifax) raised $40M to build grid batteries.'], 'en', ['Kelvix:$40M:USD:announced']],
    // The subject line alone: its figure has no raiser.
    [['Orbis Weekly #12 - $40M raise for grid batteries, a new climate fund, and more'], 'en', []],
    // French.
    [['Hebdo Climat #12 – une levée de 40 M€ pour les batteries, un nouveau fonds et plus encore', 'Kelvix (Nantes) a levé 40 M€ pour ses batteries.'], 'fr', ['Kelvix:40 M€:EUR:announced']],
  ])('row %#', (paragraphs, lang, expected) => {
    expect(deals(paragraphs, lang)).toEqual(expected);
  });
});

/**
 * Funding, round 33 (group 1, funding assembly).
 * - A round noun, a short qualifier, then its figure tied on by a comma or a measure phrase ("la plus grosse levée de fonds
 *   jamais faite par une start-up de la région, §", "une levée de fonds record dans la santé avec un montant de §", "the
 *   largest seed investment in the region this year at §"): the figure is the round's amount (rereadRoundNounFigure).
 * - A "…, Name, §" run of more than eight items (readListContinuations, MAX_LIST_ITEMS) is a table glued into one sentence: none
 *   of its items is carried on as a round.
 * Invented rows, English and French.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (paragraphs: string[], lang: string) => readFunding({ paragraphs }, { lang }).deals
  .map((d) => `${d.company}:${d.amount?.text ?? '-'}:${d.status}:${[...d.leadInvestors, ...d.investors].join('|')}`);

describe('round 33: a round noun, its qualifier, then its figure', () => {
  it.each<[string, string, string[]]>([
    // Apposition after a superlative round noun, French.
    ['Velmora a annoncé la plus grosse levée de fonds jamais réalisée par une start-up bretonne, 42 millions d’euros auprès d’Azur Capital.', 'fr', ['Velmora:42 millions d’euros:announced:Azur Capital']],
    // "avec un montant de", past (pluperfect and a dated clause).
    ['En mars 2019, Quillfield avait bouclé une levée de fonds record dans la logistique avec un montant de 18 millions d’euros.', 'fr', ['Quillfield:18 millions d’euros:past:']],
    // "pour un montant de" after a bare round noun.
    ['Tondaro annonce un tour de table pour un montant de 6 millions d’euros mené par Orbis Partners.', 'fr', ['Tondaro:6 millions d’euros:announced:Orbis Partners']],
    // English: "at" after a qualified round noun.
    ['Northwind Robotics closed the largest seed investment in its region this year at $9.5 million.', 'en', ['Northwind Robotics:$9.5 million:announced:']],
    // English: apposition after "round ever".
    ['Bluefin Health announced the biggest Series B round ever in Danish healthtech, $64 million from Kestrel Ventures.', 'en', ['Bluefin Health:$64 million:announced:Kestrel Ventures']],
  ])('row %#', (sentence, lang, expected) => {
    expect(deals([sentence], lang)).toEqual(expected);
  });
});

describe('round 33: a "…, Name, §" run longer than a sentence of prose holds is no list of rounds', () => {
  // Ten rows told after one raise, each row "while Name, §" (the figure reader leaves the rows to the list reader): only the raise is
  // a round (without the cap every row was carried on as a round of its own).
  it('a run of ten rows gives one deal, not ten', () => {
    const rows = ['Tondaro', 'Orbis', 'Bluefin', 'Kestrel', 'Northwind', 'Azur', 'Corvina', 'Lumen'].map((n) => `, while ${n}, $1 million`).join('');
    expect(deals([`Velmora raised $4 million while Quillfield, $3 million${rows}.`], 'en')).toEqual(['Velmora:$4 million:announced:']);
  });
});

/**
 * Which company raised, round 15 (one clause reader: the raiser is the subject of the amount's own clause, or the owner its round
 * is named after): rows of our own invention, English and French, one shape per block. Each shape recurs on several outlets of
 * the blind batches 8–11 and of fresh pages; no row is copied from a page. Negatives: companies-round15.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { openingSubject } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

/** The companies of the deals read from a deal just told, then the row: without the rule, the row's figure went to that deal. */
const companiesAfterADeal = (lead: string, row: string) => readFunding({ paragraphs: [lead, row] }).deals.map((d) => d.company);
const FR_LEAD = 'Acme Labs a levé 9 millions d’euros auprès de Partech.';
const EN_LEAD = 'Acme Labs raised $9 million from Sequoia.';

describe('round 15: a clause that ranks its subject holds the round as its means (avec/with/grâce à une levée de §)', () => {
  it.each<[string, string]>([
    ['Talvio', 'La foodtech bordelaise Talvio se hisse à la deuxième place avec une levée de 4 millions d’euros.'],
    ['Pernel', 'Le spécialiste de la logistique Pernel arrive troisième, avec une opération de 7 millions d’euros.'],
    ['Quentra', 'L’éditeur de logiciels Quentra s’empare de la première place grâce à une levée de fonds de 60 millions d’euros.'],
  ])('FR %s', (want, row) => expect(companiesAfterADeal(FR_LEAD, row)).toEqual(['Acme Labs', want]));
  it.each<[string, string]>([
    ['Ostrava', 'Cloud security firm Ostrava tops this week’s list with a $45 million round.'],
    ['Marlow Robotics', 'Marlow Robotics rounds out the top three with a $12 million Series A.'],
    ['Nordlys', 'Nordlys also made the list thanks to a $20 million investment.'],
    ['Talvio', 'La foodtech bordelaise Talvio se hisse à la deuxième place avec une levée de 4 millions d’euros.'],
  ])('the opening subject is %s', (want, row) => expect(openingSubject(row)).toBe(want));
});

describe('round 15: an investor’s verb of backing holds the figure in its object; the round’s owner after de/of/for/in raised it', () => {
  it.each<[string, string]>([
    ['Vendrix', 'Le fonds Alteon mène le tour de table de 6 millions d’euros de Vendrix.'],
    ['Tilbo', 'Harbor Ventures a mené la levée de 4 M€ de Tilbo.'],
  ])('FR %s', (want, row) => expect(companiesAfterADeal(FR_LEAD, row)).toEqual(['Acme Labs', want]));
  it.each<[string, string]>([
    ['Quillo', 'Northgate Capital is leading the $18 million round for Quillo.'],
    ['Ferrum', 'Brightline Partners co-led the $7 million seed round in Ferrum.'],
    ['Vendrix', 'Le fonds Alteon mène le tour de table de 6 millions d’euros de Vendrix.'],
  ])('the opening subject is the owner %s, not the investor', (want, row) => expect(openingSubject(row)).toBe(want));
});

describe('round 15: a weekday or a month right after a company-kind noun is the name the descriptor introduces', () => {
  it.each<[string, string, string]>([
    ['May', EN_LEAD, 'Payroll startup May has raised €6 million.'],
    ['Sunday', EN_LEAD, 'Insurtech platform Sunday secured £4 million.'],
    ['Mardi', FR_LEAD, 'La plateforme Mardi a levé 2 millions d’euros.'],
    ['Juillet', FR_LEAD, 'La start-up Juillet lève 3 millions d’euros.'],
  ])('%s', (want, lead, row) => expect(companiesAfterADeal(lead, row)).toEqual(['Acme Labs', want]));
});

describe('round 15: a round named by its figure, then its owner (la levée de § de X, the § round of X), in a clause that ranks it', () => {
  it.each<[string, string, string]>([
    ['Corvel', FR_LEAD, 'Enfin, la levée de 3 millions d’euros de Corvel réalisée auprès de Kima lui permet de monter sur le podium.'],
    ['Medrix', FR_LEAD, 'Le secteur de la santé, porté par le tour de table de 40 millions d’euros de Medrix, prend la tête.'],
    ['Clarion', EN_LEAD, 'Healthcare led the quarter, helped by the $50 million round of Clarion.'],
  ])('%s', (want, lead, row) => expect(companiesAfterADeal(lead, row)).toEqual(['Acme Labs', want]));
});

describe('round 15: a capitalised sector noun in the descriptor ("La Fintech lyonnaise X") describes the name after it', () => {
  it.each<[string, string]>([
    ['Orvani', 'Derrière elle, la Healthtech nantaise Orvani décroche la troisième place grâce à un tour de table de 5 millions d’euros.'],
    ['Veltro', 'La DeepTech grenobloise Veltro grimpe sur le podium avec une levée de 6 millions d’euros.'],
  ])('%s', (want, row) => expect(companiesAfterADeal(FR_LEAD, row)).toEqual(['Acme Labs', want]));
});

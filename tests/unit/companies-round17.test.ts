/**
 * Which company raised, round 17: shapes that recurred in the blind misses of batches 8–12, read by the clause reader of
 * companies.ts (invented rows, English and French; each fails without its rule). Negatives: companies-round17.negatives.test.ts.
 *
 * 1. The opening name's appositive without an article (OPENING_APPOSITIVE in subjectBefore): a possessor ("Acme, Europe’s
 *    online optician, has closed") or a bare role noun ("Kiplo, leader européen du …, a levé"), also after a list marker
 *    ("1) Acme, …"). Before, no subject was read and the figure went to the deal just read (or a word of the paragraph before).
 * 2. A fronted gerund whose source list holds commas (frontedPhraseEnd in openingSubject): "Après avoir levé § auprès de A, B
 *    et C, elle …", "After raising § from A, B and C, Acme …". Before, the second investor of the list was read as the raiser.
 * 3. A French reporting verb with a perfect infinitive before the participle (REPORTED_INFINITIVE_TAIL in stripTail): "La
 *    start-up a annoncé le 12 mars avoir levé §", "X affirme avoir bouclé §". Before, no subject was read (the English "said it
 *    had raised" was already stripped), and the figure went to the deal just read or to no one.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

/** The companies of the deals read from a deal just told, then the row. */
const companiesAfterADeal = (lead: string, row: string) => readFunding({ paragraphs: [lead, row] }).deals.map((d) => d.company);
/** The companies of the deals read from the row alone. */
const companies = (row: string) => readFunding({ paragraphs: [row] }).deals.map((d) => d.company);
const FR_LEAD = 'Acme Labs a levé 9 millions d’euros auprès de Partech.';
const EN_LEAD = 'Acme Labs raised $9 million from Sequoia.';

describe('round 17: the opening name before an appositive with no article is the subject', () => {
  it.each<[string, string, string]>([
    ['Quillon', EN_LEAD, '2) Quillon, Scandinavia’s leading rental marketplace for cargo bikes, picked up $15 million from Brightwater last week.'],
    ['Norvelta', EN_LEAD, '(3) Norvelta, Africa’s fastest-growing payroll app, has raised $12 million from Harbor Ventures.'],
    ['Tessaro', EN_LEAD, '- Tessaro, maker of the Ostra farm sensors, has secured $6 million in seed funding.'],
    ['Kiplo', FR_LEAD, '2) Kiplo, leader européen du vélo cargo, a levé 5 millions d’euros auprès de Kerlan.'],
    ['Orvani', FR_LEAD, '3) Orvani, spécialiste nantais de la facturation, a bouclé un tour de table de 4 millions d’euros.'],
  ])('%s', (want, lead, row) => expect(companiesAfterADeal(lead, row)).toEqual(['Acme Labs', want]));
});

describe('round 17: a fronted gerund runs over the commas of its source list', () => {
  it.each<[string, string]>([
    ['Quillon', 'After raising $4 million from Harbor Ventures, Pine Street Capital and Oak Lane, Quillon opened an office in Lisbon.'],
    ['Quillon', 'After raising $4 million from Harbor Ventures, Pine Street Capital, and Oak Lane last year, Quillon opened an office in Lisbon.'],
    ['Kiplo', 'Après avoir levé 2 millions d’euros auprès de Kerlan Capital, Ouest Angels et la Banque Verte en 2019, Kiplo a ouvert une usine.'],
  ])('%s after its source list', (want, row) => expect(companies(row)).toEqual([want]));
  // The main clause opens on a pronoun: no name of the list is the raiser.
  it.each<[string, string]>([
    ['elle', 'Après avoir levé 2 millions d’euros auprès de Kerlan Capital, Ouest Angels et la Banque Verte en 2019, elle a ouvert une usine.'],
    ['it', 'After raising $4 million from Harbor Ventures, Pine Street Capital and Oak Lane, it opened an office in Lisbon.'],
  ])('pronoun %s', (_pronoun, row) => {
    const got = companies(row);
    for (const investor of ['Ouest Angels', 'Pine Street Capital', 'Oak Lane', 'la Banque Verte', 'Banque Verte']) expect(got).not.toContain(investor);
  });
});

describe('round 17: a French reporting verb and "avoir" between the subject and the participle', () => {
  it.each<[string, string, string]>([
    ['Orvani', FR_LEAD, 'Orvani affirme avoir bouclé un tour de table de 3 millions d’euros auprès de Kerlan.'],
    ['Talvio', FR_LEAD, 'Dans un communiqué, Talvio a indiqué lundi avoir récolté 4 millions d’euros auprès de business angels.'],
  ])('%s', (want, lead, row) => expect(companiesAfterADeal(lead, row)).toEqual(['Acme Labs', want]));
  // The descriptor subject is then an anaphor: its antecedent is the company the sentence before hands the title to.
  it('la start-up a annoncé … avoir levé', () => {
    const row = 'Le classement du mois est dominé par la foodtech. La palme revient au producteur de levures Kiplo, basé à Nantes. La start-up a annoncé le 12 mars avoir levé 25 millions d’euros.';
    expect(companies(row)).toEqual(['Kiplo']);
  });
});

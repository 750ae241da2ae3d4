/**
 * The raiser and the money, round 21: structural readers from shapes that recurred in the blind misses of batches 8–14 and in
 * fresh pages of other outlets (invented rows, English and French; each positive row fails without its rule).
 * Negatives: companies-round21.negatives.test.ts.
 *
 * (The East African shillings of the same round are in money-round21.test.ts.)
 * 1. A courtesy title opening a company's name (companies.ts, titledCompanyName): "Mr Kiplo Farms, a … firm, raised" keeps the
 *    "Mr" when the clause describes the whole as a company (a company-kind noun before the title, or a company-kind appositive
 *    after the name). Before, the title was dropped as a person's.
 * 2. A possessive inside a name after a company-kind noun (companies.ts, possessedCompanyName): "mobile start-up Kiplo’s Garden
 *    raised" is one name; before, only the part after the possessive was read ("Garden").
 * 3. The people an article names (personNames): the names listed after a plural founders' noun ("co-founders A and B") and a
 *    name followed by a relative of identity ("A, who is CEO of …"), so that neither is read as the antecedent of "the company".
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';
import { personNames } from '../../utils/companies';

/** The companies of the deals read from the paragraphs. */
const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 21: a courtesy title opening a company name described as a company', () => {
  it.each<[string, string]>([
    ['Mr Kiplo Farms', 'Mr Kiplo Farms, a Nairobi-based agri-trading firm, raised $2 million from impact investors.'],
    ['Dr. Tilvo', 'Dr. Tilvo, the footwear brand, has secured $15 million in a Series B round.'],
    ['Mr Orvani', 'La plateforme Mr Orvani a levé 10 millions d’euros auprès de Partech.'],
    ['Mrs Quorly', 'Snack maker Mrs Quorly raised $4 million in seed funding.'],
  ])('%s', (want, row) => expect(companies(row)).toEqual([want]));
});

describe('round 21: a possessive inside a name introduced by a company-kind noun', () => {
  it.each<[string, string]>([
    ['Kiplo’s Garden', 'Mobile start-up Kiplo’s Garden raised $4 million in a seed round.'],
    ['Tilvo’s Kitchen', 'Also, meal-kit startup Tilvo’s Kitchen, raised $6 million led by Harbor Ventures.'],
    ['Orvani’s Table', 'La start-up Orvani’s Table a levé 3 millions d’euros auprès de Partech.'],
  ])('%s', (want, row) => expect(companies(row)).toEqual([want]));
});

describe('round 21: people named by a plural founders’ noun or a relative of identity', () => {
  it.each<[string, string]>([
    ['paul orvani', 'It is growing fast, which co-founders Jane Kiplo and Paul Orvani say is due to its team.'],
    ['orvani', 'It is growing fast, which co-founders Jane Kiplo and Paul Orvani say is due to its team.'],
    ['marc tilvo', 'Ses cofondateurs Anne Quorly et Marc Tilvo ont quitté la banque en 2019.'],
    ['jane kiplo', 'Jane Kiplo, who is CEO of Acme, left a bank to start it.'],
    ['marc tilvo', 'Marc Tilvo, qui est le PDG de la société, a quitté la banque en 2019.'],
  ])('%s', (name, text) => expect(personNames(text).has(name)).toBe(true));
});

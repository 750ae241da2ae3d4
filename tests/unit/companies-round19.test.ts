/**
 * Which company raised, round 19: structural readers of the raiser's noun phrase, from shapes that recurred in the blind misses
 * of batches 8–13 and in fresh pages of other outlets (invented rows, English and French; each fails without its rule).
 * Negatives: companies-round19.negatives.test.ts.
 *
 * 1. A location appositive after the name (LOCATION_APPOSITIVE in subjectBefore): "Kiplo Bio Inc., of Norwood, Mass., said it
 *    raised §", "Orvani Systems of Dayton, OH, raised §". The place and its state are where the company sits; before, the state
 *    ("Mass", "OH") was read as the raiser.
 * 2. An appositive opening with a market or place acronym (OPENING_APPOSITIVE): "Kiplo, B2B provider of …, raised §", "Orvani,
 *    D2C maker of …, raised §", "Tilvo, UK-based maker of …, raised §". Before, the aside was not read as one and the deal went to
 *    the name of the line before.
 * 3. Whatever sits between a French reporting verb and "avoir" (REPORTED_INFINITIVE_TAIL), read by shape: up to four words
 *    ("a annoncé jeudi matin avoir réuni §", "affirme ce matin avoir bouclé §") or a short aside set off by commas ("a annoncé,
 *    mercredi 12 mars, avoir levé §"). Before, only listed date shapes were; the subject was not read and the deal went to the
 *    company of the paragraph before.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

/** The companies of the deals read from the paragraphs. */
const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);
const EN_LEAD = 'Acme Labs raised $9 million from Sequoia.';
const FR_LEAD = 'Acme Labs a levé 9 millions d’euros auprès de Partech.';

describe('round 19: a location appositive after the name is no raiser', () => {
  it.each<[string, string]>([
    ['Kiplo Bio Inc', 'Kiplo Bio Inc., of Norwood, Mass., said it closed a $30 million series B financing led by Harbor Ventures.'],
    ['Orvani Systems', 'Orvani Systems of Dayton, OH, raised $12 million in a series A round.'],
    ['Tilvo Therapeutics Inc', 'Tilvo Therapeutics Inc., of Boulder, Colo., has raised $8 million in seed funding.'],
    ['Quorly Medical', 'Quorly Medical, of Lyon, France, said it raised $5 million from Harbor Ventures.'],
  ])('%s', (want, row) => expect(companies(EN_LEAD, row)).toEqual(['Acme Labs', want]));
});

describe('round 19: an appositive may open with a market or place acronym', () => {
  it.each<[string, string, string]>([
    ['Kiplo', EN_LEAD, '🇩🇪 Kiplo, B2B provider of a payroll platform for bakeries, raised $7 million.'],
    ['Orvani', EN_LEAD, '🇪🇸 Orvani, D2C maker of plant-based snacks, raised $3 million.'],
    ['Tilvo', EN_LEAD, '🇬🇧 Tilvo, UK-based maker of soil sensors, has raised $4 million.'],
    ['Quorly', FR_LEAD, '🇧🇪 Quorly, B2B éditeur d’un logiciel de paie, a levé 2 millions d’euros.'],
  ])('%s', (want, lead, row) => expect(companies(lead, row)).toEqual(['Acme Labs', want]));
});

describe('round 19: a time or an aside between a French reporting verb and "avoir"', () => {
  it.each<[string, string]>([
    ['Kiplo', 'La start-up Kiplo a annoncé, mercredi 12 mars, avoir levé 15 millions d’euros auprès de Harbor Ventures.'],
    ['Orvani', 'Orvani a indiqué, ce lundi, avoir bouclé un tour de table de 8 millions d’euros.'],
    ['Tilvo', 'Le site Tilvo a annoncé, le 4 avril, avoir réuni 6 millions d’euros.'],
    ['Quorly', 'Quorly a confirmé, dans un communiqué, avoir levé 3 millions d’euros.'],
    ['Kiplo', 'La jeune pousse Kiplo a annoncé jeudi matin avoir réuni 15 millions d’euros.'],
    ['Tilvo', 'La medtech Tilvo affirme ce matin avoir bouclé une levée de 6 millions d’euros.'],
  ])('%s', (want, row) => expect(companies(FR_LEAD, row)).toEqual(['Acme Labs', want]));
});

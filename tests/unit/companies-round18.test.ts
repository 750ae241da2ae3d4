/**
 * Which company raised, round 18: shapes that recurred in the blind misses of batches 8–13, read by the name reader of
 * companies.ts (invented rows, English and French; each fails without its rule). Negatives: companies-round18.negatives.test.ts.
 *
 * 1. A round's letter before its owner (withoutRoundLetter in nameRuns): "la série B de Kiplo (§)" names Kiplo, not "B de Kiplo";
 *    "la série A de Quorly (§)", whose "A" the run finder drops as an article, names Quorly, not "de Quorly".
 * 2. A pictograph as a list marker (LIST_MARKER_ONLY): "🇫🇷 Kiplo, developer of …, raised §" reads the opening name before its
 *    appositive as after "1)" or "•". Before, the deal went to the name of the line before.
 * 3. A numeric date left before the name by the scrape (withoutDatePrefix): "2021-04-12 Kiplo Robotics raised §" names Kiplo
 *    Robotics, "12/03/2021 Orvani lève §" names Orvani.
 * 4. A Title Case headline's verb of movement before "From"/"Out Of" (withoutHeadlineVerb): "Kiplo Emerges From Stealth With §"
 *    names Kiplo, not "Kiplo Emerges".
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

/** The companies of the deals read from the paragraphs. */
const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);
const EN_LEAD = 'Acme Labs raised $9 million from Sequoia.';
const FR_LEAD = 'Acme Labs a levé 9 millions d’euros auprès de Partech.';

describe('round 18: a round letter before "de"/"of" is the round, its owner the name', () => {
  it.each<[string[], string]>([
    [['Kiplo', 'Quorly'], 'Deux levées dominent le mois : la série B de Kiplo (20 millions d’euros) et la série A de Quorly (5 millions d’euros).'],
    [['Orvani', 'Quorly'], 'Les levées du mois : la série C d’Orvani (40 millions d’euros), suivie de la série A de Quorly (6 millions d’euros).'],
  ])('%j', (want, row) => expect(companies(row)).toEqual(want));
});

describe('round 18: a pictograph opening a deal line is a list marker', () => {
  it.each<[string, string, string]>([
    ['Kiplo', EN_LEAD, '🇫🇷 Kiplo, developer of a cargo-bike rental platform, raised $6.7 million.'],
    ['Orvani', EN_LEAD, '🇵🇹 Orvani, food startup founded by two former bankers, raised $4 million.'],
    ['Tilvo', EN_LEAD, '👉 Tilvo, maker of soil sensors for vineyards, has secured $3 million.'],
    ['Quorly', FR_LEAD, '🇧🇪 Quorly, spécialiste liégeois de la paie, a levé 2 millions d’euros.'],
  ])('%s', (want, lead, row) => expect(companies(lead, row)).toEqual(['Acme Labs', want]));
});

describe('round 18: a numeric date before the name is no part of it', () => {
  it.each<[string, string]>([
    ['Kiplo Robotics', 'date 2021-04-12 Kiplo Robotics raised $12 million in series A funding.'],
    ['Tilvo Health', '2022-06-01 Tilvo Health has closed a $5 million seed round.'],
    ['Orvani', '12/03/2021 Orvani lève 3 millions d’euros auprès de Kerlan.'],
    ['Quorly', 'date 2023-06 Quorly a bouclé un tour de table de 4 millions d’euros.'],
  ])('%s', (want, row) => expect(companies(row)).toEqual([want]));
});

describe('round 18: a Title Case headline verb before "From" ends the subject', () => {
  it.each<[string, string]>([
    ['Kiplo', 'Kiplo Emerges From Stealth With $4 Million Seed Round'],
    ['Quorly', 'Quorly Graduates From Accelerator With $6 Million Seed Round'],
  ])('%s', (want, row) => expect(companies(row)).toEqual([want]));
});

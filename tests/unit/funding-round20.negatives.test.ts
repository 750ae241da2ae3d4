import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 20, look-alikes (invented sentences, EN and FR). Review of round 19, finding 1: an institution that "received funding
// from" a grant-maker got a grant or a sponsorship, not a round (INSTITUTION_RAISER, NOT_A_BACKER_SOURCE in amountless-rounds.ts).
describe('round 20: institutions and grant-makers are not a round', () => {
  const rows: [string, string][] = [
    ['a hospital funded by a trust (EN)', 'The Pembury Infirmary Hospital received funding from the Calder Medical Trust to test a new triage method.'],
    ['a food bank funded by a retailer (EN)', 'The Ashgrove Food Bank secured funding from Morrowfield Stores to open on Sundays.'],
    ['a festival funded by a council (EN)', 'The Wendle Folk Festival has received funding from Tarnshire Council for next summer.'],
    ['a university funded by a region (FR)', 'L’Université de Brumelune a obtenu un financement de la part de la Région Kestrie pour son laboratoire.'],
    ['a museum backed by a foundation (FR)', 'Le musée de Folavie a obtenu un financement de la part de la Fondation Saltmarsh pour sa rénovation.'],
    ['a company funded by a grant-maker (EN)', 'Tarnwick secured funding from the Copsewood Foundation to pilot its water sensors.'],
    // Review B finding 6: the institution rule alone, its backer an ordinary company or fund.
    ['a hospital funded by a company (EN)', 'The Brindle Children’s Hospital received funding from Copperleaf Partners to open a new ward.'],
    ['an orchestra funded by a carmaker (EN)', 'The Harlow Youth Orchestra has secured funding from Quellish Motors for its tour.'],
    ['a school funded by a fund (FR)', 'L’école de Brumelune a obtenu un financement de la part de Saltmarsh Capital.'],
    // A place after the grant-maker's head stays in its name.
    ['a grant-maker named with its place (EN)', 'Tarnwick secured funding from Arts Council England to pilot its sensors.'],
  ];
  it.each(rows)('%s', (_label, sentence) => {
    expect(readFunding({ paragraphs: [sentence] }).deals).toEqual([]);
  });
});

// Look-alikes of POSTPOSED_TOTAL_AFTER: one company's money retold with a postposed participle stays its round.
describe('round 20: one company’s money with a postposed participle stays a round', () => {
  const rows: [string, string, string][] = [
    ['a singular raiser after "par" (FR)', 'Les 20 millions d’euros levés par la start-up Quellish serviront à recruter.', 'Quellish'],
    ['a round noun after "in" (EN)', 'Tarnwick, with $12 million raised in a seed round led by Copperleaf, plans to hire.', 'Tarnwick'],
    ['a sector word before a singular company noun (EN)', 'The CHF20 million received by the medtech company Quellish will fund a trial.', 'Quellish'],
  ];
  it.each(rows)('%s', (_label, sentence, company) => {
    expect(readFunding({ paragraphs: [sentence] }).deals.map((d) => d.company)).toContain(company);
  });
});

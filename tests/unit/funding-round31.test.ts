/**
 * Funding, round 31 (group 1, the deal assembly): the binder (funding.ts bindParticipants). A sentence with no figure of its own
 * that refers to a round ("the round", "this early seed round", "the transaction", "l'opération", "ce tour de table") gives the
 * participants it names (investors.ts participantsNamedIn) to the deal that round refers to: the deal read last, also several
 * sentences after it; the owner's deal when the round is told as a named company's ("Northwind’s Series A"). Shapes: 384
 * VentureBeat ("Existing backers … also contributed to the round", eleven sentences after the headline's deal), 411 TechCrunch
 * ("Others in this early seed round … include", six sentences after its deal), fresh FR/EN press releases of the same shape.
 * Invented rows in English and French; each positive fails with its rule off (checked). Look-alikes:
 * funding-round31.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const read = (paragraphs: string[]) => readFunding({ paragraphs }).deals;
const investorsOf = (paragraphs: string[], company: string) => read(paragraphs).find((d) => d.company === company)?.investors ?? [];

const FILLER_EN = ['The company plans to hire forty engineers next year.', 'Its software schedules warehouse fleets for retailers.', 'Founded in 2019, it now serves customers in nine countries.'];
const FILLER_FR = ['Elle compte recruter une trentaine de personnes.', 'Sa plateforme planifie les tournées des entrepôts.', 'Fondée en 2019, elle est présente dans neuf pays.'];

describe('round 31: a figureless sentence about the round gives its participants to that round', () => {
  it.each<[string[], string, string[]]>([
    [
      ['Northwind Robotics raised $12 million in a Series A round led by Kestrel Ventures.', ...FILLER_EN, 'Existing backers Orbis Capital and Bluefin Partners also contributed to the round.'],
      'Northwind Robotics', ['Orbis Capital', 'Bluefin Partners'],
    ],
    [
      ['Northwind Robotics raised $12 million in a Series A round led by Kestrel Ventures.', ...FILLER_EN, 'Existing investors Orbis Capital and Bluefin Partners returned for the round.'],
      'Northwind Robotics', ['Orbis Capital', 'Bluefin Partners'],
    ],
    [
      ['Northwind Robotics raised $1.5 million in seed funding.', ...FILLER_EN, 'Others in this early seed round include Orbis Capital and Bluefin Partners.'],
      'Northwind Robotics', ['Orbis Capital', 'Bluefin Partners'],
    ],
    [
      ["La start-up lyonnaise Velmora a levé 8 millions d'euros auprès de Granit Ventures.", ...FILLER_FR, 'Ses actionnaires historiques Azur Capital et Tondaro Partners ont remis au pot dans ce tour de table.'],
      'Velmora', ['Granit Ventures', 'Azur Capital', 'Tondaro Partners'],
    ],
    [
      ["La start-up lyonnaise Velmora a levé 8 millions d'euros auprès de Granit Ventures.", ...FILLER_FR, 'Azur Capital et Tondaro Partners ont également souscrit à cette levée.'],
      'Velmora', ['Granit Ventures', 'Azur Capital', 'Tondaro Partners'],
    ],
    [
      ["La start-up lyonnaise Velmora a levé 8 millions d'euros auprès de Granit Ventures.", ...FILLER_FR, 'Azur Capital et Tondaro Partners complètent le tour de table.'],
      'Velmora', ['Granit Ventures', 'Azur Capital', 'Tondaro Partners'],
    ],
  ])('row %#', (paragraphs, company, want) => expect(investorsOf(paragraphs, company)).toEqual(want));
});


/**
 * Funding, round 32 look-alikes (funding-round32.test.ts): pronoun-led lists that name no backers of the round, and profiles of
 * another company that stay off the deal. A portfolio, a fund's raise, projects, the founders of a company, a partner told "in
 * partnership with", a roundup's other company. Invented rows, English and French.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const read = (paragraphs: string[]) => readFunding({ paragraphs }).deals;
const backers = (paragraphs: string[]) => read(paragraphs).map((d) => `${d.company}:${d.status}:${[...d.leadInvestors, ...d.investors].join('|')}`);

describe('round 32: a pronoun-led list that names no backers of the round', () => {
  it.each<[string[], string[]]>([
    // The group before is a portfolio, not backers.
    [
      ['Northwind Robotics raised $12 million in a Series A round led by Kestrel Ventures.', 'Kestrel Ventures has backed a dozen logistics startups since its first fund. They include Orbis Freight, Bluefin Cargo and Tondaro.'],
      ['Northwind Robotics:announced:Kestrel Ventures'],
    ],
    // The money's uses: "funds" names no backers.
    [
      ['Northwind Robotics raised $12 million in a Series A round led by Kestrel Ventures.', 'The funds from the round will go to three projects. These include Orbis Port and Bluefin Yard.'],
      ['Northwind Robotics:announced:Kestrel Ventures'],
    ],
    // The company's founders, with no lead verb before them.
    [
      ['Velmora has secured $3 million in a seed funding round led by Kestrel Ventures.', 'The round comes two years after its founders left their jobs. They were Jane Aldwin and Marc Ostrava.'],
      ['Velmora:announced:Kestrel Ventures'],
    ],
    // A fund's own investors.
    [
      ['Northwind Robotics raised $12 million in a Series A round led by Kestrel Ventures.', 'Kestrel Ventures closed its third fund this year with new investors in the fund. They include Orbis Pension and Bluefin Insurance.'],
      ['Northwind Robotics:announced:Kestrel Ventures'],
    ],
    // A list far from any deal (another paragraph after several sentences).
    [
      ['Northwind Robotics raised $12 million in a Series A round led by Kestrel Ventures.', 'The company plans to hire forty engineers.', 'Its software schedules fleets.', 'Founded in 2019, it serves nine countries.', 'Investors in the sector keep asking for a new round. They include Orbis Capital and Bluefin Partners.'],
      ['Northwind Robotics:announced:Kestrel Ventures'],
    ],
    // French: a portfolio.
    [
      ["La start-up lyonnaise Velmora a levé 8 millions d'euros auprès d'Azur Capital.", 'Azur Capital a financé dix jeunes pousses depuis 2015. Parmi elles, Quillfield et Tondaro.'],
      ['Velmora:announced:Azur Capital'],
    ],
  ])('row %#', (paragraphs, want) => expect(backers(paragraphs)).toEqual(want));
});

describe('round 32: a profile of another company keeps its backers', () => {
  it.each<[string[], string[]]>([
    // Another company opening the sentence with an apposition: its backers are its own.
    [
      ['Northwind Robotics closed a Series D funding round, raising $80 million.', 'The round was spearheaded by Orbis Capital.', 'Quillfield, a rival in Lyon, counts investors such as Bluefin Partners and Kestrel Ventures.'],
      ['Northwind Robotics:announced:Orbis Capital'],
    ],
    // A partner told "in partnership with", after a fronted co-investor.
    [
      ['Northwind Robotics closed a Series D funding round, raising $80 million.', 'The round was spearheaded by Orbis Capital.', 'Alongside Orbis Capital, the company will run a pilot in partnership with Bluefin Ports.'],
      ['Northwind Robotics:announced:Orbis Capital'],
    ],
  ])('row %#', (paragraphs, want) => expect(backers(paragraphs)).toEqual(want));
});

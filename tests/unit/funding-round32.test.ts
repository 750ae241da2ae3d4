/**
 * Funding, round 32 (group 1, funding assembly): backers the binder dropped.
 * - A list resumed by a plural pronoun ("They included A, B and C", "These include A and B", "Among them were A and B", "Parmi eux,
 *   A et B") after a sentence that told the round and named a group of its backers: the names join that round, as leads when the
 *   group led it ("led by a number of founders").
 * - A sentence opening on a comitative preposition and the round's own lead ("Alongside Orbis, other investors such as A and B
 *   also joined in"): the fronted name is a co-investor, not another company whose backers these are.
 * Invented rows, English and French.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const read = (paragraphs: string[]) => readFunding({ paragraphs }).deals;
const roles = (paragraphs: string[]) => read(paragraphs).map((d) => `${d.company}:${d.status}:L=${d.leadInvestors.join('|')}:I=${d.investors.join('|')}`);

describe('round 32: a backer list resumed by a pronoun joins the round told before it', () => {
  it.each<[string[], string[]]>([
    // Participants: the group is "new investors", taken up by "These include".
    [
      ['Northwind Robotics has raised $12 million in a Series A round.', 'The four new investors in the round are all logistics groups. These include Orbis Capital, Bluefin Partners and Tondaro Holdings.'],
      ['Northwind Robotics:announced:L=:I=Orbis Capital|Bluefin Partners|Tondaro Holdings'],
    ],
    // Leads: "led by a number of founders", taken up by "They included".
    [
      ['Velmora has secured $3 million in a seed funding round.', 'The round was led by a number of European founders. They included Jane Aldwin, Marc Ostrava and Pia Lindqvist.'],
      ['Velmora:announced:L=Jane Aldwin|Marc Ostrava|Pia Lindqvist:I='],
    ],
    // "Among them were".
    [
      ['Quillfield raised $8 million in a Series A round led by Kestrel Ventures.', 'Several angel investors also joined the round. Among them were Orbis Capital and Bluefin Partners.'],
      ['Quillfield:announced:L=Kestrel Ventures:I=Orbis Capital|Bluefin Partners'],
    ],
    // French: "Parmi eux, A et B".
    [
      ["La start-up lyonnaise Velmora a levé 8 millions d'euros.", 'Plusieurs investisseurs ont participé à la levée. Parmi eux, Azur Capital et Tondaro Partners.'],
      ['Velmora:announced:L=:I=Azur Capital|Tondaro Partners'],
    ],
    // A name told with its own raise is the company a founder is told with, not a backer.
    [
      ['Velmora has secured $3 million in a seed funding round.', 'The round was led by a number of founders. They included Jane Aldwin, co-founder of Quillfield (which recently raised $40 million), and Marc Ostrava.'],
      ['Velmora:announced:L=Jane Aldwin|Marc Ostrava:I=', 'Quillfield:past:L=:I='],
    ],
    // A name the list reader cut from a longer one after "CEO of" ("Hill Lindqvist" of "Chapel Hill Lindqvist") is no backer.
    [
      ['Velmora has secured $3 million in a seed funding round.', 'The round was led by a number of founders. They included Jane Aldwin, CEO of Chapel Hill Lindqvist, and Marc Ostrava.'],
      ['Velmora:announced:L=Jane Aldwin|Marc Ostrava:I='],
    ],
  ])('row %#', (paragraphs, want) => expect(roles(paragraphs)).toEqual(want));
});

describe('round 32: a fronted co-investor opens no profile of another company', () => {
  it.each<[string[], string[]]>([
    [
      ['Northwind Robotics closed a Series D funding round, raising $80 million.', 'The round was spearheaded by Orbis Capital.', 'Alongside Orbis Capital, other investors such as Bluefin Partners, Tondaro Holdings and Kestrel Ventures also joined in.'],
      ['Northwind Robotics:announced:L=Orbis Capital:I=Bluefin Partners|Tondaro Holdings|Kestrel Ventures'],
    ],
    // The fronted co-investor was not read before: the preposition alone says it is no company profiled.
    [
      ['Northwind Robotics raised $80 million in a Series D round led by Orbis Capital.', 'Besides Kestrel Ventures, other investors such as Bluefin Partners and Tondaro Holdings also joined in.'],
      ['Northwind Robotics:announced:L=Orbis Capital:I=Bluefin Partners|Tondaro Holdings'],
    ],
    // The lead named in its own apposition, not fronted by a preposition: still the round's syndicate.
    [
      ['Northwind Robotics closed a Series D funding round, raising $80 million.', 'The round was spearheaded by Orbis Capital.', 'Orbis Capital, the lead, brought in other investors such as Bluefin Partners and Kestrel Ventures.'],
      ['Northwind Robotics:announced:L=Orbis Capital:I=Bluefin Partners|Kestrel Ventures'],
    ],
  ])('row %#', (paragraphs, want) => expect(roles(paragraphs)).toEqual(want));
});

/**
 * Funding, round 30 (groups 1 and 3): readers of structure from the blind misses of batches 8–19.
 * (1) A list of rounds told in parentheses ("comme celle de Kiplo (§ auprès de X), de Velmora (§) ou encore de Brisket (§)"):
 *     its entries share the time of the clause that opens the list (funding.ts PAREN_LIST_JOIN).
 * (2) A "when" clause of a year ("since March 2019, when it raised §", "depuis 2017, lorsqu'elle a obtenu §"): the round is
 *     dated by that year (deal-status.ts WHEN_OF_DATED_YEAR).
 * (3) The investor's side: a name told as an investor ("was the lead investor in", INVESTOR_ROLE_PREDICATE), the perfect
 *     participle and the verb of contributing ("had taken part in", "avaient participé à", "contributed § to", lexicon), and a company
 *     kind in the possessive ("the company’s § Series A", KIND_POSSESSOR_BEFORE): the raiser is the company already read.
 * Invented rows in English and French; each fails with its rule off (checked). Look-alikes: funding-round30.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const read = (paragraphs: string[]) => readFunding({ paragraphs }).deals;
const statuses = (paragraphs: string[]) => read(paragraphs).map((d) => `${d.company}:${d.status}`).sort();

describe('round 30: the entries of a list in parentheses share the time of its head', () => {
  it.each<[string, string[]]>([
    [
      "L'année dernière avait été marquée par de grosses levées, comme celle de Kiplo (12 millions d'euros auprès de Quillfield), de Velmora (8 millions d'euros auprès de Tondaro) ou encore de Brisket (5 millions d'euros).",
      ['Brisket:past', 'Kiplo:past', 'Velmora:past'],
    ],
    [
      'Last year had seen several large raises, such as Kiplo ($12 million from Quillfield), Velmora ($8 million from Tondaro) and Brisket ($5 million).',
      ['Brisket:past', 'Kiplo:past', 'Velmora:past'],
    ],
  ])('row %#', (sentence, want) => expect(statuses([sentence])).toEqual(want));
});

describe('round 30: a "when" clause of a year dates its round', () => {
  it.each<[string]>([
    ['Velmora has not raised money since March 2019, when it raised $2.5 million.'],
    ['Velmora has been quiet since the summer of 2018, when it raised $4 million.'],
    ["Kiplo n'a plus sollicité d'investisseurs depuis 2017, lorsqu'elle a obtenu 3 millions d'euros auprès de Quillfield."],
  ])('row %#', (sentence) => expect(read([sentence]).map((d) => d.status)).toEqual(['past']));
});

describe('round 30: a name told as an investor is never the raiser', () => {
  it.each<[string[], string[]]>([
    [['Velmora has raised $40 million in a Series G round.', 'Quillfield was the lead investor in the Series F round in March 2021, which raised $30 million.'], ['Velmora', 'Velmora']],
    [['Velmora closed its Series B at $5 million.', 'The Tondaro fund contributed $400,000 to the Series B, while 12 investors from the company’s $2 million Series A joined as well.'], ['Velmora', 'Velmora']],
    [['Velmora raised $5 million.', 'Quillfield and Tondaro had previously taken part in a $2 million round in 2019.'], ['Velmora', 'Velmora']],
    [["Velmora a levé 5 millions d'euros.", 'Quillfield et Tondaro avaient participé à un tour de 2 millions d’euros en 2019.'], ['Velmora', 'Velmora']],
  ])('row %#', (paragraphs, want) => expect(read(paragraphs).map((d) => d.company)).toEqual(want));
});

/**
 * Round 38 (session 25), near misses of the raisers read in funding-round38-raisers.test.ts: a possessive pronoun after a named
 * subject stays that subject's round; a name that opens with a period adjective stays whole; an article before a place
 * adjective does not make it a name.
 */
import { describe, expect, it } from 'vitest';
import { isOpeningWord } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

const companies = (paragraphs: string[], title: string | null = null) => readFunding({ paragraphs }, { title }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 38 negatives: the named subject keeps its round', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    ['"X announced its § Series A"', ['Velmora announced its $10 million Series A led by Northwind Partners.'], [['Velmora', '$10 million']]],
    ['a deal read just before, then "Y said its § round"', ['Kelbio raised $5 million from Northwind Partners.', 'Velmora said its $10 million round was led by Harbor Capital.'], [['Kelbio', '$5 million'], ['Velmora', '$10 million']]],
    ['a bulleted item naming its own company', ['• Kelbio, a fintech firm, raised $5 million.', '• Velmora, a logistics platform, raised $8 million.'], [['Kelbio', '$5 million'], ['Velmora', '$8 million']]],
    ['EN, an article, a name and its appositive (read before the rule too)', ['The Velmora Company, a maker of orbital cargo capsules, has raised $12 million from Northwind Partners.'], [['Velmora Company', '$12 million']]],
    ['a sector opening the clause, no antecedent read as a company', ['Fintech came second this week.', 'Fintech topped the trend, boosted by its $18 million Series B.'], [[null as unknown as string, '$18 million']]],
    ['a name opening with a period adjective', ['Daily Harvest raised $43 million from Northwind Partners.'], [['Daily Harvest', '$43 million']]],
    ['a name opening with a period adjective in a title', ['The startup raised $43 million from Northwind Partners.'], [['Weekly Pantry', '$43 million']]],
  ])('%s', (_name, paragraphs, expected) => {
    const title = _name.endsWith('in a title') ? 'Weekly Pantry raises $43 million' : null;
    expect(companies(paragraphs, title)).toEqual(expected);
  });
});

describe('round 38 negatives: a name opening with a period adjective is still a name', () => {
  it.each(['Daily Harvest', 'Weekly Pantry', 'Monthly Kitchen'])('%s', (name) => {
    expect(isOpeningWord(name)).toBe(false);
  });
});

/**
 * The company of a deal is never a word capitalised only by its place at a
 * sentence's start ("Cela", "À", "Lire", "Q1 of 2024"), and "their
 * respective § and §" pairs names and figures like "respectively" does.
 * Batch 6 showed both (228 "Cela", 236 "À", 237 "Lire", 238 "Q1 of 2024",
 * 233 "their respective … paydays"); the rows are other instances. Also
 * investor lists the scrape cut across two paragraphs (funding.ts reads the
 * next paragraph on when investors.continuesInvestorList says so).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

function companies(paragraphs: string[]): Array<[string | null, number | null]> {
  return readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.value ?? null]);
}

describe('the company is a name, not an opening word', () => {
  const cases: Array<[name: string, paragraphs: string[], expected: Array<[string | null, number | null]>]> = [
    ['a question opening with "À" before the raise', ['À quoi servira ce financement ?', 'Yakkey a levé 12 millions de dollars auprès de Partech.'], [['Yakkey', 12e6]]],
    ['a time phrase opening the sentence', ['Q1 of 2024 saw Moove raise $110m in debt.'], [['Moove', 110e6]]],
    ['"their respective" pairs in order', ['Igneous Systems and Extra-Hop closed their respective $24 million and $41 million Series B rounds.'], [['Igneous Systems', 24e6], ['Extra-Hop', 41e6]]],
  ];
  it.each(cases)('%s', (_name, paragraphs, expected) => {
    expect(companies(paragraphs)).toEqual(expected);
  });
});

describe('negatives: opening words never become the company', () => {
  const cases: Array<[name: string, paragraphs: string[], never: string]> = [
    ['"Cela" opening a sentence about an earlier raise', ['Cela fait suite à une levée de 12 millions de dollars réalisée par Yakkey en 2023.', 'Yakkey compte désormais 40 salariés.'], 'Cela'],
    ['"Despite" opening the sentence', ['Despite the downturn, Borealis raised $8 million in a seed round.'], 'Despite'],
    ['"H2 2023" as the sentence subject', ['H2 2023 was quiet, but Cobalt raised $15 million.'], 'H2 2023'],
    ['"respective" with one figure pairs nothing', ['Acme and Brio kept their respective teams after Acme raised $5 million.'], 'Brio'],
  ];
  it.each(cases)('%s', (_name, paragraphs, never) => {
    const names = companies(paragraphs).map(([c]) => c);
    expect(names.length).toBeGreaterThan(0);
    expect(names).not.toContain(never);
  });
});

describe('an investor list cut across two paragraphs is read whole', () => {
  const cases: Array<[name: string, paragraphs: string[], leads: string[], investors: string[]]> = [
    ['a comma then "and" on the next line', ['Acme raised $10 million in a Series A led by Accel, with participation from Index Ventures,', 'and Seedcamp.'], ['Accel'], ['Index Ventures', 'Seedcamp']],
    ['French, cut after "et"', ['Lumio a levé 5 millions d’euros auprès de Partech, Elaia et', 'Kima Ventures.'], [], ['Partech', 'Elaia', 'Kima Ventures']],
    // Negative: a closed sentence; the next paragraph's "And Seedcamp" is another story.
    ['a closed list stays closed', ['Acme raised $10 million in a Series A led by Accel.', 'And Seedcamp, a London fund, is hiring.'], ['Accel'], []],
  ];
  it.each(cases)('%s', (_name, paragraphs, leads, investors) => {
    const deal = readFunding({ paragraphs }).deals[0];
    expect(deal?.leadInvestors).toEqual(leads);
    expect(deal?.investors).toEqual(investors);
  });
});

describe("a headline's investors go to the deal the headline names", () => {
  const cases: Array<[title: string, paragraphs: string[], expected: Array<[string | null, string[]]>]> = [
    ['Sequoia and Accel back Borealis in $28 million round', ['Cobalt raised $620 million in a Series C led by Tiger Global.', 'Separately, Borealis raised $28 million in a Series A.'], [['Cobalt', []], ['Borealis', ['Sequoia', 'Accel']]]],
    ['Borealis raises $28 million from Sequoia and Accel', ['Borealis raised $28 million in a Series A.'], [['Borealis', ['Sequoia', 'Accel']]]],
    // Negative: a headline with no investors adds none.
    ['Weekly funding roundup', ['Cobalt raised $620 million in a Series C led by Tiger Global.'], [['Cobalt', []]]],
  ];
  it.each(cases)('%s', (title, paragraphs, expected) => {
    expect(readFunding({ paragraphs }, { title }).deals.map((d) => [d.company, d.investors])).toEqual(expected);
  });
});

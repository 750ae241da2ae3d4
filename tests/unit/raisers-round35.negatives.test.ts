/**
 * Negatives of raisers-round35.test.ts: what the flag blanking and the new places (US states, provinces) must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, [...d.leadInvestors, ...d.investors]]);

describe('round 35 negatives: flags', () => {
  it.each<[string, string[], unknown[]]>([
    ['EN: no flag, the same rows', ['Nalvo raised a $4 million seed round led by Tarvel Capital.', 'Kelbio raised $2.5 million in a round led by Ostra Ventures to open a lab.'], [['Nalvo', ['Tarvel Capital']], ['Kelbio', ['Ostra Ventures']]]],
    ['EN: flags after each backer keep the backers', ['Kelbio raised $3 million led by Tarvel Capital 🇺🇸 with funding from Ostra Ventures 🇬🇧 and Pell Partners 🇫🇷.'], [['Kelbio', ['Tarvel Capital', 'Ostra Ventures', 'Pell Partners']]]],
    ['FR: a flag before a name in a sentence with no round', ['🇫🇷 Nalvo ouvre un bureau à Lyon et recrute vingt ingénieurs.'], []],
  ])('%s', (_name, paragraphs, expected) => {
    expect(deals(...paragraphs)).toEqual(expected);
  });
});

describe('round 35 negatives: a state word inside a company name keeps the name', () => {
  it.each<[string, string[], unknown[]]>([
    ['EN: "Montana Labs", "Kansas City-based Tarvo"', ['Montana Labs raised $3 million in seed funding.', 'Kansas City-based Tarvo raised $2 million from Ostra Ventures.'], [['Montana Labs', []], ['Tarvo', ['Ostra Ventures']]]],
    ['FR: "Nevada Énergie a levé §"', ['Nevada Énergie a levé 2 millions d’euros auprès de Tarvel.'], [['Nevada Énergie', ['Tarvel']]]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(deals(...paragraphs)).toEqual(expected);
  });
});

/**
 * Negatives of raisers-round35.test.ts: what the flag blanking must leave alone.
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

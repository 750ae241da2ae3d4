import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

/** The deal of `company` read from paragraphs: its leads and participants. */
function backers(paragraphs: string[], company: string): string[] {
  const deal = readFunding({ paragraphs }).deals.find((d) => d.company === company);
  return deal ? [...deal.leadInvestors, ...deal.investors] : [];
}

describe('round 9 attachment negatives: the same company in other words still gets its backers', () => {
  const rows: [string, string[], string, string[]][] = [
    // A fronted phrase naming the deal's own company is no profile of another one.
    ['fronted "At X," (EN)', ['Onena raised CHF 3 million in a seed round.', 'At Onena, the money has come from Aventeca Partners and Zürcher Kantonalbank.'], 'Onena', ['Aventeca Partners', 'Zürcher Kantonalbank']],
    ['fronted "Chez X," (FR)', ['Kiplo lève 5 millions d’euros en amorçage.', 'Chez Kiplo, l’argent vient de Kima Ventures et de Side Capital.'], 'Kiplo', []],
    // The round told in the sentence: the backers are the round's, whatever opens the sentence.
    ['round word in the sentence (EN)', ['Acme raised a $5 million Series A.', 'The round, which closed in May, was led by Sequoia with participation from Accel.'], 'Acme', ['Sequoia', 'Accel']],
    ['same company named (EN)', ['Acme raised a $5 million Series A.', 'Acme, based in Berlin, said the round was led by Sequoia.'], 'Acme', ['Sequoia']],
  ];
  it.each(rows)('%s', (_label, paragraphs, company, own) => {
    const got = backers(paragraphs, company);
    for (const name of own) expect(got).toContain(name);
  });
});

/**
 * Round 40 (funding recall): a digest's entry "Owner’s § <descriptor> raise/round" is that owner's round, with one or two free
 * descriptors between the figure and the round noun that NOUN_AFTER's closed list does not know (deals.ts DESCRIBED_ROUND_AFTER):
 * "Myco’s $1.5 million Web3 raise" (840, AFN News), "Curefoods’ Rs 160 crore ($18 million) pre-IPO placement" (540, Entrackr).
 * Negatives: no possessive owner, a deal that is no round noun.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const rounds = (sentence: string) =>
  readFunding({ paragraphs: [sentence] }).deals.filter((d) => d.amount !== null).map((d) => [d.company, d.amount!.text]);

describe('round 40: an owner’s figure with a described raise or round is its round', () => {
  it.each<[string, string, string, string]>([
    ['840', 'It was followed by BusCaro’s $2 million hybrid deal, Myco’s $1.5 million Web3 raise, Metric’s $1.3 million fintech seed round, and ScholarBee’s $350,000 convertible note.', 'Myco', '$1.5 million'],
    ['540', 'Other key raises included Curefoods’ Rs 160 crore ($18 million) pre-IPO placement from 3State Ventures, Vedantu’s $11 million round, and KisanKonnect’s $8 million funding.', 'Curefoods', 'Rs 160 crore'],
  ])('%s', (_label, sentence, company, amount) => {
    expect(rounds(sentence)).toContainEqual([company, amount]);
  });
});

describe('round 40: without an owner or a round noun, no described round', () => {
  it.each<[string, string, string]>([
    ['a deal is no round noun', 'BusCaro’s $2 million hybrid deal was the largest of the quarter.', '$2 million'],
    ['no owner', 'The $1.5 million Web3 raise was the second largest of the quarter.', '$1.5 million'],
  ])('%s', (_label, sentence, amount) => {
    expect(rounds(sentence).filter(([, a]) => a === amount)).toEqual([]);
  });
});

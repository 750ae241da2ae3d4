import { describe, expect, it } from 'vitest';
import { findAmountlessRounds } from '../../utils/amountless-rounds';
import { readFunding } from '../../utils/funding';

// Sentences that look like list rounds but tell none (rows invented, English and French).
const negatives: string[] = [
  // No round noun after the shared verb.
  'Apple, Google and Meta all announced layoffs this month.',
  'Orbital Farms and Quiet Lab both closed their offices in Lyon.',
  'Qonto et Alan ont toutes deux annoncé des recrutements.',
  // A single name is no list.
  'Only Pocketly each raising growth stage rounds would be odd.',
  // The completion of something other than a round.
  'Acme announced the completion of its acquisition of Beta.',
  'Tessera Bio a annoncé la finalisation de son rachat de Kiplo.',
  // Invested in places, sectors or one company: no portfolio list.
  'Investors have invested in Paris and London over the years.',
  'The fund invested in startups such as fintech and healthtech.',
  'Kestrel Ventures invested in the company’s shares.',
  'Partech a investi dans la santé et l’éducation.',
  'Sequoia invested in Harbor Maps.',
  // A portfolio list stops at "as part of", "through": what follows is not a company.
  'Temasek has invested in Ledgerly as part of a collective Series A.',
  // A round "for" a non-name, or a participation (a share of a round told elsewhere with its figure).
  'Sequoia led a funding round for the company.',
  'She led a round for London startups.',
  'In April, the firm participated in a series C funding round for Kestrel Labs.',
];

describe('amountless list rounds: negatives', () => {
  it.each(negatives)('%s', (sentence) => {
    expect(findAmountlessRounds(sentence, null)).toEqual([]);
  });
});

// Money that went somewhere without being a round: no investment words, a place, a fee.
const notRecipients: string[] = [
  'The prize of 50,000 euros went to chef Marco Rossi.',
  'Most of the new investment, €300 million, went to France.',
  'Le financement reçu par Lyon, 3 millions d’euros, ira aux écoles.',
  'The $2 million in legal fees went to Baker Street Partners, the court said.',
];

describe('money that went somewhere: negatives', () => {
  it.each(notRecipients)('%s', (paragraph) => {
    expect(readFunding({ paragraphs: [paragraph] }).deals).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findAmountlessRounds } from '../../utils/amountless-rounds';
import { readFunding } from '../../utils/funding';

// Rounds told without a figure in list sentences: every listed company is one round (rows invented, English and French).
const rows: Array<{ sentence: string; companies: string[]; investor?: string | null; past?: boolean }> = [
  // A list governed by one verb and a round noun, with a quantifier ("all", "each", "both", "ont toutes").
  { sentence: 'Moreover, startups such as Blue Quill, Hexa Robotics, and Tarn Energy all announced their Pre-A financing in June.', companies: ['Blue Quill', 'Hexa Robotics', 'Tarn Energy'], past: false },
  { sentence: 'Fintech remained busy, with lenders Pocketly, Crown Ledger and NovaPay each raising growth stage rounds.', companies: ['Pocketly', 'Crown Ledger', 'NovaPay'] },
  { sentence: 'Orbital Farms and Quiet Lab both closed their seed rounds last month.', companies: ['Orbital Farms', 'Quiet Lab'] },
  { sentence: 'Qonto et Alan ont toutes deux bouclé leur tour de table cette année.', companies: ['Qonto', 'Alan'] },
  { sentence: 'Les pépites Lumio, Kerala et Vetra ont chacune levé des fonds en série A.', companies: ['Lumio', 'Kerala', 'Vetra'] },
  // One company closing a round it names, no figure.
  { sentence: 'Going back to March, Pelican Drones announced the completion of its "Angel++" financing.', companies: ['Pelican Drones'] },
  { sentence: 'Tessera Bio, a maker of enzymes, also announced the completion of its Series B round in the same month.', companies: ['Tessera Bio'] },
  { sentence: 'La startup Brindle a annoncé la clôture de sa levée de fonds d’amorçage.', companies: ['Brindle'] },
  // An investor's plain portfolio list: history, the investor the subject when named.
  { sentence: 'The fund also invested in Cobalt Grid, AI-driven insurtech firm Shieldly, a payments startup Tollbox, among others.', companies: ['Cobalt Grid', 'Shieldly', 'Tollbox'], investor: null, past: true },
  { sentence: 'Kestrel Ventures invested in Harbor Maps and Pine Logic.', companies: ['Harbor Maps', 'Pine Logic'], investor: 'Kestrel Ventures', past: true },
  // An investor leading a round whose company follows "for".
  { sentence: 'Also, they led a series funding round for Vantage Analytics, a startup that reads contracts.', companies: ['Vantage Analytics'], investor: null },
  { sentence: 'Accel co-led a seed round for Tilia last week.', companies: ['Tilia'], investor: 'Accel' },
  { sentence: 'Partech a mené un tour de table pour Kiplo.', companies: ['Kiplo'], investor: 'Partech' },
  { sentence: 'Partech a investi en 2019 dans la plateforme logistique kényane Sendy et de la fintech ghanéenne Zeepay.', companies: ['Sendy', 'Zeepay'], investor: 'Partech', past: true },
];

describe('amountless rounds in list sentences', () => {
  it.each(rows)('$sentence', ({ sentence, companies, investor, past }) => {
    const found = findAmountlessRounds(sentence, null);
    expect(found.map((r) => r.company)).toEqual(companies);
    if (investor !== undefined) for (const r of found) expect(r.investor).toBe(investor);
    if (past !== undefined) for (const r of found) expect(r.past).toBe(past);
  });
});

// Money that "went to" a named company, or "came from a round of funding to" it, in a sentence about investments: that company's round.
const recipients: Array<{ paragraph: string; deals: Array<[string, string]> }> = [
  { paragraph: 'The largest investment of the quarter reached 18 million euros and went to payments platform Kolibri.', deals: [['Kolibri', '18 million euros']] },
  { paragraph: 'The biggest round of the month, $40 million, went to robotics startup Arcwell.', deals: [['Arcwell', '$40 million']] },
  { paragraph: 'C’est un financement reçu par Kora Pay qui a dominé le trimestre, avec une transaction de 12 millions d’euros.', deals: [['Kora Pay', '12 millions d’euros']] },
  { paragraph: 'Of that total, $55 million came from a round of funding to solar company Brightfield Energy, and $9 million to a deal with Northline Imaging.', deals: [['Brightfield Energy', '$55 million'], ['Northline Imaging', '$9 million']] },
];

describe('rounds named by where the money went', () => {
  it.each(recipients)('$paragraph', ({ paragraph, deals }) => {
    const found = readFunding({ paragraphs: [paragraph] }).deals.map((d) => [d.company, d.amount?.text]);
    expect(found).toEqual(deals);
  });
});

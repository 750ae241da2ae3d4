import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 20: invented sentences, EN and FR.

// Guards of the institution filter (INSTITUTION_RAISER, NOT_A_BACKER_SOURCE): a company funded by a named fund stays a deal.
describe('round 20: a company funded by a named fund stays a deal', () => {
  const rows: [string, string, string, string][] = [
    ['a startup and a fund (EN)', 'Hospital software startup Quellish has received funding from Copperleaf Partners.', 'Quellish', 'Copperleaf Partners'],
    ['a startup and a fund (FR)', 'La jeune pousse Folavie a obtenu un financement de la part de Saltmarsh Capital.', 'Folavie', 'Saltmarsh Capital'],
  ];
  it.each(rows)('%s', (_label, sentence, company, investor) => {
    const deal = readFunding({ paragraphs: [sentence] }).deals.find((d) => d.company === company);
    expect(deal?.investors).toContain(investor);
  });
});

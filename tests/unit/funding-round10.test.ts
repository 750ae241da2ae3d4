import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

describe('round 10 size bounds: glued inputs are read in one pass', () => {
  // No timing assertion: these rows only prove the inputs finish and still read the deal; the profile showed the
  // per-name funding-word test (names × sentence) and the per-figure company scan (figures × sentence) as the quadratic parts.
  const rows: [string, string, string][] = [
    ['comma chain of one name (EN)', 'Acme grew, '.repeat(3000) + 'and Acme raised $5 million in a seed round.', '$5 million'],
    ['many figures in one glued sentence (EN)', 'Acme raised $5 million, '.repeat(600) + 'and Bolt raised $7 million.', '$5 million'],
    ['chaîne d’appositions (FR)', 'la start-up Kiplo, '.repeat(2000) + 'a levé 5 millions d’euros.', '5 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, text, amount) => {
    const deals = readFunding({ paragraphs: [text] }).deals;
    expect(deals.some((d) => d.amount?.text === amount)).toBe(true);
  });
});

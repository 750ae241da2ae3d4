import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// The fund-profile subject ("Le fonds Build Up, doté de …") reads up to four capitalised name words. A glued run of capitals
// used to be splittable at every letter (2.9 s for 400 letters); each name word now ends at a space or before a comma.
// Size bounds only, never a timing assertion: a super-linear regex would stall this file well past Vitest's timeout.
describe('fund-profile subject on glued capitals', () => {
  it.each([
    ['a glued run of capitals after "Le fonds"', `Le fonds ${'A'.repeat(20000)} a participé au tour de table de 5 millions d’euros de Kiplo.`],
    ['alternating capitals and spaces', `Le fonds ${'A B'.repeat(5000)}, doté de 100 millions d’euros, soutient Kiplo.`],
  ])('%s completes with its excerpts in the text', (_name, text) => {
    const result = readFunding({ paragraphs: [text] });
    for (const m of result.money) expect(text.includes(m.text)).toBe(true);
  });
  it('a real fund profile is still read as one: its backers are not the startup’s', () => {
    const deals = readFunding({ paragraphs: ['Kiplo lève 5 millions d’euros auprès de Partech.', 'Le fonds Build Up, doté de 100 millions d’euros, est soutenu par Bpifrance et la Banque des Territoires.'] }).deals;
    expect(deals.map((d) => [d.company, d.investors])).toEqual([['Kiplo', ['Partech']]]);
  });
});

// Review 16 (groups 3 and 4): an adviser who closed the deal is not the raiser; a person who runs the round is not its lead.
import { describe, expect, it } from 'vitest';
import { companyAfter } from '../../utils/companies';
import { summarizeText } from '../../utils/summary';

describe('review 16 item 3: an adviser named after "closed/raised by" is not the company', () => {
  it.each<[string]>([
    [' secured by the law firm Norbert from Accel.'],
    [' raised by advisory firm Norbert from Accel.'],
    [' bouclés par le cabinet Norbert auprès de Serena.'],
    [' levés par la banque Norbert auprès de Serena.'],
  ])('%s', (after) => expect(companyAfter(after)).toBeNull());
  it.each<[string, string]>([
    [' raised by fintech startup Norbert from Accel.', 'Norbert'],
    [' levés par la start-up Norbert auprès de Serena.', 'Norbert'],
  ])('a company kind still names the raiser: %s', (after, want) => expect(companyAfter(after)).toBe(want));
  it('the deal keeps the company named before the figure (FR)', () => {
    const deals = summarizeText({ paragraphs: ['Talvo a confirmé un tour de 8 millions d’euros bouclé par le cabinet Norbert auprès de Serena.'] }).deals;
    expect(deals.map((d) => d.company)).toEqual(['Talvo']);
  });
});

describe('review 16 item 4: a person who runs the round is not its lead', () => {
  it.each<[string, string[]]>([
    ['Talvo a obtenu 8 millions d’euros. Léa Martin conduit le tour de table.', []],
    ['Talvo a obtenu 8 millions d’euros. Serena conduit le tour de table pour Talvo.', []],
    ['Talvo a obtenu 8 millions d’euros. Serena Capital conduit le tour de table.', ['Serena Capital']],
    ['Talvo a obtenu 8 millions d’euros. Serena conduit le tour de table.', ['Serena']],
  ])('%s', (text, leads) => {
    const deals = summarizeText({ paragraphs: [text] }).deals;
    expect(deals.map((d) => d.leadInvestors)).toEqual([leads]);
  });
});

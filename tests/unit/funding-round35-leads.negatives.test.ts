/**
 * Leads, round 35 (group 4), look-alikes of the anaphoric lead (funding-round35-leads.test.ts): no investor named just before, the
 * raiser itself leading "its" round (936 Asharq Al-Awsat: "Moyasar … led its first investment round"), a company noun as the
 * subject, a lead verb whose object is no round, and an antecedent too far back. Invented rows, English and French.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const allLeads = (paragraphs: string[], lang: string): string[] => readFunding({ paragraphs }, { lang }).deals.flatMap((d) => d.leadInvestors);

describe('round 35: no anaphoric lead without an investor it stands for', () => {
  it.each<[string[], string]>([
    // "It" is the company: no investor was named before.
    [['Tolvane Robotics raised $12 million in a Series A round.', 'It led the round’s closing from its Lyon office.'], 'en'],
    // The raiser leads its own round: a possessive object.
    [['Kestrel Partners invested in Pellam Health last year.', 'In 2024, it led its first funding round with $4 million.'], 'en'],
    // A company noun is no investor's anaphor.
    [['Kestrel Partners invested in Pellam Health last year.', 'The company led a $4 million round in May.'], 'en'],
    // A lead verb whose object is no round.
    [['Kestrel Partners invested in Pellam Health last year.', 'Pellam raised $4 million in May.', 'They led the team through a hard year.'], 'en'],
    // FR: the company noun and the possessive.
    [['Kestrel Partners a investi dans Pellam l’an dernier.', 'La société a mené une levée de 4 millions d’euros en mai.'], 'fr'],
    [['Kestrel Partners a investi dans Pellam l’an dernier.', 'En 2024, elle a mené sa première levée de 4 millions d’euros.'], 'fr'],
  ])('row %#', (paragraphs, lang) => {
    expect(allLeads(paragraphs, lang)).toEqual([]);
  });

  it('an investor named four sentences back is no antecedent', () => {
    const paragraphs = ['Kestrel Partners invested in Pellam Health last year.', 'Pellam sells clinic software.', 'Its clients are in France.', 'Sales doubled in 2023.', 'Last week, it led a $4 million round for Tolvane.'];
    expect(allLeads(paragraphs, 'en')).not.toContain('Kestrel Partners');
  });
});

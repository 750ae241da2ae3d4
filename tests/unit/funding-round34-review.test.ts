/**
 * Session 21 review of round 34. (1) funding.ts issueNumberedNames: a name numbered as an issue anywhere on the page ("Ferry Weekly
 * #31") is the newsletter's, read at every occurrence, not only at the name's first one: a newsletter the page first names in
 * prose, then numbers, is no investor of the round. Invented rows, English and French; both red at ae45c67 (the first mention,
 * un-numbered, kept the name). (2) names.ts NOT_A_NAME_ALONE: "Elsewhere" opening a sentence is no company (red at ae45c67).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const investors = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, [...d.leadInvestors, ...d.investors]]);

describe('session 21 review: a name numbered as an issue later on the page is no investor (red before)', () => {
  it.each<[string, string[], unknown[]]>([
    ['EN', ['Kelbio raised $5 million from Tarvel Capital and Ferry Weekly.', 'Ferry Weekly #31 is out on Friday with the rest of the month’s rounds.'], [['Kelbio', ['Tarvel Capital']]]],
    ['FR', ['Kelbio a levé 5 millions d’euros auprès de Tarvel Capital et de La Lettre Ferry.', 'La Lettre Ferry #31 paraît vendredi avec les autres levées du mois.'], [['Kelbio', ['Tarvel Capital']]]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(investors(...paragraphs)).toEqual(expected);
  });
});

// names.ts NOT_A_NAME_ALONE: a sentence adverb opening a roundup's item ("Elsewhere, … investment from Ford", 968) is no company.
describe('session 21 review: a fronted sentence adverb is no raiser (red before)', () => {
  it('EN: "Elsewhere, a § investment from X …"', () => {
    const companies = readFunding({ paragraphs: ['Kelbio raised $5 million from Tarvel Capital.', 'Elsewhere, a $900 million investment from Orvane Motors will go into a battery plant in the province.'] }).deals.map((d) => d.company);
    expect(companies).not.toContain('Elsewhere');
  });
});

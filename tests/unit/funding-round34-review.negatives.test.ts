/**
 * Session 21 review of round 34 (funding.ts issueNumberedNames), look-alikes: an issue number after other words ("Issue #31 of
 * our letter", "Le numéro #31"), a name in brackets before its number (the newsletter's, as before). Invented rows, English and
 * French.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const investors = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, [...d.leadInvestors, ...d.investors]]);

describe('session 21 review: investors an issue number does not follow keep their place', () => {
  it.each<[string, string[], unknown[]]>([
    ['an issue number after other words', ['Kelbio raised $5 million from Tarvel Capital and Orvane Ventures.', 'Issue #31 of our letter is out on Friday with the rest of the month’s rounds.'], [['Kelbio', ['Tarvel Capital', 'Orvane Ventures']]]],
    ['FR: a number after a common noun', ['Kelbio a levé 5 millions d’euros auprès de Tarvel Capital et d’Orvane Ventures.', 'Le numéro #31 de notre lettre paraît vendredi.'], [['Kelbio', ['Tarvel Capital', 'Orvane Ventures']]]],
    ['a bracketed newsletter name stays the newsletter’s', ['Kelbio raised $5 million from Tarvel Capital and Ferry Weekly.', 'Next week (Ferry Weekly #32): the quarter’s rounds.'], [['Kelbio', ['Tarvel Capital']]]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(investors(...paragraphs)).toEqual(expected);
  });
});

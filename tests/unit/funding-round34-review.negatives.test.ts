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

// names.ts NOT_A_NAME_ALONE holds whole runs only: a name that opens on such an adverb keeps its round.
describe('session 21 review: a name opening on a sentence adverb is still a name', () => {
  it.each<[string, string, Array<[string, number]>]>([
    ['Elsewhere Labs', 'Elsewhere Labs raised $9 million from Orvane Ventures.', [['Elsewhere Labs', 9e6]]],
    ['Otherwise Labs', 'Otherwise Labs closed a $4 million seed round led by Tarvel Capital.', [['Otherwise Labs', 4e6]]],
    ['FR: Ailleurs Studio', 'Ailleurs Studio a levé 3 millions d’euros auprès de Tarvel Capital.', [['Ailleurs Studio', 3e6]]],
  ])('%s', (_name, text, expected) => {
    expect(readFunding({ paragraphs: [text] }).deals.map((d) => [d.company, d.amount?.value ?? null])).toEqual(expected);
  });
});

/**
 * The raiser, round 22: guards for the round-21 readers the review of round A narrowed (they must keep working).
 * (1) After a company-kind noun, "X’s Y" is one name when Y is no firm's name of its own (possessedCompanyName).
 * (2) A courtesy title is kept when the apposition after the name is headed by a company kind (KIND_APPOSITIVE_AFTER).
 * Invented sentences. Negatives: companies-round22.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 22: a possessive inside a name after a kind noun; a title before a company apposition', () => {
  it.each<[string, string]>([
    ['Tilvo’s Kitchen', 'Meal-kit startup Tilvo’s Kitchen raised $6 million in a Series A round.'],
    ['Mr Kiplo', 'Mr Kiplo, a Nairobi-based lending platform, raised $3 million in a seed round.'],
  ])('%s', (want, row) => expect(companies(row)).toEqual([want]));
});

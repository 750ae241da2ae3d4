/**
 * Look-alikes of the round 23 raiser readers (companies-round23.test.ts) that must not name the wrong company.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 23 negatives: a capitalised object inside the complement is no subject', () => {
  it.each<[string, string[]]>([
    ['Airbus', ['La start-up nantaise Tilvo a levé 3 millions d’euros.', 'La jeune pousse spécialisée dans les capteurs pour Airbus occupe la deuxième place avec une levée de 5 millions d’euros.']],
    ['Walmart', ['Kiplo raised $3 million in a seed round.', 'The startup focused on checkout software for Walmart tops the week with a $12 million round.']],
  ])('not %s', (wrong, rows) => expect(companies(...rows)).not.toContain(wrong));
});

describe('round 23 negatives: names that open like a pronoun stay names', () => {
  it.each<[string, string]>([
    ['Nous Group', 'Nous Group a levé 5 millions d’euros auprès de Partech.'],
    ['Vous Labs', 'Vous Labs raised $5 million from Acme Ventures.'],
  ])('%s', (want, row) => expect(companies(row)).toEqual([want]));
});

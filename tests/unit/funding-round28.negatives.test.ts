/**
 * Look-alikes of funding-round28.test.ts: a time word that is a name or that follows the name, and a unit without an adverb of
 * sequence, stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { opensElapsedAdverbial } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

const companies = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 28 negatives: no fronted time adverbial', () => {
  it.each<[string]>([
    ['Days Inn raised'],
    ['Hourly later'],
    ['Weeksly Labs, two days later'],
    ['Journey Capital a levé'],
    ['Brindle, two days later,'],
  ])('opens no adverbial: %s', (text) => expect(opensElapsedAdverbial(text, 0)).toBe(false));

  it.each<[string, string[]]>([
    ['Brindle', ['Brindle announced a $30 million round two days later.']],
    ['Brindle', ['Deux jours plus tard, Brindle a annoncé une levée de 30 millions d’euros.']],
  ])('raiser of row %#', (want, paragraphs) => expect(companies(paragraphs)[0]).toBe(want));
});

/**
 * Who raised, round 28 (companies.ts, funding.ts): readers of structure for the raiser, each from a shape of the blind misses
 * seen on two outlets or more.
 * (1) A fronted time adverbial ("Hours later, …", "Two weeks after the launch, …", "Quelques heures plus tard, …") opens the
 *     sentence; its capitalised first word is never a name nor the article's topic (ELAPSED_OPENING, opensElapsedAdverbial).
 * Invented rows in English and French; each fails with its rule off (checked). Look-alikes: funding-round28.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { namesIn, opensElapsedAdverbial } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

const companies = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 28: a fronted time adverbial names nothing', () => {
  it.each<[string, string]>([
    ['Days later, the Brindle payments platform announced a § round.', 'Days'],
    ['Weeks after the launch, the Kobalt app closed a § round.', 'Weeks'],
    ['Quelques heures plus tard, la plateforme Brindle a annoncé une levée de §.', 'Quelques'],
    ['Months earlier, the Kobalt app had closed a § round.', 'Months'],
  ])('names of row %#', (sentence, word) => expect(namesIn(sentence)).not.toContain(word));

  it.each<[string]>([
    ['Hours later, a rival'],
    ['Two months earlier, the'],
    ['Quelques jours plus tard, la'],
    ['Deux ans auparavant, la'],
  ])('opens an adverbial: %s', (text) => expect(opensElapsedAdverbial(text, 0)).toBe(true));

  it.each<[string, string[]]>([
    ['Brindle', ['Markets were calm this week.', 'Days later, the Brindle payments platform announced a $30 million round.']],
    ['Brindle', ['Le marché était calme.', 'Quelques heures plus tard, la plateforme Brindle a annoncé une levée de 30 millions d’euros.']],
  ])('raiser of row %#', (want, paragraphs) => expect(companies(paragraphs)[0]).toBe(want));
});

/**
 * Review of round 27 (funding side), finding F3: the participle of funding is a lead-in of rounds ("Startups funded this week:
 * A (§), B (§)"), but not when a public body is its agent or a project list its noun: those lists are grants.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('a list of projects funded by a public body is no list of rounds', () => {
  it.each<[string, string]>([
    ['FR, financés par la Région', 'Les projets financés par la Région cette année : Tilvo (2 millions d’euros), Kelpra (1,5 million d’euros) ou Sorvik (800 000 euros).'],
    ['EN, funded by the state', 'Projects funded by the state this year: Tilvo ($2 million), Kelpra ($1.5 million) and Sorvik ($800,000).'],
    ['EN, programmes funded', 'Programmes funded in the spring: Tilvo ($2 million), Kelpra ($1.5 million) and Sorvik ($800,000).'],
  ])('%s: no deal', (_, sentence) => expect(deals([sentence])).toEqual([]));
});

describe('look-alikes: a list funded by investors is still rounds', () => {
  it.each<[string, string]>([
    ['FR, se sont financés', 'Cette semaine, Tilvo (2 millions d’euros), Kelpra (1,5 million d’euros) ou Sorvik (800 000 euros) se sont financés.'],
    ['EN, startups funded', 'Startups funded this week: Tilvo ($2 million), Kelpra ($1.5 million) and Sorvik ($800,000).'],
  ])('%s: three deals', (_, sentence) => expect(deals([sentence])).toEqual(['Tilvo', 'Kelpra', 'Sorvik']));
});

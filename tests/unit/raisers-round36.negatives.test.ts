/**
 * Negatives of raisers-round36.test.ts: state-like words that are names or stand elsewhere, dashes that set off no aside, and
 * "followed by" that names no next rank.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 36 negatives: names stay names, places stay statistics', () => {
  it.each<[string, string[], (string | null)[]]>([
    ['EN: "Town, St.-based X raised" keeps X', ['Boulder, Colo.-based Kelbio has raised $5 million.'], ['Kelbio']],
    ['EN: ", of Town, St.," keeps the name before it', ['Kelbio Inc., of Cambridge, Mass., said it closed a $5 million series A.'], ['Kelbio Inc']],
    ['EN: a state word not after a town is a name', ['Mass Robotics raised $5 million from Tarvel Capital.'], ['Mass Robotics']],
    ['EN: a spaced dashed aside still reads as before', ['Kelbio — a freight software maker — has raised $5 million.'], ['Kelbio']],
    ['EN: a close-set en dash is a range, not an aside', ['Kelbio raised $5 million in 2019–2020 from Tarvel Capital.'], ['Kelbio']],
    ['EN: "followed by the place with §" is a statistic', ['Saudi Arabia led in funding with $338 million, followed by the UAE with $284 million.'], []],
    ['FR: "suivie de" a common noun names no one', ['Kelbio a levé 5 millions d’euros, suivie d’une extension avec 2 millions d’euros en mai.'], ['Kelbio']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(companies(...paragraphs)).toEqual(expected);
  });

  it('EN: "followed by" a lower-case phrase names no one: every figure stays the subject\'s', () => {
    expect(new Set(companies('Kelbio raised $5 million, followed by a second close with $2 million in May.'))).toEqual(new Set(['Kelbio']));
  });
});

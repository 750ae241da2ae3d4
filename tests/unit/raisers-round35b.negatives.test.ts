/**
 * Negatives of raisers-round35b.test.ts: brands shaped like an adverb, names with a hyphen, and adverbs before a real subject.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 35b negatives: the adverb and question shapes leave names alone', () => {
  it.each<[string, string[], (string | null)[]]>([
    ['EN: an "-ly" brand before its appositive and verb', ['Strikingly, now based in San Francisco, was the first startup to raise $5 million from Tarvel Capital.'], ['Strikingly']],
    ['EN: an "-ly" brand with an appositive opening on an article', ['Strikingly, a website builder, raised $5 million from Tarvel Capital.'], ['Strikingly']],
    ['EN: "-ly" brands too short for the adverb shape', ['Calendly, the scheduling app, raised $5 million.', 'Rally, a crypto startup, raised $2 million.'], ['Calendly', 'Rally']],
    ['EN: the adverb goes, the subject after it stays', ['Notably, Kelbio raised $5 million from Tarvel Capital.'], ['Kelbio']],
    ['FR: a hyphenated name is no question form', ['Saint-Ilan Énergie a levé 4 millions d’euros auprès de Tarvel.'], ['Saint-Ilan Énergie']],
    ['FR: a French adverb of the old rule, then the subject', ['Finalement, Kelbio a levé 6 millions d’euros auprès de Tarvel.'], ['Kelbio']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(companies(...paragraphs)).toEqual(expected);
  });
});

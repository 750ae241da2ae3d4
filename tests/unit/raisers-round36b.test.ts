/**
 * Who raised, round 36b (session 23, group 1a): the anaphor of a roundup's new item. A roundup item introduces its company in
 * one sentence and tells its round by "it" or "the company" in the next ("Paris-based biotech Woodoo is using low-grade wood …
 * It has raised §", tech.eu 501; "Apeel Sciences, a food system innovation company, is out to prevent … The company just added
 * §", edibleplanet 745): the anaphor points to that company, not to the deal read before it (another item). Invented rows,
 * English and French; each red before its change (checked).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 36b: the anaphor after a new item’s opening sentence is that item’s company (red before)', () => {
  it.each<[string, string[], (string | null)[]]>([
    ['EN: "X sells … It has raised §"', ['Kelbio raised $5 million from Tarvel Capital.', 'Orvani sells seaweed trays to bakeries in Nantes. It has raised $3 million.'], ['Kelbio', 'Orvani']],
    ['EN: "X, which …, opened … The company has raised §"', ['Kelbio raised $5 million from Tarvel Capital.', 'Orvani, which turns seaweed into food trays, opened a plant in Brest last year. The company has raised $30 million in Series B funding.'], ['Kelbio', 'Orvani']],
    ['FR: "X, une jeune pousse …, veut … Elle a levé §"', ['Kelbio a levé 5 millions d’euros auprès de Tarvel.', 'Orvani, une jeune pousse lyonnaise, veut remplacer le plastique par des algues. Elle a levé 3 millions d’euros pour construire son usine.'], ['Kelbio', 'Orvani']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(companies(...paragraphs)).toEqual(expected);
  });
});

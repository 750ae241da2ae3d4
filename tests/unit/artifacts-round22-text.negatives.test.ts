import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 22, group 5 (text detectors): look-alikes that must stay unflagged. Invented rows, EN and FR; each
 * was flagged before its guard (checked against round A's code).
 */
const found = (paragraphs: string[], kind: string): string[] =>
  findArtifacts({ paragraphs }).filter((a) => a.kind === kind).map((a) => a.text);

describe('round 22: a baseline after a stated change is no open range (truncated.ts openRangeCut)', () => {
  it.each([
    ['a growth figure, then "up from"', 'Sales at the bakery chain grew 11% in the spring, up from 7%.'],
    ['jobs cut in a year, then "down from"', 'The mill cut 120 jobs in 2022, down from 310.'],
    ['a rise by a figure, from a base', 'Passenger numbers climbed 6% from 4,500.'],
    ['un prix passé sous un seuil, en baisse de', 'Le cours du cuivre est passé sous les 9 000 dollars, en baisse de 2 %.'],
  ])('%s', (_name, sentence) => {
    expect(found([HEADLINE, ...BODY, sentence], 'truncated-sentence')).toEqual([]);
    expect(found([TITRE, ...CORPS, sentence], 'truncated-sentence')).toEqual([]);
  });
});

describe('round 22: an empty-name byline is read once, in the byline slot (bylines.ts inBylineSlot)', () => {
  it('a timeline step between two sentences is not a byline', () => {
    const steps = [HEADLINE, ...BODY, 'The regulator set out the steps the city must take.', 'By June 30, 2025', 'The council must publish its budget plan.'];
    expect(found(steps, 'byline-noise')).toEqual([]);
  });
  it('une étape de calendrier entre deux phrases n’est pas une signature', () => {
    const etapes = [TITRE, ...CORPS, 'La préfecture a fixé le calendrier des travaux.', 'Par 30 juin 2025', 'La mairie doit rendre son rapport.'];
    expect(found(etapes, 'byline-noise')).toEqual([]);
  });
  it('a listing repeating the template under each item: only the first copy', () => {
    const listing = ['Reviews', 'First film opens in a small harbour town', 'By June 3, 2024', 'Second film follows three sisters home', 'By June 2, 2024', 'Third film: a road trip on a tractor', 'By June 2, 2024'];
    expect(found(listing, 'byline-noise')).toEqual(['By June 3, 2024']);
  });
});

describe('round 22: a person named in an author field is no login (bylines.ts AUTHOR_LOGIN)', () => {
  it.each([
    ['a full capitalised name', [HEADLINE, ...BODY, 'Author: Kiran Patel']],
    ['un nom complet', [TITRE, ...CORPS, 'Auteur : Marie Lefèvre']],
    ['a source field alone', [HEADLINE, ...BODY, 'Source: http://www.example.org']],
    ['a sentence about an author', [HEADLINE, ...BODY, 'The author: a retired harbour pilot who kept notes for thirty years.']],
  ])('%s', (_name, paragraphs) => {
    expect(found(paragraphs, 'byline-noise')).toEqual([]);
  });
});

describe('round 22: a writer’s trailing ellipsis after a short sentence is no preview cut (truncated.ts cutAfterFirstWords)', () => {
  const long = 'The board met for six hours on Tuesday and left without a vote on the merger, the second delay this year, while the bankers waited outside for news of the terms. And then…';
  it.each([
    ['one paragraph alone ending on a dramatic "And then…"', [HEADLINE, ...BODY, long, 'The vote was held a week later and the deal went through.']],
    ['short lines of a dialogue, each trailing off', [HEADLINE, ...BODY, 'We waited. Then…', 'Nothing happened. So…', BODY[0]!]],
    ['un paragraphe seul qui se termine sur « Et puis… »', [TITRE, ...CORPS, 'Le conseil s’est réuni six heures mardi et s’est séparé sans vote sur la fusion, le deuxième report cette année, pendant que les banquiers attendaient dehors. Et puis…', 'Le vote a eu lieu une semaine plus tard.']],
  ])('%s', (_name, paragraphs) => {
    expect(found(paragraphs, 'truncated-sentence')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 38 negatives (merged stories, issue 4): one article's shapes near the listing readers of round 38 — subheads,
 * a Q&A, a timeline, a list article, a table of labels cut mid-clause, a related module's headline printed twice, a
 * subscription box's bulleted lines, a date and time written in a sentence. None is another story.
 */

const merged = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'merged-stories').map((f) => f.text);

describe('merged stories: round 38 near misses stay clean', () => {
  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['an article with subheads, its paragraphs ending their sentences', [
      'Harbour board delays the winter timetable',
      'The harbour board put off its vote on the winter timetable after the island towns asked for a second night crossing.',
      'What the towns asked for',
      'The island towns asked for a night crossing on Fridays and Sundays, when most of their workers travel to the mainland.',
      'What the ferry company says',
      'The ferry company said a night crossing would cost the harbour board about two million a year in crew and fuel.',
    ]],
    ['one caption with no full stop over a subhead (one seam only)', [
      'Harbour board delays the winter timetable',
      'The harbour board put off its vote on the winter timetable after the island towns asked for a second night crossing.',
      'The board met on Monday in the old customs house on the quay, where it has held its winter meetings for',
      'Ferry crews wait for the board’s vote on the rosters',
      'Crews on the northern route said they would wait for the board’s vote before deciding on a strike over the rosters.',
    ]],
    ['a Q&A', [
      'Ferry chief on the winter timetable',
      'The head of the ferry company answered our questions on the winter timetable and the night crossing.',
      'Why not run a night crossing on Fridays',
      'Because the crews would need a second rest day, and the harbour board has not agreed to pay for it this winter.',
      'Will fares go up in the spring',
      'Fares will stay at last year’s level until March, and the board will decide on the spring fares after that.',
    ]],
    ['a timeline with dated entries', [
      'How the ferry dispute unfolded',
      'The dispute between the ferry crews and the company began with the new rosters in the autumn.',
      'March 3, 2024 10:15 The company publishes the new rosters for the storm season.',
      'March 5, 2024 14:30 The union asks for talks on the rosters and the rest days.',
      'March 9, 2024 9:00 The crews on the northern route vote to strike next month.',
    ]],
    ['a table of results, each label cut mid-clause', [
      'Ferry company reports third quarter results',
      'The ferry company said on Tuesday its revenue rose in the third quarter as more passengers travelled to the islands.',
      'Revenue for the quarter was',
      'Total operating expenses excluding depreciation, amortization and restructuring increased',
      'Operating income before depreciation, amortization and restructuring in the quarter was',
      'Net income in the quarter ended',
      'Year to Date Operating Results',
      'Revenue for the nine months ended',
      'Operating income before depreciation, amortization and restructuring for the nine months ended',
      'Net loss in the nine months ended',
    ]],
    ['a subscription box: labels over bulleted lines', [
      'Ferry company reports third quarter results',
      'The ferry company said on Tuesday its revenue rose in the third quarter as more passengers travelled to the islands.',
      'Here’s what’s included in our digital subscription plans',
      'Exclusive premium stories online',
      '  • Over 30 premium stories daily, handpicked by our editors for readers who follow the markets',
      'Insights on markets, finance, politics, tech, and more delivered to your inbox',
      'Market Analysis & Investment Insights',
      '  • In-depth market analysis and insights with access to the investor tools and the archives',
    ]],
    ['a date and time written in a sentence', [
      'Ferry crews vote to strike over rosters',
      'The vote closed on 2019/11/27 at 15:38, the union said, and the strike will start next month.',
      'The union posted the result on 2019/11/27 15:38 on its website and wrote to the company.',
      'The company said it would answer on 2019/11/28 9:00 at the latest.',
    ]],
  ];
  for (const [name, paragraphs] of cases) {
    it(`flags no merged story (${name})`, () => {
      expect(merged([...paragraphs])).toEqual([]);
    });
  }
});

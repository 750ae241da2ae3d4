/**
 * Round 42 (status of context lists): bulleted items under the writer's look-back over the year to date are other companies'
 * earlier raises told as the market's context, past (funding-sentences.ts yearToDateContextItems, SEEN_SO_FAR and YEAR_TO_DATE):
 * "Since the beginning of the year we’ve seen the following raises:" (1042 The Spoon, after Stor.ai's round), "This year so far,
 * we’ve seen a handful of investments into new media." (816 10000hacks, after YourStory's). Negatives: "we've seen" without a
 * span to date (a month's roundup), a span to date without the look-back, a paragraph that is no bullet, a page reviewing a period.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const statusOf = (paragraphs: string[], title?: string) =>
  readFunding({ paragraphs, ...(title ? { title } : {}) }).deals.filter((d) => d.amount !== null).map((d) => [d.company, d.status]);

const OWN = 'Stor.ai (formerly Self Point), announced today that it has raised $21 million in an extended Series A round of funding.';

describe('round 42: items under a look-back over the year to date are past', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    ['1042: list lines under "Since the beginning of the year we’ve seen the following raises"', [OWN, 'Stor.ai’s funding comes amidst a wave of capital being poured into digital grocery-related startups around the world. Since the beginning of the year we’ve seen the following raises:', '• Instacart (U.S.) – $265 million', '• Rohlik (Czech Republic) – $230 million'],
      [['Stor.ai', 'announced'], ['Instacart', 'past'], ['Rohlik', 'past']]],
    ['816: a bulleted item under "This year so far, we’ve seen"', ['Bangalore based new media company Yourstory raised funds earlier this month. This year so far, we’ve seen a handful of investments into new media.', '• In February, NewsHunt (now DailyHunt), raised $40.5 mn from Falcon Edge Capital and existing investors such as Matrix Partners and Sequoia Capital.'],
      [['NewsHunt', 'past']]],
  ])('%s', (_label, paragraphs, expected) => {
    expect(statusOf(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[], string]>([
    ['"we’ve seen" with no span to date (a roundup’s own period)', ['In this month’s roundup, we’ve seen the following raises:', '• Instacart (U.S.) – $265 million', '• Rohlik (Czech Republic) – $230 million'], 'Instacart'],
    ['a span to date with no look-back', ['Since the beginning of the year, these startups raised:', '• Instacart (U.S.) – $265 million', '• Rohlik (Czech Republic) – $230 million'], 'Instacart'],
    ['a paragraph that is no bullet', ['This year so far, we’ve seen a handful of investments into new media.', 'NewsHunt raised $40.5 mn from Falcon Edge Capital.'], 'NewsHunt'],
  ])('%s', (_label, paragraphs, company) => {
    expect(statusOf(paragraphs)).toContainEqual([company, 'announced']);
  });
});

/**
 * Round 40 (funding recall): an amount told only as an order of size ("tens of millions of yuan", "several hundred million
 * yuan") is an untold amount: the round is read with no amount, as a withheld one (amountless-rounds.ts VAGUE_AMOUNT), and the
 * number words after the vague quantifier are no figure (money.ts VAGUE_QUANTIFIER_BEFORE). Real sentences of 772 (Robodrinks)
 * and 1117 (lavx); negatives of 643 (StrictlyVC), 299 (High Yield Conservation), 400 (Livemint), 515 (Haaretz).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';
import { findMoney } from '../../utils/money';

const read = (sentence: string) => readFunding({ paragraphs: [sentence] });

describe('round 40: a raise of a vague amount is a round with no amount', () => {
  it.each<[string, string, string, string]>([
    ['772', 'In May, Fourier Intelligence, a Shanghai-based robotics company, also raised tens of millions of yuan in investment after its Series B+ funding round.', 'Fourier Intelligence', 'Series B+'],
    ['1117', 'China’s industrial embodied‑AI startup Xiaoyu Robotics raised a Series B+ round worth several hundred million yuan, with participation from five strategic investors.', 'Xiaoyu Robotics', 'Series B+'],
  ])('%s', (_label, sentence, company, round) => {
    const deals = read(sentence).deals;
    expect(deals.map((d) => [d.company, d.round, d.amount])).toEqual([[company, round, null]]);
  });
});

describe('round 40: a vague amount with no raise is no round', () => {
  it.each<[string, string]>([
    ['643: an investor’s outlay', 'The FT reported today that Kleiner Perkins and Sequoia Capital are keen to invest tens of millions of dollars in the messaging app Telegram, which claims to have 170 million monthly users.'],
    ['299: a generic raiser', 'A few years ago, a Canadian startup raising tens of millions of dollars would have made headlines, but it’s now becoming a daily occurrence.'],
    ['400: spending', 'Musk spent hundreds of millions of dollars to boost Trump’s campaign and led rallies on behalf of the Republican.'],
    ['515: a price', 'The two sides didn’t disclose financial terms, but sources said Lear would pay in the tens of millions of dollars for the startup, which has operations in San Mateo, California and Tel Aviv.'],
  ])('%s', (_label, sentence) => {
    expect(read(sentence).deals).toEqual([]);
  });
});

describe('round 40: number words after a vague quantifier are no figure', () => {
  it.each<[string, string[]]>([
    ['a Series B+ round worth several hundred million yuan', []],
    ['a round of a few hundred million dollars', []],
    ['a round of two hundred million dollars', ['two hundred million dollars']],
  ])('%s', (text, figures) => {
    expect(findMoney(text).map((m) => m.text)).toEqual(figures);
  });
});

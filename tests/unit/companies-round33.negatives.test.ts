/**
 * Look-alikes of round 33 (companies-round33.test.ts) that must stay as they were: a name that is a possessive itself ("Africa’s
 * Talking", "Sainsbury’s Bank", "Macy’s Inc"), a place's possessive before a lower-case noun phrase (a region's ecosystem, no
 * company), a round noun after the possessive (the round reader's), the source after "from"/"led by", and names that open with a
 * number word but are followed by no kind noun ("Two Sigma", "Five Guys"), and longer names opening on one of the adjectives
 * ("Young Living").
 */
import { describe, expect, it } from 'vitest';
import { companyAfter, isOpeningWord, namesIn, withoutNamePrefixes } from '../../utils/companies';

describe('round 33 negatives: a possessive that is part of the name stays', () => {
  it.each<string>(['Africa’s Talking', 'Sainsbury’s Bank', 'Macy’s Inc', 'Moody’s Analytics', 'McDonald’s'])('%s', (name) => expect(withoutNamePrefixes(name)).toBe(name));
});

describe('round 33 negatives: objects of "investment in" that name no company, or name it as before', () => {
  it.each<[string, string | null]>([
    [' investment in Kenya’s lending sector.', null],
    [' investment in Scotland’s growing businesses.', null],
    [' funding for Orvani from Partech.', 'Orvani'],
    [' investment in Orvani led by Partech.', 'Orvani'],
    [' round for the company founded by Jane Doe.', null],
  ])('%s', (text, want) => expect(companyAfter(text)).toBe(want));
});

describe('round 33 negatives: a name opening with a number word stays a name', () => {
  it.each<[string, string[]]>([
    ['Two Sigma led the round.', ['Two Sigma']],
    ['Five Guys raised money.', ['Five Guys']],
    ['Young Living raised money.', ['Young Living']],
  ])('%s', (text, want) => expect(namesIn(text)).toEqual(want));
  it.each<string>(['Two Sigma', 'Seven Bridges', 'Three Square Market', 'Hanoi-based'])('"%s" is not an opening word', (run) => expect(isOpeningWord(run)).toBe(false));
});

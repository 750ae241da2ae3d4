/**
 * Sentences glued by a lost space ("won.Memebox’s"): split where a period
 * meets a capital letter with no space, and nowhere that is a domain, a file
 * name, a decimal, an abbreviation, initials or code. Every span stays an
 * exact slice of the paragraph.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/sentences';

const texts = (p: string): string[] => splitSentences(p).map((s) => s.text);

describe('splitSentences: a period glued to the next sentence', () => {
  it.each<[string, string, string[]]>([
    // Fixture 170 (JoongAng Daily): the ranking lost every space after a period.
    ['lower-case word, then a capital', 'The sum was 18 percent higher than the previous year’s 812 billion won.Memebox’s funding last year was the largest.',
      ['The sum was 18 percent higher than the previous year’s 812 billion won.', 'Memebox’s funding last year was the largest.']],
    ['a name, then a name', 'It raised money in August from Formation Group and Goodwater Capital.Woowa Brothers, developer of the app, came second.',
      ['It raised money in August from Formation Group and Goodwater Capital.', 'Woowa Brothers, developer of the app, came second.']],
    ['an acronym, then a name', 'The round was led by IMM.Yello Mobile followed.', ['The round was led by IMM.', 'Yello Mobile followed.']],
    ['a closing bracket', 'the largest investment of 143 billion won ($126.2 million).A total of 313 Korean start-ups', ['the largest investment of 143 billion won ($126.2 million).', 'A total of 313 Korean start-ups']],
    ['a possessive before', 'is similar to the U.S.’s BuzzFeed.The ranking was different.', ['is similar to the U.S.’s BuzzFeed.', 'The ranking was different.']],
    // A Latin word glued to Arabic (a bilingual press release).
    ['a caseless script after a Latin word', 'The round was led by STV and Raed Partners.شركة ناشئة', ['The round was led by STV and Raed Partners.', 'شركة ناشئة']],
    ['a year', 'It was founded in 2016.The company grew.', ['It was founded in 2016.', 'The company grew.']],
  ])('%s', (_name, paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
    for (const s of splitSentences(paragraph)) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('splitSentences: glued periods that are not sentence ends', () => {
  it.each<[string, string]>([
    ['a lower-case domain', 'Read the post on pixelmonkey.org for more.'],
    ['a capitalised domain', 'Hotels are booked on Booking.Com every day.'],
    ['a file name', 'Download the Annual-Report.PDF today.'],
    ['a decimal', 'It raised $4.5 billion this year.'],
    ['U.S. glued to a name', 'The U.S.Government agreed.'],
    ['initials', 'The books of J.K.Rowling sold well.'],
    ['a single initial', 'He met J.Smith yesterday.'],
    ['an abbreviation', 'Prices rose approx.Ten percent.'],
    ['a dotted chain of code', 'Call System.IO.File to read it.'],
    ['a method call', 'Use Math.Max(a, b) here.'],
    ['an email address', 'Write to press@Acme.Example today.'],
    ['a corporate suffix before a name', 'Shares of Acme Inc.Holdings rose.'],
    ['a lower-case word after', 'It cost approx.five dollars.'],
  ])('%s', (_name, paragraph) => {
    expect(texts(paragraph)).toEqual([paragraph]);
  });
});

/**
 * Mojibake beyond Windows-1252: UTF-8 read as Greek Windows-1253, and the
 * rupee sign printed as a backtick. Positive rows from real scraped pages;
 * negatives are Greek letters and backticks a clean article uses.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
];
const moji = (paragraphs: string[]) => findArtifacts({ paragraphs }).filter((a) => a.kind === 'mojibake');

describe('Greek code page and backtick rupee: flagged', () => {
  it('em dash and euro sign read as Greek (each form once)', () => {
    const found = moji([...BODY, 'Ecosystem β April saw two funds compete for a β¬5B EU mandate.', 'Chronic stroke patients β the first trial β ended early.', 'π° Funding']);
    expect(found.map((a) => a.text).sort()).toEqual(['β', 'β¬', 'π°'].sort());
    expect(found.find((a) => a.text === 'β')!.message).toMatch(/appears 3 times\.$/);
  });
  it('non-breaking space read as Greek capital beta', () => {
    expect(moji([...BODY, 'It was a roller coaster year. Β In the month of April, cuts slowed.', 'Levels were the lowest since the dot-com era.Β We end the year here.']).length).toBeGreaterThan(0);
  });
  it('rupee sign printed as a backtick, with the fix', () => {
    const found = moji([...BODY, 'Losses ballooned to `2,345.6 crore in FY19 from `384.9 crore a year earlier.']);
    expect(found.map((a) => [a.text, a.fix])).toEqual([['`2,345.6', '₹2,345.6'], ['`384.9', '₹384.9']]);
  });
});

describe('Greek letters and backticks a clean article uses', () => {
  it.each([
    ['a single beta', 'Drugs such as β-blockers and a β version were tested.'],
    ['pi in a formula', 'The area is 2πr squared, or π times the radius squared.'],
    ['a Greek quotation', 'The motto reads Ελευθερία ή θάνατος, and β is the second letter.'],
    ['a code span with a number', 'Set the value to `42` in the config file, the manual says.'],
  ])('%s', (_name, line) => {
    expect(moji([...BODY, line])).toEqual([]);
  });
});

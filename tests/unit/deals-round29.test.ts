/**
 * Round 29 (group 2): readers of the figure's clause that keep a round a round next to the round-29 vetoes. Invented sentences, EN
 * and FR; each row runs through readFigure only.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

/** The kind of the n-th figure (a run of "§") of the masked sentence. */
function kindOf(masked: string, n = 0): string {
  const runs = [...masked.matchAll(/§+/gu)];
  const run = runs[n]!;
  return readFigure(masked, run.index!, run.index! + run[0].length).kind;
}

describe('round 29: the tranche before a result clause of growth stays the round (ROUND_SUM_RESULT_EN reads only the sum)', () => {
  it.each([
    'Harbex has raised an additional § from Norvik, expanding its Series A round to § overall.',
    'Quenby secured a further §, lifting its seed round to §.',
  ])('%s', (text) => expect(kindOf(text, 0)).toBe('round'));
});

describe('round 29: a finite verb of growth is still the round\'s size (ROUND_SIZED_TO_BEFORE), not a result clause', () => {
  it.each([
    'Harbex expanded its Series A round to § with backing from Norvik.',
    'Quenby is extending its seed round to § after strong demand.',
  ])('%s', (text) => expect(kindOf(text, 0)).toBe('round'));
});

describe('round 29: a raise told as done, not as possible (MODAL_POSSIBILITY only reads may/might/could)', () => {
  it.each([
    'Harbex has raised § in a Series B round, and more investors may join later.',
    'Quenby said it would raise § from Norvik in a Series A round.',
    'La start-up Quenby a levé § et pourrait recruter cinquante personnes.',
  ])('%s', (text) => expect(kindOf(text, 0)).toBe('round'));
});

describe('round 29: money for the company itself, not for its fund (PURPOSE_OWN_FUND needs the subject\'s own fund as the object)', () => {
  it.each([
    'Quenby, a fintech start-up, raised § to add staff to its Berlin office.',
    'La fintech Harbex a levé § pour ouvrir son bureau de Lyon, et vise le marché allemand.',
  ])('%s', (text) => expect(kindOf(text, 0)).toBe('round'));
});

describe('round 29: an inclusion that names a company is that company\'s money, not a part (PART_RIGHT_AFTER_FIGURE)', () => {
  it.each([
    'Investors committed §, including an investment of § in Quenby, the drone maker.',
  ])('%s', (text) => expect(kindOf(text, 1)).toBe('round'));
});

describe('round 29: "worth of" before a round noun is read as "of" (NOUN_AFTER)', () => {
  it.each([
    'One of them, Harbex, drew in § worth of series B funding from Norvik and Talvo.',
    'Quenby landed § worth of seed financing from local angels.',
  ])('%s', (text) => expect(kindOf(text, 0)).toBe('round'));
});

describe('round 29: a start-up\'s round stays a round next to the offering nouns (SHARE_SALE_PROCEEDS_BEFORE)', () => {
  it.each([
    'Quenby, a robotics start-up, raised § in a Series A round to expand its sales team.',
    'Harbex raised § in a Series B round two years before its initial share sale.',
  ])('%s', (text) => expect(kindOf(text, 0)).toBe('round'));
});

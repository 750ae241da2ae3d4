import { describe, expect, it } from 'vitest';
import { findRounds } from '../../utils/rounds';

/**
 * Round 7 (issue 3): round labels the reader missed, and the contract's names for them. Rows are invented instances of the
 * shapes found in 01–299, English and French.
 */
const ROUND_ROWS: Array<[string, string]> = [
  // Chinese-press stage suffixes: "Angel+", "Angel++", "Seed+" are the angel and seed stages.
  ['Tashi secured another $12 million in its Angel+ round financing.', 'Angel'],
  ['Luma announced the completion of its "Angel++" financing.', 'Angel'],
  ['Five robotics makers announced their Angel+ financing in May.', 'Angel'],
  ['Xin Robotics announced a multi-million-yuan Seed+ round financing.', 'Seed'],
  ['Acme closed a Seed++ round led by Gobi.', 'Seed'],
  // A typo'd "in seed a financing round" is still a seed round.
  ['Carbo has raised $6.2 million in seed a financing round led by True Ventures.', 'Seed'],
  ['Bolt has raised $2 million in seed, a funding round led by Accel.', 'Seed'],
  // A numbered tranche is the lettered round the contract names.
  ['TuSim raised USD 120 million in a Series D2 round.', 'Series D'],
  ['Acme closed a $30 million Series A-2.', 'Series A'],
  ['la start-up boucle une série B-1 de 20 millions', 'Series B'],
  // "+" stays: the press names it as a round of its own.
  ['Laiye raised a Series C+ round.', 'Series C+'],
  // Growth told in the plural for several companies.
  ['Halo, Dokter and Whitecoat each raised growth stage rounds.', 'Growth'],
  ['the firm led growth-stage rounds in three fintechs', 'Growth'],
  ['raised $40 million in growth funding rounds', 'Growth'],
  // Debt alone stays debt.
  ['raised $10 million in venture debt from Trinity', 'Debt'],
  ['a levé 5 millions d’euros en dette', 'Debt'],
];

describe('round 7: round labels', () => {
  it.each(ROUND_ROWS)('%s → %s', (text, want) => {
    const got = findRounds(text);
    expect(got[0]?.round).toBe(want);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

import { describe, expect, it } from 'vitest';
import { isPastContext, readFigure, reviewPeriodOf } from '../../utils/deals';
import { findRounds } from '../../utils/rounds';

/** Round 7 (issue 3): text that names no round of the new shapes. */
const NO_ROUND: string[] = [
  // A firm named after a round is an investor.
  'Series A Capital led the deal.',
  'backed by Series B Ventures and Accel',
  'la société de gestion Series A Partners',
  // A mix of equity and debt names no single kind of round.
  'Moove’s joint equity and debt financing of $110m',
  'an equity-and-debt financing package',
  'a $50m equity/debt funding',
  // "+" on plants, angels as people.
  'the seed+ oil blend sold out',
  'Angel+ investors met on Monday.',
  'angel investors from Paris',
  // "a series of", applause, agriculture.
  'a series of seed packets',
  'A round of applause followed.',
  'seed varieties for growers',
  'the growth of rounds in Asia',
  // A half-year review, a round-up, a lower-case "pre-a…" word.
  'the H1 round of layoffs',
  'read the A1 round-up of the week',
  'the B round-up',
  'the pre-approval round',
  'prepare a round of talks',
];

describe('round 7: no round', () => {
  it.each(NO_ROUND)('%s', (text) => {
    expect(findRounds(text).map((m) => m.round)).toEqual([]);
  });
});

/** The article's own round: none of the new past cues fires. */
const NOT_PAST: Array<[string, string | null]> = [
  ['Acme, a startup that backs farmers, raised §', null],
  ['The fund will invest in several startups this year, and Acme raised §', null],
  ['Acme launched with § in seed funding', null],
  ['la fin du mois, Acme a levé §', null],
  ['Acme a levé § pour financer la fin de son développement', null],
  ['La start-up lyonnaise, qui finance des PME, a levé §', null],
  ['Acme raised § on Monday', null],
  // The news figure's own clause, followed by the earlier one: only a clause that opens on "après/following" is earlier.
  ['Acme lève  après une première levée de ', null],
  ['Acme raised  on top of the ', null],
  // Discourse links.
  ['On top of this, it is reportedly being valued at ', null],
  ['En plus de cela, Acme a levé ', null],
  // "following" pointing at the news told this week.
  [', following the announcement this week of a ', null],
  // A month alone with "début/fin" can be the news ("a réussi à lever § début octobre").
  ['la start-up a réussi à lever § début octobre auprès d’un family office', null],
  // A review of the first half: its months are the news.
  ['Kudi raised § in May', 'Startups raised $1bn in the first half of 2023'],
];

describe('round 7: not past', () => {
  it.each(NOT_PAST)('%s', (clause, title) => {
    expect(isPastContext(clause, reviewPeriodOf(title, ''))).toBe(false);
  });
});

/** Not a valuation of the new round, or no valuation at all. */
const NOT_VALUATION: string[] = [
  // The only figure of its sentence, dated in a year of its own: an earlier mark.
  'Thought Machine, valued at § in 2022, has clients including Lloyds.',
  'Acme, valued at § last year, is hiring.',
  'La société, valorisée § en 2021, recrute.',
  'Acme, last valued at § in its previous round, is hiring.',
  // "value" of something else.
  'the value of the contract rose to §',
  'Acme treats the customer as §',
  'The deal is worth §.',
  'a deal worth § was signed',
  'la valeur du contrat atteint §',
];

describe('round 7: not a (new) valuation', () => {
  it.each(NOT_VALUATION)('%s', (masked) => {
    const at = masked.lastIndexOf('§');
    expect(readFigure(masked, at, at + 1).kind).not.toBe('valuation');
  });
});

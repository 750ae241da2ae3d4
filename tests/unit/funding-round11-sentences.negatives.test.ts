import { describe, expect, it } from 'vitest';
import { isPastContext } from '../../utils/deals';
import { readFunding } from '../../utils/funding';
import { findRounds } from '../../utils/rounds';
import { figureKinds as kinds } from '../helpers/figure-kinds';

/** Round 11 negatives: look-alikes of the round-11 shapes that are still what they were. */

describe('round 11 negatives: valuation look-alikes', () => {
  const rows: [string, string, string[]][] = [
    // The valuation words without a figure of their own: the figure is the round.
    ['valuation undisclosed, round stays (EN)', 'Acme raised § in a round that did not disclose its valuation.', ['round']],
    ['valorisation non communiquée (FR)', 'Kiplo a levé §, sans communiquer sa valorisation.', ['round']],
    // "valued" for an acquisition is not a round's valuation: the sentence is a sale.
    ['acquisition valued around (EN)', 'The acquisition is valued around §.', ['other']],
    // A hedged valuation stays a plan.
    ['in talks at a valuation nearing (EN)', 'Acme is in talks to raise at a valuation nearing §.', ['other']],
    // A single mark followed by another figure in its own clause stays a valuation.
    ['valued at §, up from § (EN)', 'Acme is now valued at §, up from § a year ago.', ['valuation', 'other']],
    ['valorisée §, contre § (FR)', 'La fintech est valorisée §, contre § en 2021.', ['valuation', 'other']],
    // "porte à" with another noun after the figure is no total.
    ['porte à § son chiffre d’affaires (FR)', 'Le contrat porte à § son chiffre d’affaires annuel.', ['other']],
  ];
  it.each(rows)('%s', (_label, masked, expected) => {
    expect(kinds(masked)).toEqual(expected);
  });
});

describe('round 11 negatives: totals and parts look-alikes stay rounds', () => {
  const rows: [string, string, string[]][] = [
    // "since its launch" with a round label after the figure names this round.
    ['Since its launch … in a Series A (EN)', 'Since its launch in 2021, Acme has raised § in a Series A led by Accel.', ['round']],
    ['Depuis sa création … en amorçage (FR)', 'Depuis sa création en 2022, Kiplo a levé § en amorçage.', ['round']],
    // "since" later in the sentence, after the raise, is not the fronted phrase.
    ['raised § since (EN, TOTAL_AFTER keeps it a total)', 'Acme has raised § since its launch.', ['total-raised']],
    // A company, not a round, as the subject of "includes".
    ['The company’s backers include (EN)', 'The startup raised § led by Accel; its backers include Sequoia.', ['round']],
    ['Acme’s round, which included (EN, second figure a part)', 'Acme closed a § Series B, which included a § investment from Tiger.', ['round', 'other']],
  ];
  it.each(rows)('%s', (_label, masked, expected) => {
    expect(kinds(masked)).toEqual(expected);
  });
});

describe('round 11 negatives: hedge and range look-alikes', () => {
  const rows: [string, string, string[]][] = [
    // A raise done, with a purpose after it.
    ['raised § to expand (EN)', 'Acme raised § to expand into Europe.', ['round']],
    ['a levé § pour recruter (FR)', 'Kiplo a levé § pour recruter 50 personnes.', ['round']],
    // A hedge word elsewhere in the sentence, not governing the raise: the raise is done.
    ['tried to … then raised (EN)', 'Having tried to bootstrap for years, Acme raised § from Accel.', ['round']],
  ];
  it.each(rows)('%s', (_label, masked, expected) => {
    expect(kinds(masked)).toEqual(expected);
  });
});

describe('round 11 negatives: bridge and pré look-alikes', () => {
  const rows: Array<[string, string]> = [
    ['The state approved a $1.5 billion bridge over the river.', ''],
    ['Beijing opened a $2bn bridge to link Macau and Zhuhai.', ''],
    ['a bridge from Paris to London', ''],
    ['Le pont a coûté 3 millions d’euros.', ''],
    ['une prée-série A', 'Series A'],
  ];
  it.each(rows)('%s → %s', (text, want) => {
    expect(findRounds(text)[0]?.round ?? '').toBe(want);
  });
});

describe('round 11 negatives: follow-on phrases that point at the next figure, or at no round', () => {
  const rows: [string, string, boolean][] = [
    // At the end of this figure's clause the phrase is about the next figure: this raise is the news.
    ['raised § on the heels of a (EN)', 'Acme raised  on the heels of a', false],
    ['lève § dans la foulée d’une (FR)', 'Kiplo lève  dans la foulée d’une', false],
    ['raised § in addition to the (EN)', 'Acme raised  in addition to the', false],
    // A fronted "after" clause with a plain past raise after it stays ambiguous: the cue is kept.
    ['After §, Acme raised (EN)', 'After a § seed round in 2021, Acme raised  from Accel.', true],
    // A discourse link, not a round told before.
    ['On top of this, … valued (EN)', 'On top of this, it is reportedly being valued at  in a fresh round.', false],
    ['In addition to that, … raised (EN)', 'In addition to that, Acme raised  from Accel.', false],
    ['En plus de cela, … lève (FR)', 'En plus de cela, Kiplo lève  auprès de Partech.', false],
    // No follow-on phrase: a present raise is the news.
    ['plain present (FR)', 'Kiplo lève  auprès de Partech pour recruter.', false],
  ];
  it.each(rows)('%s', (_label, clause, want) => {
    expect(isPastContext(clause)).toBe(want);
  });
});

describe('round 11 review: a follow-on phrase with no round or amount after it tells no earlier round', () => {
  // [label, sentence, amount] — the news round stays announced.
  const rows: [string, string, string][] = [
    ['In the wake of the pandemic, X raised (EN)', 'In the wake of the pandemic, Acme raised $20 million in Series B funding led by Accel.', '$20 million'],
    ['funding that adds to its cash pile (EN)', 'Acme raised $20 million in Series B funding that adds to its growing cash pile.', '$20 million'],
    ['to add to its engineering team (EN)', 'Acme raised $10 million in Series A funding to add to its engineering team.', '$10 million'],
    ['Dans la foulée de la pandémie, X a levé (FR)', 'Dans la foulée de la pandémie, Kiplo a levé 20 millions d’euros en série B menée par Partech.', '20 millions d’euros'],
    ['qui s’ajoutent à sa trésorerie (FR)', 'Kiplo lève 20 millions d’euros en série B, qui s’ajoutent à sa trésorerie déjà confortable.', '20 millions d’euros'],
    ['pour s’ajouter à la liste (FR)', 'Kiplo lève 10 millions d’euros en série A pour s’ajouter à la liste des futures licornes.', '10 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, text, amount) => {
    const deal = readFunding({ paragraphs: [text] }).deals.find((d) => d.amount?.text === amount);
    expect(deal).toBeDefined();
    expect(deal!.status).toBe('announced');
  });
});

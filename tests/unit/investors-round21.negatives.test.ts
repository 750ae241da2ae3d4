/**
 * Look-alikes of round 21's readers (investors-round21.test.ts): a description of a fund or a company opening a sentence, a comma
 * item that is a conjunction or an adverb, a description whose last word is a name's own. Sentences of our own invention; money
 * masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

// Guards of OPENING_PARTICIPLE_ROUND_SUBJECT (pass before and after): its subject is a fund, a company or a team, not the round.
describe('an opening participle about a fund or a company names no lead', () => {
  const rows: Array<[string, Want]> = [
    row('Backed by Kestrel Capital, the fund invests in seed startups.', [], []),
    row('Led by Jane Moreau, the company grew its round of hires to forty.', [], []),
    row('Led by Paul Okafor, the team closed a funding round last year.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

// Failed before (the list lost behind its apposition, the place read as the one name).
describe('an apposition telling where the investors sit is no investor', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Partners and Orion Capital, two firms in Lisbon, also participated in the round.', [], ['Kestrel Partners', 'Orion Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

// Guards (pass before and after): a name that ends on a kind word, a plain "with" clause, a channel after "via" keep the list as it was.
describe('a name of its own, a plain with-clause or a channel is not an apposition', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from the Kestrel Fund and Orion Capital.', [], ['Kestrel Fund', 'Orion Capital']),
    row('The round was led by Delta Capital, with Zeta Partners participating.', ['Delta Capital'], ['Zeta Partners']),
    row('L’État, via la Banque régionale d’investissement (BRI), a apporté § au tour de table.', [], ['BRI']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

// Guards: the comparison after a verb whose object is no round names no co-investor (whatever the subject's own reading).
describe('"just like" after taking part in something else adds no investor', () => {
  const rows: Array<[string, string]> = [
    ['Jane Moreau took part in the Lisbon marathon, just like Paul Okafor.', 'Paul Okafor'],
    ['Kestrel a participé au salon de Lyon, tout comme Orion Capital.', 'Orion Capital'],
  ];
  it.each(rows)('%s', (sentence, name) => expect(roles(sentence).participant).not.toContain(name));
});

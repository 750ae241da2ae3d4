/**
 * Investor lists, round 21: readers of structure for shapes of the blind misses seen on several outlets. (1) An apposition between a
 * subject list and its verb may open on a count or a bare lower-case noun, not only an article (APPOSITION_OPENER). (2) A lead
 * list ends where a later verb's "with" clause begins, even past an apposition after the lead (WITH_CLAUSE_OPENING_END). (3) A sentence opening
 * on "Led by X," whose main subject is the round needs no round word before the cue (OPENING_PARTICIPLE_ROUND_SUBJECT).
 * Sentences of our own invention; money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('an apposition without an article between the subject list and its verb is skipped', () => {
  const rows: Array<[string, Want]> = [
    row('Jane Moreau et Paul Okafor, spécialiste de la logistique, font partie des nouveaux investisseurs.', [], ['Jane Moreau', 'Paul Okafor']),
    row('Kestrel Partners and Orion Capital, two firms from Lyon, also participated in the round.', [], ['Kestrel Partners', 'Orion Capital']),
    row('Hooli Ventures et Globex Capital, deux fonds lyonnais, ont également participé à l’opération.', [], ['Hooli Ventures', 'Globex Capital']),
    row('Orion Capital, former backer of Norvio, also participated in the round.', [], ['Orion Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a lead list ends where the next verb\'s "with" clause begins, past an apposition', () => {
  const rows: Array<[string, Want]> = [
    row('The § round is being led by Kestrel Partners, the big fund out of Oslo, with Orion Capital and Hooli Ventures (once a unit of Globex) also participating.', ['Kestrel Partners'], ['Orion Capital', 'Hooli Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('an opening "Led by X," whose subject is the round names its lead', () => {
  const rows: Array<[string, Want]> = [
    row('Led by Kestrel Capital, the funding round will pay for two trials.', ['Kestrel Capital'], []),
    row('Co-led by Orion Ventures and Hooli Partners, this Series B brings Norvio’s total to §.', ['Orion Ventures', 'Hooli Partners'], []),
    row('Co-led by Orion Ventures and by , this Series B will pay for a plant in Lyon.', ['Orion Ventures'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('"as did" / "tout comme" after a verb of taking part, its round object and a relative clause between', () => {
  const rows: Array<[string, Want]> = [
    row('Delta Health, a unit of the Zeta group, also took part in the round, which valued Norvio at §, as did Orion Capital.', [], ['Delta Health', 'Orion Capital']),
    row('Kestrel a participé à l’opération, tout comme Hooli Ventures.', [], ['Kestrel', 'Hooli Ventures']),
    row('Kestrel Partners invested in the § seed round, just like Globex Capital.', [], ['Kestrel Partners', 'Globex Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

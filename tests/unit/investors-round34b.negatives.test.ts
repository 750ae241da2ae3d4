/**
 * Look-alikes of investors-round34b.test.ts (invented sentences): a round word before lower-case words or a round's letter (no firm
 * name: "Seed investors X", "Series B investor X"); a "that" clause after a lead told by "led by" (the firm's past, not more
 * investors); a withheld sum put into a fund or paid as a price (no round's investor); a French title followed by the person it
 * describes (the person is named, ROLE_OF_ORG_THEN_PERSON) or after a person in a list whose organisation has capitalised words.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 34b look-alikes: a round word that opens no firm’s name', () => {
  const rows: Array<[string, Want]> = [
    row('Tolvane raised § from Seed investors Orbis Capital and Halden Ventures.', [], ['Orbis Capital', 'Halden Ventures']),
    row('Tolvane raised § in a round led by Series B investor Halden Capital.', ['Halden Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 34b look-alikes: a "that" clause that is the firm’s past', () => {
  const rows: Array<[string, Want]> = [
    row('Tolvane raised § in a round led by Halden Ventures, the Dutch growth fund that backed Globex.', ['Halden Ventures'], []),
    row('Halden Ventures, the Dutch fund that backed Globex, said it was pleased.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 34b look-alikes: a withheld sum that backs no round', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Capital invested an undisclosed amount into its new Growth Fund.', [], []),
    row('Tolvane was acquired by Globex for an undisclosed sum.', [], []),
    row('Globex a racheté Tolvane pour un montant non divulgué.', [], []),
    row('Orbis Capital a investi une somme non précisée dans son propre fonds d’amorçage.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 34b look-alikes: a French title before its person, or an organisation of capitalised words', () => {
  const rows: Array<[string, Want]> = [
    row('Tolvane a levé § auprès du cofondateur de Globex Hugo Lefranc.', [], ['Hugo Lefranc']),
    row('Tolvane a levé § auprès de Hugo Lefranc, le cofondateur de Globex Robotique, et de Marie Roy.', [], ['Hugo Lefranc', 'Marie Roy']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

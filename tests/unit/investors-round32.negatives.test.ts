/**
 * Investor lists, round 32, look-alikes of investors-round32.test.ts: a French institution whose name holds a lower-case word
 * ("centrale", "européenne", "d’épargne") is still read as its short form in parentheses, whatever capitalised words follow; a
 * figure followed by another participle of giving ("financée par") is no subscription: a grant or a loan may be financed so.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 32 negatives: a lower-case word keeps the short form', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio a levé § auprès de la Banque régionale d’investissement (BRI) et de Granit Ventures.', [], ['BRI', 'Granit Ventures']),
    row('Norvio a levé § auprès de la Caisse d’épargne Savoie Alpes (CESA) et de Granit Ventures.', [], ['CESA', 'Granit Ventures']),
    row('Kestrel Ventures et la Société régionale de garantie (SRG) ont également participé à l’opération de §.', [], ['Kestrel Ventures', 'SRG']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 32 negatives: only a subscription names the figure’s investors', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio a obtenu une subvention de § financée par la Région Bretagne pour son usine.', [], []),
    row('La levée de § souscrite en deux jours a surpris le marché.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

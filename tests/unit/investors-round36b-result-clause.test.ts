/**
 * RESULT_CLAUSE (investors.ts), round 36: "becoming"/"devenant" opens a clause of result like "making"/"faisant": the raiser's
 * new status ("…, becoming the latest unicorn in X along with A and B") ends the lead list; the companies named beside it in
 * that clause did not invest (batch 25's 1020 read them as co-leads; the same shape as blind batch 17's 717, "making the startup
 * Bulgaria’s first unicorn"). Look-alikes: an investor "becoming the largest shareholder" is still read by its own cue, a list
 * that goes on is not cut. Invented sentences, money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a clause of result opened by "becoming" ends the investor list', () => {
  const rows: Array<[string, Want]> = [
    row('Zorbit raised § in a Series C round led by Orion Capital, becoming the third unicorn in Ghana along with Kestrel and Vantor.', ['Orion Capital'], []),
    row('Acme closed a § round co-led by Harbor Partners and Nordvik Capital, becoming Peru’s most valuable startup after Lumo, Tarka and Belo.', ['Harbor Partners', 'Nordvik Capital'], []),
    row('Acme a levé § lors d’un tour mené par Alpha Ventures, devenant la troisième licorne marocaine avec Kestrel et Vantor.', ['Alpha Ventures'], []),
    row('Acme a levé § lors d’un tour mené par Alpha Ventures et Beta Capital, devenant la licorne la plus valorisée du Maroc, devant Kestrel, Vantor et Lumo.', ['Alpha Ventures', 'Beta Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('look-alikes: no clause of result', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised § in a round led by Alpha Ventures, along with Beta Capital and Gamma Partners.', ['Alpha Ventures'], ['Beta Capital', 'Gamma Partners']),
    row('Acme a levé § lors d’un tour mené par Alpha Ventures, aux côtés de Beta Capital et Gamma Partners.', ['Alpha Ventures'], ['Beta Capital', 'Gamma Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

import { describe, expect, it } from 'vitest';
import { findAmountlessRounds } from '../../utils/amountless-rounds';

// Roundup entries told without a figure (rows invented, English and French): each listed company is one round.
const rows: Array<[string, string[]]> = [
  // A list is the whole subject of a funding verb whose object has no figure.
  ['Further, D2C skincare brand Glowmint and D2C footwear label Stepwise also secured funds this week.', ['Glowmint', 'Stepwise']],
  ['Harbor Maps, Kiplo and Tessera Bio also raised undisclosed amounts.', ['Harbor Maps', 'Kiplo', 'Tessera Bio']],
  ['Meanwhile, agritech startup Fieldly and logistics platform Cargoon have also raised funding.', ['Fieldly', 'Cargoon']],
  ['Par ailleurs, la plateforme Kiplo et la fintech Tilia ont également levé des fonds.', ['Kiplo', 'Tilia']],
  // One company needs "also" (a wrap's "… also secured funding").
  ['Edtech platform Learnly also secured funding this week.', ['Learnly']],
  // "and" inside a descriptor does not split ("construction and home improvement platform").
  ['Construction and home improvement platform Buildo and pet care brand Wagwise also bagged funds.', ['Buildo', 'Wagwise']],
  // A ranked list of the week's funded startups.
  ['Health and wellness brand Nuvira spearheaded the list followed by used-car retailer Motorlane, AI platform Querio, and deep-tech startup Subsea Labs.', ['Nuvira', 'Motorlane', 'Querio', 'Subsea Labs']],
  ['Fintech startup Paywise topped the list of funded companies, followed by Kiplo and Tilia.', ['Paywise', 'Kiplo', 'Tilia']],
  ['The list further includes adventure programme provider Campfire, home services platform Fixly, (AI) startup Vocalo, and agritech startup Grano.', ['Campfire', 'Fixly', 'Vocalo', 'Grano']],
  ['La liste comprend aussi la plateforme Kiplo et la start-up Tilia.', ['Kiplo', 'Tilia']],
  // The rest of a wrap's rounds named in one list.
  ['Other startups that raised funding this week include Kiplo, Tilia and Ornikar.', ['Kiplo', 'Tilia', 'Ornikar']],
  ['Other companies raising rounds were Fieldly and Cargoon.', ['Fieldly', 'Cargoon']],
  ["D'autres levées ont été annoncées par Kiplo et Tilia.", ['Kiplo', 'Tilia']],
  ['Parmi les autres levées de la semaine : Kiplo, Tilia et Ornikar.', ['Kiplo', 'Tilia', 'Ornikar']],
];

// An investor putting money into a named company, no figure: [sentence, company, investor, past].
const injected: Array<[string, string, string | null, boolean]> = [
  ["Trois semaines après avoir injecté de l'argent frais dans l'opérateur mobile lyonnais Kiplo, le fonds Harbor Capital mise à nouveau sur une start-up.", 'Kiplo', 'Harbor Capital', true],
  ['Kestrel Ventures pumped fresh capital into logistics startup Cargoon.', 'Cargoon', 'Kestrel Ventures', false],
  ['Partech a injecté des capitaux frais dans la fintech Tilia.', 'Tilia', 'Partech', false],
  ['Last year Harbor Capital had poured money into Tessera Bio.', 'Tessera Bio', 'Harbor Capital', true],
];

describe('amountless rounds: money put into a company (batch 8)', () => {
  it.each(injected)('%s', (sentence, company, investor, past) => {
    const [found, ...more] = findAmountlessRounds(sentence, null);
    expect(more).toEqual([]);
    expect(found).toMatchObject({ company, investor, past });
  });
});

describe('amountless rounds: roundup lists (batch 8)', () => {
  it.each(rows)('%s', (sentence, companies) => {
    const found = findAmountlessRounds(sentence, null);
    expect(found.map((r) => r.company)).toEqual(companies);
    // No investor is named by these shapes, and no round is named.
    for (const r of found) {
      expect(r.investor).toBeNull();
      expect(r.namesRound ?? false).toBe(false);
    }
  });
});

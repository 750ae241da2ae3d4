/**
 * Look-alikes of the round-13 investor frames (investors-round13.test.ts) that must NOT yield investors: a customer providing a
 * contract, a company's manager "dirigée par", a share purchase with no round, names in brackets after a non-investor set,
 * a cleft about something else than the round.
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('look-alikes of the round-13 frames name no investor', () => {
  const rows: Array<[string, Want]> = [
    // A contract provided by a customer: no raising in the sentence.
    row('Acme signed a § contract, provided by the Ministry of Defence.', [], []),
    row('Acme a décroché une commande de §, passée par Globex Industries.', [], []),
    // A company's management, not the round.
    row('La société, dirigée par Jane Moreau, a levé §.', [], []),
    row('La start-up dirigée par Paul Okafor vient de boucler une levée de §.', [], []),
    // Customers or partners in brackets.
    row('Acme raised § to serve its customers (Globex Industries, Initech Retail).', [], []),
    row('La start-up travaille avec de grands comptes (Globex Industries, Initech Retail).', [], []),
    // A stake increase in a company with no round near.
    row('Tencent increased its stake in Spotify to 9% last year.', [], []),
    row('Hooli a renforcé sa position sur le marché européen.', [], []),
    // A cleft about a product or a market, not the round.
    row('C’est Globex Industries qui a repris la main sur le marché des batteries.', [], []),
    // A role at a firm, then the firm: the firm is no person (the lead's own description).
    row('The round was led by Jane Moreau, managing partner at Kestrel Capital and former investor at Globex Ventures.', ['Jane Moreau'], []),
    row('La levée est menée par Paul Okafor, associé chez Hooli Partners.', ['Paul Okafor'], []),
    // "backed by X" describing the company, then "with participation from": X is no lead.
    row('Acme, backed by Northwind Capital, raised § with participation from Globex Ventures.', [], ['Globex Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));

  it('a stake increase without a deal near is not read at all', () => {
    expect(findInvestorMentions('Existing investors Northwind Capital and Globex Ventures increased their stakes in the round.', { nearDeal: false })).toEqual([]);
  });
});

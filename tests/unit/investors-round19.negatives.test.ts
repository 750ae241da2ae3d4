/**
 * Look-alikes of the round-19 readers (investors-round19.test.ts) and the intermediaries of a share sale. (1) Banks that run a
 * sale or advise on it (lead manager, book-running managers, underwriters, placement agent, adviser) are no lead investor
 * (INTERMEDIARY_ROLE_AFTER_LEAD, INTERMEDIARY_BEFORE_LEAD in investors.ts). (2) A modifier ends a list when no preposition
 * re-opens it; a dash aside after a word that is not a noun for investors is a remark. Sentences of our own invention.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('the banks that run a share sale or advise on it are not its lead investors', () => {
  const rows: Array<[string, Want]> = [
    row('Orion Bank and Hooli Securities acted as joint book-running managers for the § offering, while Globex Capital acted as lead manager.', [], []),
    row('Orion Bank acted as lead placement agent for the § private placement.', [], []),
    row('Hooli Securities acted as lead underwriter of the § offering.', [], []),
    row('Norvio sold shares for § through a syndicate of underwriters led by Orion Bank.', [], []),
    row('Orion Bank and Hooli Securities were joint lead managers on the § placement.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('guards: a lead investor is still a lead', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Partners acted as lead investor in the § round.', ['Kestrel Partners'], []),
    row('Norvio raised § in a series B with Kestrel Partners as lead investor.', ['Kestrel Partners'], []),
    row('The § series A was led by Kestrel Partners, with participation from Orion Ventures.', ['Kestrel Partners'], ['Orion Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('look-alikes: no preposition re-opens the list, or the dash aside is a remark', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio a levé § auprès du fonds Alpha Croissance géré par Kestrel Gestion et Orion Conseil.', [], ['Alpha Croissance']),
    row('Norvio raised § from investors – mostly family offices – in a series A.', [], []),
    row('Norvio said its investors – who remain anonymous – will fund the expansion.', [], []),
    row('Sequoia Capital, which has backed many startups – think Orion, Hooli and Globex – led the § round.', ['Sequoia Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

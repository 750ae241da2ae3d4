/**
 * Investor lists, round 20: what a name is. (1) A dash aside after a noun for investors is their list only when its first item is a
 * name (asideFirstItemIsName): a capital opens it and no preposition of place sits in it. (2) A degree word and a figure is a count,
 * not a name (COUNT_NOT_NAME). (3) A spreadsheet formula glued after a name is no part of it and does not end the list
 * (FORMULA_TOKEN). (4) A name in double quotes keeps its own comma, semicolon and conjunction (QUOTED_NAME). Sentences of our own
 * invention; money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

// Guards (pass before and after): the aside whose first item is a name stays the list.
describe('a dash aside that names the investors is still their list', () => {
  const rows: Array<[string, Want]> = [
    row('Returning backers – Orion Ventures and Hooli Capital – joined the § series B.', [], ['Orion Ventures', 'Hooli Capital']),
    row('Norvio a levé § auprès de ses actionnaires – dont Kestrel Partners et Globex Capital – pour son amorçage.', [], ['Kestrel Partners', 'Globex Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a formula glued after a name is not part of it, and the list goes on after it', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § led by Kestrel Partners, with participation from Orion Ventures, Zeta =HYPERLINK("http://a.b") and Hooli Capital.', ['Kestrel Partners'], ['Orion Ventures', 'Zeta', 'Hooli Capital']),
    row('Norvio a levé § auprès de Delta =SOMME(A1;B2) et de Kestrel Capital.', [], ['Delta', 'Kestrel Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a quoted name keeps its own punctuation, and the names after it stay in the list', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § in a series B led by "The Orion, Fund; LLC" and Globex Bank Growth Fund, with participation from Hooli Ventures.', ['The Orion, Fund; LLC', 'Globex Bank Growth Fund'], ['Hooli Ventures']),
    row('Norvio a levé § auprès de Kestrel Capital et de "Delta, Gamma et Associés".', [], ['Kestrel Capital', 'Delta, Gamma et Associés']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a capitalised describer of kind glued before the name is not part of it', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio has secured § from Danish Impact Investors Kestrel (a fund in Aarhus) and Orion Capital.', [], ['Kestrel', 'Orion Capital']),
    row('Norvio raised § led by Strategic Investor Hooli Corp.', ['Hooli Corp'], []),
    row('Norvio a levé § auprès de Investisseur Kestrel Partners et d’Orion Capital.', [], ['Kestrel Partners', 'Orion Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

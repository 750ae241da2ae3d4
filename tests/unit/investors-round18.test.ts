/**
 * Investor lists, round 18: shapes that recur across outlets in the blind misses and the fresh pages. (1) The French frame of
 * entering a company's capital is one reader (CAPITAL_ENTRY_FORWARD / CAPITAL_ENTRY_BACKWARD in investors.ts): the noun
 * ("l'entrée au capital de X"), the relative ("au capital de laquelle entrent X"), the verbs letting shareholders in ("faisant
 * entrer X", "voit entrer X", "accueille X à son capital") and the subject entering ("X entre au capital"). Sentences of our own
 * invention; money masked as "§". Rows go through the funding reader's masked sentence, as `roles` reads it.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('the French capital-entry frame names new shareholders, whatever its verb', () => {
  const rows: Array<[string, Want]> = [
    row('La jeune pousse accueille Kestrel Partners et Orion Ventures à son capital.', [], ['Kestrel Partners', 'Orion Ventures']),
    row('Norvio accueille à son capital Hooli Ventures et Globex Partners à l’occasion de cette levée.', [], ['Hooli Ventures', 'Globex Partners']),
    row('La société a accueilli dans son capital le fonds Initech Capital.', [], ['Initech Capital']),
    row('Une autre pépite accueille elle aussi Northwind Ventures à son capital : Norvio a levé §.', [], ['Northwind Ventures']),
    row('Norvio a levé § en faisant entrer Kestrel Partners et Orion Ventures à son capital.', [], ['Kestrel Partners', 'Orion Ventures']),
    row('La start-up voit entrer Hooli Ventures à son capital.', [], ['Hooli Ventures']),
    row('Cette opération marque l’entrée au capital de Globex Partners et d’Initech Capital.', [], ['Globex Partners', 'Initech Capital']),
    row('Une levée de § au capital de laquelle entrent Kestrel Partners et Orion Ventures.', [], ['Kestrel Partners', 'Orion Ventures']),
    row('Hooli Ventures et Globex Partners font leur entrée au capital de la start-up.', [], ['Hooli Ventures', 'Globex Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

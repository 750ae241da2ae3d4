/**
 * Investor lists, round 19: readers of structure, not of one page's phrases. (1) A list whose next item repeats the cue's
 * preposition after "et" ("auprès de A géré par B et de C", "auprès de D basée à Lyon et d'E") goes on past the modifier of the
 * item before it (REOPENED_ITEM in investors.ts), and so does the cue said again after a comma ("…, ainsi qu'auprès du fonds D",
 * REOPENED_CUE). (2) A noun for investors followed by a dash aside: the aside is the list
 * (INVESTOR_NOUN_BEFORE_DASH for a subject, DASH_OPENED_LIST for a cue's object). Sentences of our own invention; money masked
 * as "§". Rows go through the funding reader's masked sentence, as `roles` reads it.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a list item that repeats the cue’s preposition is one more object of the cue', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio a levé § auprès du fonds Alpha Croissance géré par Kestrel Gestion et de ses investisseurs historiques Orion Ventures et Hooli Capital.', [], ['Alpha Croissance', 'Orion Ventures', 'Hooli Capital']),
    row('La start-up boucle un tour de § auprès du fonds Delta Amorçage conseillé par Kestrel Gestion et de la banque Globex & Cie.', [], ['Delta Amorçage', 'Globex & Cie']),
    row('La société a levé § auprès de Kestrel Capital basée à Lyon et d’Orion Ventures.', [], ['Kestrel Capital', 'Orion Ventures']),
    row('Norvio a bouclé § auprès des fonds d’impact Kestrel Capital et Orion Partners, ainsi qu’auprès du fonds technologique Hooli Ventures (Jean Dupont et Marie Curie).', [], ['Kestrel Capital', 'Orion Partners', 'Hooli Ventures']),
    row('Norvio a levé § auprès du fonds Alpha Croissance géré par Kestrel Gestion et des business angels Jeanne Martin et Paul Durand.', [], ['Alpha Croissance', 'Jeanne Martin', 'Paul Durand']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a noun for investors then a dash aside: the aside names them', () => {
  const rows: Array<[string, Want]> = [
    row('All backers from the previous round – Orion Ventures, Hooli Capital and Globex Partners – joined the § series B.', [], ['Orion Ventures', 'Hooli Capital', 'Globex Partners']),
    row('Existing investors – Kestrel Partners and Orion Ventures – also took part in the round.', [], ['Kestrel Partners', 'Orion Ventures']),
    row('Ses actionnaires historiques — Kestrel Partners et Orion Ventures — ont participé à la levée de §.', [], ['Kestrel Partners', 'Orion Ventures']),
    row('Norvio raised § from investors – Orion Ventures, Hooli Capital and Globex Partners – in a series A.', [], ['Orion Ventures', 'Hooli Capital', 'Globex Partners']),
    row('Norvio a levé § auprès de ses actionnaires historiques – Orion Ventures et Hooli Capital – pour financer sa croissance.', [], ['Orion Ventures', 'Hooli Capital']),
    row('Norvio a levé § auprès de plusieurs investisseurs – dont Orion Ventures et Hooli Capital – lors de son amorçage.', [], ['Orion Ventures', 'Hooli Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

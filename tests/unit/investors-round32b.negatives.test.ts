/**
 * Investor lists, round 32b, look-alikes of investors-round32b.test.ts: an "and" inside one name of a comma list stays one name
 * when the comma before it follows a name, not a set noun ("Sequoia, Plug and Play Ventures, Index"), and a firm whose name ends
 * in "Investors" is a name, not a set noun. A round "involving investors" names nobody when no capitalised name follows the noun
 * ("some major institutional investors for Norvio"), and the frame needs the round noun before it.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 32b negatives: an inner "and" after a name stays in the name', () => {
  const rows: Array<[string, Want]> = [
    row('The § round was led by Orbis Capital with participation from Kestrel, Plug and Play Ventures, and Azur Partners.', ['Orbis Capital'], ['Kestrel', 'Plug and Play Ventures', 'Azur Partners']),
    row('The § round was led by Orbis Capital with participation from Granit Investors, Plug and Play Ventures, and Azur Partners.', ['Orbis Capital'], ['Granit Investors', 'Plug and Play Ventures', 'Azur Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 32b negatives: a round involving investors with no name after the noun', () => {
  const rows: Array<[string, Want]> = [
    row('The largest deal was a § series D round involving some major institutional investors for Norvio.', [], []),
    row('Tilvo closed a seed round of § with investors in Europe and Asia.', [], []),
    row('Un tour de table impliquant les investisseurs de la région a permis à Norvio de lever §.', [], []),
    row('The report lists cases involving investors Kestrel Ventures and Granit Capital in court.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

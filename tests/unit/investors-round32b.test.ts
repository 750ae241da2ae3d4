/**
 * Investor lists, round 32b (invented sentences; money masked as "§").
 * (1) SET_NOUN_BEFORE_COMMA (innerAndName, utils/investors.ts): a plural set noun, a comma, then a short list ("participation
 * from new investors, A and B, as well as C"): the comma opens the set's apposition, so its "and" joins two names; it was read
 * as one name "A and B" (the "Plug and Play Ventures" rule). Shape on fixture 621 (BioSpace: "new investors, OrbiMed and
 * Monograph Capital, as well as …") and 562 (Haaretz: "Existing investors, Horizons Ventures and Aleph, also participated").
 * (2) ROUND_WITH_NAMED_INVESTORS (FORWARD_TRIGGERS): a round noun, "involving/including/with/impliquant" and the bare noun
 * "investors" before its names ("raised § through a seed round involving investors A, B and C"): no verb ties the names, and
 * nothing was read. Shape on 877 (Herald Scotland, with names) and 91 (Finextra, "a series D round involving some major
 * institutional investors for Starling Bank", unnamed: a look-alike row).
 * Each row fails with its rule off (checked). Look-alikes: investors-round32b.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 32b: a set noun and its comma before a short list', () => {
  const rows: Array<[string, Want]> = [
    row('The § round was led by Orbis Capital with participation from new investors, Kestrel and Granit Ventures, as well as Azur Partners.', ['Orbis Capital'], ['Kestrel', 'Granit Ventures', 'Azur Partners']),
    row('Norvio’s § Series A was led by Orbis Capital, with backing from existing backers, Tilvo and Marlo Capital, and Azur Partners.', ['Orbis Capital'], ['Tilvo', 'Marlo Capital', 'Azur Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 32b: a round with the bare noun "investors" and its names', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § through a seed round involving investors Kestrel Ventures, Granit Capital and Azur Partners.', [], ['Kestrel Ventures', 'Granit Capital', 'Azur Partners']),
    row('Tilvo closed a Series A of § including new investors Orbis Capital and Marlo Ventures.', [], ['Orbis Capital', 'Marlo Ventures']),
    row('Norvio a bouclé un tour de table de § impliquant les investisseurs Kestrel Ventures et Granit Capital.', [], ['Kestrel Ventures', 'Granit Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

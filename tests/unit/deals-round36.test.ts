/**
 * Round 36 (session 23, deals readers), the rounds next to a rate's look-alikes (deals.ts RATE_AFTER): a round dated "a year
 * after" something, a round whose own sentence then tells a ticket per startup, and "each" after two named raisers stay rounds.
 * And a round's own split told in an aside after its figure (deals.ts splitPartOfRound: GLInsight's "a § Series C — § in equity
 * plus § in venture debt —", Crain's New York's "§ in series B funding in January—§ in equity, and § in credit") is one round,
 * its parts no deals of their own; the split rows were red before the rule (checked at a9507d8; the EN row, rewritten after
 * session 23's review, at 9f1f4ea).
 * And a round with no amount told in the present of a headline or a digest item (amountless-rounds.ts PRESENT_CLOSING_VERB:
 * Racha's MENA digest "Kitopi raises a seed round from …", "Skiplino Raises Series A Round from …"; VCCircle's "Dailyhunt bags
 * Series G funding from …"; French headlines' "X lève une série A auprès de …", "X décroche sa …" and the lexicon's other present
 * headline verbs, "nets", since session 23's review): each row red before the rule (checked at a9507d8; the nets and FR rows at
 * 9f1f4ea).
 * Invented sentences, EN and FR.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 36: rounds told next to words of time or of recipients stay rounds', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['EN, "a year after" dates the round', 'Velmora raised $12 million a year after its seed round, led by Northwind Partners.', [['Velmora', '$12 million']]],
    ['EN, "per" of something else after the round noun', 'Brevik has raised a $30 million Series B to cut the cost per shipment for retailers.', [['Brevik', '$30 million']]],
    ['FR, "par an" further on', "Tondaro lève 8 millions d'euros auprès de Kima Ventures pour doubler ses ventes par an.", [['Tondaro', "8 millions d'euros"]]],
    ['EN, two named raisers "each"', 'Quonda and Kelbio each raised $5 million from Northwind Partners.', [['Quonda', '$5 million'], ['Kelbio', '$5 million']]],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});

describe('round 36: a round\'s own split in an aside after its figure is one round', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['EN, investor subject, dashes, "of new equity and a § loan"', 'Northwind Partners led the $60 million Series C of Velmora — $45 million of new equity and a $15 million loan — the startup said.', [['Velmora', '$60 million']]],
    ['FR, parentheses and "et"', "Tondaro lève 12 millions d'euros (8 millions d'euros en fonds propres et 4 millions d'euros de dette) auprès de Kima Ventures.", [['Tondaro', "12 millions d'euros"]]],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});

const roundsOf = (text: string) => readFunding({ paragraphs: [text] }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 36: a headline\'s or digest item\'s present tense tells an amountless round', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    ['"raises a seed round from"', 'Velmora raises a seed round from Northwind Partners and Kelbio Capital.', [['Velmora', null]]],
    ['title case, no determiner', 'Brevik Raises Series A Round from Kelbio Capital', [['Brevik', null]]],
    ['"bags Series C funding from"', 'Quonda bags Series C funding from Kelbio Capital.', [['Quonda', null]]],
    ['"lands seed funding from"', 'Kiplo lands seed funding from Kelbio Capital.', [['Kiplo', null]]],
    ['another present headline verb of the lexicon, "nets"', 'Quonda nets Series A funding from Kelbio Capital.', [['Quonda', null]]],
    ['FR, "lève une série A auprès de"', 'Kiplo lève une série A auprès de Kelbio Capital.', [['Kiplo', null]]],
    ['FR, "décroche sa première levée de fonds auprès de"', 'Tondaro décroche sa première levée de fonds auprès de Kima Ventures.', [['Tondaro', null]]],
  ])('%s', (_name, text, expected) => {
    expect(roundsOf(text)).toEqual(expected);
  });
});

describe('round 36: review entries ended by a semicolon still read as rounds', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['entries ended by semicolons', 'The biggest rounds of the year: Velmora, $200m; Tondaro, $150m; Brevik, $90m.', [['Velmora', '$200m'], ['Tondaro', '$150m'], ['Brevik', '$90m']]],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});

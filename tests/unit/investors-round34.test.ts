/**
 * Investor lists, round 34 (invented sentences).
 * PARTNER_OF_FIRM (firmOfLeadPartner, utils/investors.ts): a lead told as a person "of / at / from" an investment firm ("led by
 * Karan Mehandru of Trinity Ventures") is the firm, as the possessive form ("Forerunner Ventures’ Kirsten Green") already was: a
 * round is led by a firm, whose partner signs for it. Shape: 929 (crashdev, three rounds told so). EN and FR ("de", "d’").
 * PLACE_IN_SET_GAP (gapIsInvestorSet): "led by some of Silicon Valley’s most influential investment funds, such as A and B": the
 * place's possessive tells where the set's members are from, so the examples after the set are the leads (LEADS_AS_EXAMPLES), as
 * with a demonym ("led by Saudi, US and UAE investors, including …"). Shape: 952 (scaleups.be), 745 (EdiblePlanet, demonyms). English
 * only (the French "fonds de la Silicon Valley, dont A" is not read as a lead list at all; left).
 * Each row fails with its rule off (checked: the person was the lead; the examples were participants). Look-alikes:
 * investors-round34.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 34: a lead told as a partner of an investment firm is the firm', () => {
  const rows: Array<[string, Want]> = [
    row('Tolvane raised § in a Series B led by Marta Quintero of Halden Ventures.', ['Halden Ventures'], []),
    row('The § seed round was led by Olu Badejo at Kestrel Capital, with participation from Orbis Partners.', ['Kestrel Capital'], ['Orbis Partners']),
    row('Priya Nandakumar of Fernhill Partners led the § round in Tolvane.', ['Fernhill Partners'], []),
    row('Tolvane raised § in a Series A led by Jean-Marc Duval from Orbis Capital and Ardent Ventures.', ['Orbis Capital', 'Ardent Ventures'], []),
    row('Tolvane lève § lors d’un tour de table mené par Claire Mouret de Valmont Capital.', ['Valmont Capital'], []),
    row('Tolvane a levé § dans un tour mené par Hugo Lefranc d’Orbis Partners et Ardent Capital.', ['Orbis Partners', 'Ardent Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 34: a lead set told by its place, then its examples', () => {
  const rows: Array<[string, Want]> = [
    row('Tolvane raised § in a Series C led by some of Europe’s best-known venture funds, such as Halden Ventures and Orbis Capital.', ['Halden Ventures', 'Orbis Capital'], []),
    row('The § round was led by a group of Nigeria’s largest investors, including Kestrel Partners and Orbis Capital.', ['Kestrel Partners', 'Orbis Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

/**
 * Investor lists, round 33 (invented sentences).
 * (1) RELATIVE_LEAD_OF_THE_ROUND (BACKWARD_TRIGGERS, utils/investors.ts): "X, which led the funding round, said …": a relative
 * clause saying its antecedent led "the round" and closing there is about the round the article tells; the names went nowhere
 * (the earlier-round reading, next-only, found no figure after it). Shape: 812 (HortiDaily), 847 (DairyNews7x7). Read through
 * readFunding: the lead reaches the deal told before.
 * (2) FOLLOW_ON_IN_ROUND: "Existing investors A, B and C made follow-on investments in this round" (820 BusinessPost NG, 841
 * Enterprise): the subjects were no investors before.
 * (3) AMPERSAND_FIRM_PAIR (parseList): "led by Global Ventures & Ventures Platform" is two investors, not one name (684 Salient
 * Advisory twice, 820 BusinessPost NG).
 * (4) ROUND_CAME_FROM (FORWARD_TRIGGERS): the round as the subject of "comes from" ("The latest round comes from A, B and C", "The
 * Series A cash announced on Monday comes from X"): 793 (Azee Systems copy of TechCrunch), 745 (Edible Planet).
 * (5) LEADING_ISO_DATE (cleanItemCore): a stored page's dateline glued before a sentence-opening investor ("date 2022-08-24 Startup
 * Bangladesh Limited, …, has invested", 869) is no part of the name; the dateline opens paragraphs of 541, 570, 596, 614 too.
 * Each row fails with its rule off (checked). Look-alikes: investors-round33.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';
import { roles, row, type Want } from '../helpers/investor-roles';

const leadsOf = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.leadInvestors);

describe('round 33: a relative clause saying its antecedent led the round', () => {
  it.each([
    ['Norvio has raised £12 million in a seed round. Kestrel Ventures, which led the funding round, said the team had impressed it.', 'Kestrel Ventures'],
    ['Tilvo raised £30 million in a Series B round. While existing investors like Orbis Capital, which led the round, put in most of it, newcomers added the rest.', 'Orbis Capital'],
    ['Marlo announced a £9 million round on Tuesday. Granit Partners, which also led the round, will join the board.', 'Granit Partners'],
  ])('%s', (text, lead) => expect(leadsOf(text)[0]).toEqual([lead]));
});

describe('round 33: follow-on investments made in the round', () => {
  const rows: Array<[string, Want]> = [
    row('In addition, existing investors, Kestrel Ventures, Orbis Angels and Granit Partners, made follow-on investments in this round.', [], ['Kestrel Ventures', 'Orbis Angels', 'Granit Partners']),
    row('Azur Capital, alongside retail veterans Jane Moreau and Paul Okafor, made follow-on investments in the round.', [], ['Azur Capital', 'Jane Moreau', 'Paul Okafor']),
    row('Marlo Ventures also made a follow-on investment in the § seed round.', [], ['Marlo Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 33: an ampersand between two firms in a list', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § in a pre-seed round led by Kestrel Ventures & Orbis Platform, with participation from Granit Capital.', ['Kestrel Ventures', 'Orbis Platform'], ['Granit Capital']),
    row('Tilvo raised § in a Series A round led by Azur with participation from Marlo Holdings & Granit Capital Management.', ['Azur'], ['Marlo Holdings', 'Granit Capital Management']),
    row('Norvio a levé § lors d’un tour mené par Kestrel Capital & Orbis Impact Partners.', ['Kestrel Capital', 'Orbis Impact Partners'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 33: the round as where the money comes from', () => {
  const rows: Array<[string, Want]> = [
    row('The latest round comes from Kestrel Ventures, Orbis Capital and Granit Partners.', [], ['Kestrel Ventures', 'Orbis Capital', 'Granit Partners']),
    row('The Series A cash announced on Monday comes from Marlo Collective, a new investment arm of Azur Group.', [], ['Marlo Collective']),
    row('The § raise came from Kestrel Ventures and Tilvo Holdings.', [], ['Kestrel Ventures', 'Tilvo Holdings']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 33: a dateline before a sentence-opening investor', () => {
  const rows: Array<[string, Want]> = [
    row('date 2022-08-24 Kestrel Fund, the first state-backed fund, has invested § in Norvio in its Series C round.', [], ['Kestrel Fund']),
    row('date 2021-07-19 Kestrel Ventures and Orbis Capital have invested § in Norvio.', [], ['Kestrel Ventures', 'Orbis Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

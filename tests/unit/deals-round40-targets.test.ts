/**
 * Round 40 (issue 3, precision): a round's target, a programme's ceiling and a fund's own close are no round (deals.ts
 * HEDGED_RAISE_BEFORE "expects to"/"allowed to … raise", TARGET_BEFORE "targeting a final close of", FUND_MANAGER_BEFORE_VERB "X, a
 * venture capital fund …, has achieved a first close of"). Sentences of fixtures 1055 (Arab News), 1147 (The Glade Media), 1146
 * (Briefly copying TechCrunch), 1126 (Business Post Nigeria) and invented controls.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 40: a target, a ceiling or a fund close is no round', () => {
  it.each<[string, string[]]>([
    ['a round it expects to raise (1055)', ['The $200 million was the first close of a funding round in which it expects to raise over $500 million, Careem said in a statement.']],
    ['a ceiling firms are allowed to raise (1147)', ['Firms in Africa’s most populated metropolis that use technology to solve problems will be allowed to apply for and raise up to $500,000 in financing.']],
    ['a fund targeting a final close (1146)', ['"Lagos-based Ventures Platform, one of Africa\'s most active early-stage investors, has raised $64 million so far for its second fund, targeting a final close of $75 million, founding partner Kola Aina tells TechCrunch.']],
    ['a fund named by its kind in an apposition (1126)', ['Seedstars Africa Ventures I, a venture capital fund making early-stage investments in highly scalable start-ups in Africa, has achieved a first close of $42 million.']],
  ])('%s', (_name, paragraphs) => {
    expect(deals(...paragraphs)).toEqual([]);
  });
});

describe('round 40: controls, raises done stay rounds', () => {
  it.each<[string, string[], (string | null)[][]]>([
    ['a company backed by a venture capital fund raised', ['Acme Robotics, a startup backed by a venture capital fund, has raised $5 million.'], [['Acme Robotics', '$5 million']]],
    ['a raise done, then its target', ['Kestrel Robotics has raised $12 million in a Series A round, targeting a final close of $15 million.'], [['Kestrel Robotics', '$12 million']]],
    ['an expected close is still hedged, a raise done is not', ['Kestrel Robotics raised $8 million in seed funding.'], [['Kestrel Robotics', '$8 million']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(deals(...paragraphs)).toEqual(expected);
  });
});

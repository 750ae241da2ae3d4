/**
 * Funding rules, round 2: figures that are never a company's round —
 * period statistics, comparisons, thresholds, planned sizes, a lender's
 * programme, money spread over projects, a VC firm's own fund — each beside a
 * positive row that the same rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const dealsOf = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.value ?? null]);

describe('statistics, targets, programmes and funds are not rounds', () => {
  const rows: Array<[string, string[], Array<[string | null, number | null]>]> = [
    ['"compared to § raised in Q4 2024"', ['Late-stage rounds witnessed a total funding of $1.8 billion in Q1 2025, compared to $1.3 billion raised in Q4 2024.'], []],
    ['"a combined §", "compared with § raised in all of 2020"', ['Digital women’s health startups raised a combined $913 million in the first half, compared with $602.5 million raised in all of 2020.'], []],
    ['"le cap des § levés"', ['Au contraire des gros tickets, aucune entreprise n’a passé le cap des 10 millions d’euros levés cette semaine.'], []],
    ['a planned size: "Ce devait être une levée de §"', ['Ce devait être une levée de fonds de 40 millions d’euros.'], []],
    ['a lender’s programme: "goal to provide up to § in venture debt"', ['The deal is in line with its goal to provide up to $500 million in venture debt financing to start-ups.'], []],
    ['money spread over projects: "a § investment across nine … projects"', ['Scale AI announced a $21 million investment across nine separate Canadian artificial intelligence projects.'], []],
    ['a VC firm’s fund: "raised §, plus …, for its inaugural fund"', ['The Palo Alto-based firm raised $155 million, plus a $9 million side vehicle, for its inaugural fund in 2006.'], []],
    ['a VC firm’s fund: "§ in capital commitments"', ['The firm had raised $163 million in capital commitments, exceeding its target.'], []],
    ['an ecosystem is not a company', ['The domestic startup ecosystem secured more than $150 million this week.'], []],
    ['a sector total "à elles seules … grâce aux opérations de"', ['Les Medtech ont rassemblé près de 37 millions d’euros à elles seules cette semaine grâce aux opérations de Limflow et Infimed.'], []],
    // Positives the same rules must leave alone.
    ['a round "raised this week" by a named company', ['Zepto raised $200 million this week in a Series E round.'], [['Zepto', 200e6]]],
    ['a round "for its expansion" is not a fund', ['Acme raised $20 million for its expansion into Europe.'], [['Acme', 20e6]]],
    ['a round in two tranches is one round', ['Acme raised $20 million in a round across two tranches.'], [['Acme', 20e6]]],
    ['"compared" elsewhere in the sentence does not veto', ['Acme raised $20 million, a large sum compared with its peers.'], [['Acme', 20e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(dealsOf(paragraphs)).toEqual(want));
});

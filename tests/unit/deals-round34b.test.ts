/**
 * Round 34b (batch 23's first run, deals readers): a raiser named inside a counted set is no statistic.
 * - "§ raised by the <kind> startup Name": "the" + a singular "startup" + a capitalised name is one company, not the plural class
 *   PLURAL_AGENT_AFTER reads (deals.ts NAMED_STARTUP_AGENT_AFTER; 970's "three especially large deals – § raised by the ride-sharing
 *   startup Via"), and a participle's named agent right after the figure lifts the counted-set veto (PARTICIPLE_AGENT_AFTER in
 *   namedRaiserOfCount; the shape of 74's "the £21m secured by SME lending platform iwoca" and 959's "§ raised by space startup Iceeye").
 * - "…, including Name, which raised a § seed round": an article before the figure of the relative raise (NAMED_RELATIVE_RAISE;
 *   953's "has backed 200 Norwegian startups, including … Spoor, which raised an § Series A").
 * Invented sentences, EN and FR; every row was red at 9cb4389 (checked).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.value ?? null]).sort();

describe('round 34b: a named raiser inside a counted set (red before)', () => {
  it.each<[string, string, Array<[string, number]>]>([
    ['a counted set, then § raised by the … startup Name', 'The quarter saw two notable deals, with $40 million raised by the logistics startup Kelbio from Tarvel Capital.', [['Kelbio', 40e6]]],
    ['a counted set, then § secured by a kind and a name', 'Four sizeable deals stood out in March, led by €18 million secured by payroll platform Orvane.', [['Orvane', 18e6]]],
    ['FR: a counted set, then § levés par la … Name', "Deux opérations ont dominé le trimestre, dont 30 millions d'euros levés par la medtech Kelbio auprès de Tarvel Capital.", [['Kelbio', 30e6]]],
    ['a backed set, then Name, which raised a § round', 'Brenmark has backed 40 Danish startups, including the payments company Kelbio, which raised a $6 million seed round in May.', [['Kelbio', 6e6]]],
    ['a backed set, then Name, which raised an § Series A', 'Tarvel Capital has backed 120 companies, including the freight marketplace Orvane, which raised an $11 million Series A this month.', [['Orvane', 11e6]]],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual([...expected].sort());
  });
});

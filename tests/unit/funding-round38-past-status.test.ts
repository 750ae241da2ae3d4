/**
 * Funding rules, round 38 (issue 3, past rounds): the time words that tell whether a round is the page's news or an earlier round
 * told for context. Each positive row is a sentence that showed the status error on an unseen fixture (folder in the name), each
 * negative row a near-miss that must keep its status.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const statusesOf = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.value ?? null, d.status]);

type Row = [name: string, paragraphs: string[], want: Array<[string | null, number | null, string]>];

describe('"earlier this week / this month / today" is the news’s own time, not an earlier round', () => {
  const rows: Row[] = [
    ['asianlite 603: "Earlier this week, HealthKart raised §"', ['Earlier this week, foodtech platform HealthKart raised $135 million in a funding round led by Temasek, with participation from A91 Partners and Kae Capital.'], [['HealthKart', 135e6, 'announced']]],
    ['dailysabah 838: "… round of § earlier this month"', ['The mobile gaming startup Dream Games raised $255 million in a Series C funding round earlier this month.'], [['Dream Games', 255e6, 'announced']]],
    ['"earlier today"', ['Acme raised $12 million in a Series A round led by Accel earlier today.'], [['Acme', 12e6, 'announced']]],
    // Negatives: an earlier span keeps the round earlier.
    ['"earlier this year" keeps the cue', ['Acme raised $12 million in a Series A round led by Accel earlier this year.'], [['Acme', 12e6, 'past']]],
    ['bare "earlier" keeps the cue', ['Earlier, Acme had raised $12 million in a Series A round led by Accel.'], [['Acme', 12e6, 'past']]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(statusesOf(paragraphs)).toEqual(want));
});

describe('the news told as coming a span after an earlier raise', () => {
  const rows: Row[] = [
    ['retailtechinnovationhub 1005: "This came less than one year after Darkstore closed a § Series A round"', ['Splio has closed a €10 million funding round led by Ring Capital.', 'Darkstore has announced a $21 million Series B round led by EQT Ventures.', 'This came less than one year after Darkstore closed a $7.5 million Series A round.'], [['Splio', 10e6, 'announced'], ['Darkstore', 21e6, 'announced'], ['Darkstore', 7.5e6, 'past']]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(statusesOf(paragraphs)).toEqual(want));
});

describe('a relative clause telling a recent raise with a receiving verb', () => {
  const rows: Row[] = [
    ['avcj 893: "The Iconic which recently received § from Summit Partners"', ['Adam Jacobs, managing director of online fashion retailer The Iconic which recently received $25 million from Summit Partners, also drew rebukes from the association.'], [['Iconic', 25e6, 'past']]],
    ['"Acme, which recently completed a § Series A"', ['Acme, which recently completed a $5 million Series A round, is hiring engineers in Lagos.'], [['Acme', 5e6, 'past']]],
    // Negatives: a main clause with "recently" is left as read, and a relative without a time word.
    ['"Acme has recently received §" (main clause)', ['Acme has recently received $5 million in a Series A round led by Accel.'], [['Acme', 5e6, 'announced']]],
    ['"Acme, which received § from Accel," (no time word)', ['Acme, which received $5 million from Accel, is a Lagos startup.'], [['Acme', 5e6, 'announced']]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(statusesOf(paragraphs)).toEqual(want));
});

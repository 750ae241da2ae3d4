/**
 * Round 40 (issue 3, precision): a month review's statistics lines are no rounds. A list line named by a funding stage or a
 * statistic, or whose figure is counted over several deals, is no item of a list of rounds (funding-sentences.ts BREAKDOWN_NAME,
 * COUNTED_AFTER_FIGURE); a line opening on a statistic's label is that statistic (deals.ts STATISTIC_LABEL_OPENING). Lines of
 * fixture 1113 (London Tech Watch's April 2025 overview) and invented controls.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 40: statistics lines of a month review are no rounds', () => {
  it.each<[string, string[]]>([
    ['stage lines counted over deals (1113)', ['London startups raised £344.7M in April 2025.', 'Funding by stage:', '- Series A: £166.2M across 8 deals', '- Series B: £61.8M across 2 deals', '- Late-Stage & Other: £38.4M across 21 deals']],
    ['average and median lines (1113)', ['London startups raised £344.7M in April 2025.', 'Key figures:', '- Average Deal Size: £1.6M', '- Median Deal Size: £1.3M']],
    ['a total funding line (1113)', ['- Total Funding: £344.7M']],
  ])('%s', (_name, paragraphs) => {
    expect(deals(...paragraphs)).toEqual([]);
  });
});

describe('round 40: controls, a list of companies’ rounds stays one', () => {
  it.each<[string, string[], (string | null)[][]]>([
    ['company lines under a lead of rounds', ['The startups that raised funding this week:', '- Acme Robotics: £1.6M', '- Beta Labs: £2M'], [['Acme Robotics', '£1.6M'], ['Beta Labs', '£2M']]],
    ['a company whose name opens on a stage-like word', ['The startups that raised funding this week:', '- Seedstars Health: £1.6M', '- Seriesa Labs: £2M'], [['Seedstars Health', '£1.6M'], ['Seriesa Labs', '£2M']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(deals(...paragraphs)).toEqual(expected);
  });
});

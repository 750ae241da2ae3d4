import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

/** The deal of `company` read from paragraphs: its leads and participants. */
function backers(paragraphs: string[], company: string): string[] {
  const deal = readFunding({ paragraphs }).deals.find((d) => d.company === company);
  return deal ? [...deal.leadInvestors, ...deal.investors] : [];
}

describe('round 9 attachment: backers told in a profile of ANOTHER company are not the deal’s', () => {
  const rows: [string, string[], string, string[]][] = [
    ['ranking opening (EN)', ['Moped raised a $1 million seed round from Betaworks and Lerer Ventures.', 'One of the largest, ResearchGate, is headquartered in Berlin, with investments from Founders Fund, Benchmark Capital and Accel Partners.'], 'Moped', ['Founders Fund', 'Benchmark Capital', 'Accel Partners']],
    ['apposition opening (EN)', ['Payflo raised a $4 million seed round from Seedcamp and Speedinvest.', 'Another Berlin company, Wefox, is based in Kreuzberg, with investments from Target Global, Salesforce Ventures and Merian Ventures.'], 'Payflo', ['Target Global', 'Salesforce Ventures', 'Merian Ventures']],
    ['named opening (EN)', ['Kiplo raised a $6 million seed round from Kima Ventures and Side Capital.', 'A Paris neighbour, Lydia, is headquartered nearby, with investments from Tencent, Accel and Dragoneer.'], 'Kiplo', ['Tencent', 'Accel', 'Dragoneer']],
    ['apposition opening (FR)', ['Kiplo lève 5 millions d’euros auprès de Kima Ventures.', 'Autre pépite parisienne, Alan, installée à Paris, est soutenue par Index Ventures et Temasek.'], 'Kiplo', ['Index Ventures', 'Temasek']],
  ];
  it.each(rows)('%s', (_label, paragraphs, company, foreign) => {
    const got = backers(paragraphs, company);
    for (const name of foreign) expect(got).not.toContain(name);
  });
  it('keeps the deal’s own backers', () => {
    expect(backers(rows[0]![1], 'Moped')).toEqual(expect.arrayContaining(['Betaworks', 'Lerer Ventures']));
  });
});

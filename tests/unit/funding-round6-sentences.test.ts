/**
 * Round 6 sentence shapes of rounds (positives): roundup verbs ("took on", "s’assurer"), rankings ("was second with §",
 * "followed by X with §") and an investor's infusion into a named company. Figures are masked as "§"; the row's `nth`
 * picks which one is read.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';
import { summarizeText } from '../../utils/summary';

function kindOf(masked: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('round6: figures read as rounds', () => {
  const rows: Array<[string, number]> = [
    ['big winners such as food supply chain company Lumachain which took on § in its latest round', 0],
    ['Tiny fintech Payflo takes on § from angels', 0],
    ['À elle seule, Sophia Genetics a réussi à s’assurer § en fin d’année', 0],
    ['La jeune pousse nantaise Octopia s’est assurée § auprès de ses actionnaires', 0],
    ['Tech developer AppMachine was second with §, followed by trend intelligence company Bottlenose with §', 0],
    ['Tech developer AppMachine was second with §, followed by trend intelligence company Bottlenose with §', 1],
    ['Berlin-based Tinkle came third with about §', 0],
    ['La startup Lumos est arrivée deuxième avec §, suivie par la fintech Qonto avec §', 1],
    ['Among the high-profile investments were a § infusion into Betashares from Singapore’s Temasek', 0],
    ['Acme received a § cash injection from its backers', 0],
    // Items of a counted list, each a named company's round.
    ['Naspers Foundry invested in several startups, including a § investment in SweepSouth, a cleaning platform; a § investment in Aerobotics', 0],
    ['Naspers Foundry invested in several startups, including a § investment in SweepSouth, a cleaning platform; a § investment in Aerobotics', 1],
    ['The fund backed five startups; an investment of § into The Student Hub', 0],
    ['Le fonds a soutenu trois startups, dont un investissement de § dans Lydia', 0],
    // A weak verb whose subject is told as a company by its kind.
    ['Leading online travel platform TravelBird attracted §', 0],
    ['La fintech Lydia a attiré § cette année', 0],
    // A company that "saw" money is not a period.
    ['Acme saw § in new funding from Sequoia', 0],
    // A founder's past jobs in an apposition are not another transaction.
    ['Micro Connect, co-founded by former stock exchange CEO Charles Li, said it has raised § from investors', 0],
    ['Qonto, cofondée par un ancien banquier de la Bourse de Paris, a levé § auprès de Tencent', 0],
  ];
  it.each(rows)('%s (#%i) is a round', (masked, nth) => {
    expect(kindOf(masked, nth)).toBe('round');
  });
});

describe('round6: the ranked company is the one before its place or its "with"', () => {
  const rows: Array<[string, string[]]> = [
    ['Tech developer AppMachine was second with 13 million euros, followed by trend intelligence company Bottlenose with 12 million euros.', ['AppMachine', 'Bottlenose']],
    ['La startup Lumos est arrivée deuxième avec 12 millions d’euros, suivie par la fintech Qonto avec 10 millions d’euros.', ['Lumos', 'Qonto']],
  ];
  it.each(rows)('%s', (text, companies) => {
    const summary = summarizeText({ paragraphs: ['The biggest funding rounds of the quarter', text] }, { url: 'https://example.com/q1', title: 'Top funding rounds of Q1' });
    expect(summary.deals.map((d) => d.company)).toEqual(companies);
  });
});

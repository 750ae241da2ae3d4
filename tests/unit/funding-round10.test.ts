import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

describe('round 10 size bounds: glued inputs are read in one pass', () => {
  // No timing assertion: these rows only prove the inputs finish and still read the deal; the profile showed the
  // per-name funding-word test (names × sentence) and the per-figure company scan (figures × sentence) as the quadratic parts.
  const rows: [string, string, string][] = [
    ['comma chain of one name (EN)', 'Acme grew, '.repeat(3000) + 'and Acme raised $5 million in a seed round.', '$5 million'],
    ['many figures in one glued sentence (EN)', 'Acme raised $5 million, '.repeat(600) + 'and Bolt raised $7 million.', '$5 million'],
    ['chaîne d’appositions (FR)', 'la start-up Kiplo, '.repeat(2000) + 'a levé 5 millions d’euros.', '5 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, text, amount) => {
    const deals = readFunding({ paragraphs: [text] }).deals;
    expect(deals.some((d) => d.amount?.text === amount)).toBe(true);
  });
});

type DealView = { company: string | null; amount: string | undefined; round: string | null; valuation: string | undefined; leads: string[] };
function dealsOf(paragraphs: string[]): DealView[] {
  return readFunding({ paragraphs }).deals.map((d) => ({ company: d.company, amount: d.amount?.text, round: d.round, valuation: d.valuation?.text, leads: d.leadInvestors }));
}

describe('round 10: a definite "the seed round was led by" names the round of the deal read last, even past captions', () => {
  const rows: [string, string[], string, string][] = [
    ['captions in between (EN)', ['Kestrel raises $3M to read hospital records.', 'Photo one.', 'Jane Doe.', 'Photo two.', 'Another caption.', 'Yet another line.', 'The seed round was led by Founders Fund along with Arnold Group.'], '$3M', 'Seed'],
    ['photo credit glued before (EN)', ['Kestrel raises $3M to read hospital records.', 'Photo one.', 'Jane Doe.', 'Photo two.', 'Another caption.', 'Yet another line.', '(Jane Doe Photo) The seed round was led by Founders Fund.'], '$3M', 'Seed'],
    ['série A menée par (FR)', ['Kiplo lève 4 millions d’euros.', 'Photo : Kiplo.', 'Jean Dupont.', 'Une légende.', 'Une autre légende.', 'Encore une ligne.', 'La série A a été menée par Kima Ventures.'], '4 millions d’euros', 'Series A'],
    ['this round co-led by (EN)', ['Zentrix lands $12 million.', 'A caption.', 'Another caption.', 'A third caption.', 'A fourth caption.', 'A fifth one.', 'This Series A round was co-led by Accel and Index.'], '$12 million', 'Series A'],
  ];
  it.each(rows)('%s', (_label, paragraphs, amount, round) => {
    expect(dealsOf(paragraphs).find((d) => d.amount === amount)?.round).toBe(round);
  });
});

describe('round 10: a round phrase right before the next figure names that figure, not this one', () => {
  const rows: [string, string, string, string | null, string, string][] = [
    ['levée d’amorçage de § (FR)', 'Wizz boucle 8 M€, dix-huit mois après une levée d’amorçage de 2 M€.', '8 M€', null, '2 M€', 'Seed'],
    ['seed round of § (EN)', 'Acme raised $8 million, two years after a seed round of $2 million.', '$8 million', null, '$2 million', 'Seed'],
    ['série A de § (FR)', 'Kiplo annonce 30 millions d’euros, un an après une série A de 10 millions d’euros.', '30 millions d’euros', null, '10 millions d’euros', 'Series A'],
    ['Series A round worth § (EN)', 'Bolt closed $40 million, a year after a Series A round worth $9 million.', '$40 million', null, '$9 million', 'Series A'],
  ];
  it.each(rows)('%s', (_label, text, first, firstRound, second, secondRound) => {
    const deals = dealsOf([text]);
    expect(deals.find((d) => d.amount === first)?.round ?? null).toBe(firstRound);
    expect(deals.find((d) => d.amount === second)?.round).toBe(secondRound);
  });
});

describe('round 10: a valuation told in the sentence before the round is that round’s', () => {
  const rows: [string, string[], string, string][] = [
    ['whose valuation has increased … to § (EN)', ['A fast-growing startup in that sector is Darktrace, whose valuation has increased more than 30% in the past four months to $1.65 billion.', 'The firm said today that it raised $50 million in new funding.'], '$50 million', '$1.65 billion'],
    ['now valued at § (EN)', ['Zentrix is now valued at $900 million, according to people familiar.', 'Zentrix raised $80 million in a Series C led by Accel.'], '$80 million', '$900 million'],
    ['dont la valorisation a doublé … pour atteindre § (FR)', ['Kiplo, dont la valorisation a doublé au cours des six derniers mois pour atteindre 400 millions d’euros, accélère.', 'La start-up a annoncé mardi avoir levé 50 millions d’euros.'], '50 millions d’euros', '400 millions d’euros'],
    ['désormais valorisée à § (FR)', ['Lydia est désormais valorisée à 1 milliard d’euros.', 'Lydia a levé 100 millions d’euros auprès de Tencent.'], '100 millions d’euros', '1 milliard d’euros'],
  ];
  it.each(rows)('%s', (_label, paragraphs, amount, valuation) => {
    expect(dealsOf(paragraphs).find((d) => d.amount === amount)?.valuation).toBe(valuation);
  });
});

describe('round 10: the headline and the body tell one deal when the names agree without a nationality', () => {
  const rows: [string, string[], string, string[]][] = [
    ['le Suédois Voi / Voi (FR)', ['Le Suédois Voi lève 115 millions de dollars', 'La start-up suédoise Voi a annoncé mardi avoir levé 115 millions de dollars, un tour mené par Raine Group.'], 'Voi', ['Raine Group']],
    ['German Acme / Acme (EN)', ['German Acme raises $20 million', 'Acme said on Tuesday it raised $20 million in a round led by Sequoia.'], 'Acme', ['Sequoia']],
    ['la française Kiplo / Kiplo (FR)', ['La française Kiplo lève 5 millions d’euros', 'Kiplo a levé 5 millions d’euros dans un tour mené par Kima Ventures.'], 'Kiplo', ['Kima Ventures']],
  ];
  it.each(rows)('%s', (_label, paragraphs, company, leads) => {
    const deals = dealsOf(paragraphs);
    expect(deals.length).toBe(1);
    expect(deals[0]!.company).toBe(company);
    expect(deals[0]!.leads).toEqual(leads);
  });
});

describe('round 10: sellers paid "from funds managed by X" in an acquisition are no backers of the deal read before', () => {
  const rows: [string, string[], string, string[]][] = [
    ['roundup item after a rule (EN)', ['Barcelona-based Mitiga Solutions has raised a €13.25 million Series A round.', '-----', '>> Noteworthy acquisitions', 'Reward Gateway has been acquired by Edenred for £1.15 billion from funds managed by Abry Partners and Castik Capital.'], '€13.25 million', ['Abry Partners', 'Castik Capital']],
    ['acquired … from funds (EN)', ['Acme raised $5 million.', 'Globex was acquired by Initech for $200 million from funds managed by Vista Equity.'], '$5 million', ['Vista Equity']],
    ['buys … from (EN)', ['Acme raised $5 million.', 'Initech buys Globex for $200 million from Thoma Bravo.'], '$5 million', ['Thoma Bravo']],
    ['rachetée … auprès de (FR)', ['Kiplo lève 5 millions d’euros.', 'Naboo a été rachetée par Edenred pour 100 millions d’euros auprès de Eurazeo.'], '5 millions d’euros', ['Eurazeo']],
  ];
  it.each(rows)('%s', (_label, paragraphs, amount, notBackers) => {
    const deal = readFunding({ paragraphs }).deals.find((d) => d.amount?.text === amount);
    expect(deal).toBeDefined();
    for (const name of notBackers) expect([...deal!.leadInvestors, ...deal!.investors]).not.toContain(name);
  });
});

describe('round 10: the backers of a fund told in a sentence about the fund are not the startup’s', () => {
  const rows: [string, string[], string, string[]][] = [
    ['X Fund is a § initiative backed by banks (EN)', ['Tapdaq has received $6.5m in a series A round from investors including BGF Ventures.', 'British Growth Fund is a £2.5bn ($3.6bn) initiative set up by the UK government and backed by five domestic banks: Barclays, HSBC, Lloyds, RBS and Standard Chartered.'], '$6.5m', ['Barclays', 'HSBC']],
    ['The X Fund was set up by (EN)', ['Acme raised $5 million from Accel.', 'The Northern Growth Fund was set up in 2015 and is backed by Lloyds and NatWest.'], '$5 million', ['Lloyds', 'NatWest']],
    ['le fonds X est soutenu par (FR)', ['Kiplo lève 5 millions d’euros auprès de Kima Ventures.', 'Le fonds Build Up, doté de 100 millions d’euros, est soutenu par Bpifrance et la Caisse des Dépôts.'], '5 millions d’euros', ['Bpifrance', 'Caisse des Dépôts']],
  ];
  it.each(rows)('%s', (_label, paragraphs, amount, notBackers) => {
    const deal = readFunding({ paragraphs }).deals.find((d) => d.amount?.text === amount);
    expect(deal).toBeDefined();
    for (const name of notBackers) expect([...deal!.leadInvestors, ...deal!.investors]).not.toContain(name);
  });
});

describe('round 10: "it" after a sentence profiling a backer of the deal is still the deal’s company', () => {
  const rows: [string, string[], string, string][] = [
    ['backer profiled, then "It previously obtained" (EN)', ['Tapdaq has received $6.5m in a series A round from investors including BGF Ventures.', 'Tapdaq sells ads.', 'It has 40 staff.', 'It is based in London.', 'BGF Ventures has been allocated £200m for early-stage deals.', 'It previously obtained $1.4m in a seed round.'], '$1.4m', 'Tapdaq'],
    ['investisseur présenté, puis « Elle avait levé » (FR)', ['Kiplo lève 5 millions d’euros auprès de Kima Ventures.', 'Kiplo vend des logiciels.', 'Elle emploie 40 personnes.', 'Elle est basée à Lyon.', 'Kima Ventures investit dans 100 start-up par an.', 'Elle avait levé 1 million d’euros en amorçage en 2020.'], '1 million d’euros', 'Kiplo'],
  ];
  it.each(rows)('%s', (_label, paragraphs, amount, company) => {
    expect(readFunding({ paragraphs }).deals.find((d) => d.amount?.text === amount)?.company).toBe(company);
  });
});

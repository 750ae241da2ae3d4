import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

function dealsOf(paragraphs: string[]) {
  return readFunding({ paragraphs }).deals.map((d) => ({ company: d.company, amount: d.amount?.text, round: d.round, valuation: d.valuation?.text }));
}

describe('round 10 negatives: a round word told with this figure still labels it', () => {
  const rows: [string, string, string, string][] = [
    ['own Series B before the earlier seed (EN)', 'Acme raised $8 million in a Series B round, after a seed round of $2 million.', '$8 million', 'Series B'],
    ['sa série B, après une amorçage (FR)', 'Kiplo lève 8 millions d’euros en série B, deux ans après une levée d’amorçage de 2 millions d’euros.', '8 millions d’euros', 'Series B'],
  ];
  it.each(rows)('%s', (_label, text, amount, round) => {
    expect(dealsOf([text]).find((d) => d.amount === amount)?.round).toBe(round);
  });
});

describe('round 10 negatives: a valuation before the round is not carried when it is a past mark or another company’s', () => {
  const rows: [string, string[], string][] = [
    ['past mark dated 2019 (EN)', ['Acme, whose valuation reached $2 billion in 2019, is growing.', 'Acme said today that it raised $50 million in new funding.'], '$50 million'],
    ['another company’s valuation (EN)', ['Rival Globex is now valued at $3 billion.', 'Acme said today that it raised $50 million in new funding.'], '$50 million'],
    ['too far before (EN)', ['Zentrix is now valued at $900 million.', 'It sells chips.', 'It has 40 staff.', 'It is based in Lyon.', 'Zentrix raised $80 million.'], '$80 million'],
    ['valorisation passée (FR)', ['Kiplo, dont la valorisation avait atteint 400 millions d’euros en 2020, recrute.', 'Kiplo a annoncé mardi avoir levé 50 millions d’euros.'], '50 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, paragraphs, amount) => {
    expect(dealsOf(paragraphs).find((d) => d.amount === amount)?.valuation).toBeUndefined();
  });
});

describe('round 10 negatives: a round word far from the deal without "the round was led by" does not label it', () => {
  it('a Series A of other startups, far below (EN)', () => {
    const deals = dealsOf(['Kestrel raises $3M to read hospital records.', 'A caption.', 'Another.', 'A third.', 'A fourth.', 'A fifth.', 'Many startups now skip the Series A entirely.']);
    expect(deals.find((d) => d.amount === '$3M')?.round).toBeNull();
  });
});

describe('round 10 negatives: two companies with the same figure stay two deals', () => {
  const rows: [string, string[]][] = [
    ['different names, same sum (EN)', ['Acme raised $20 million.', 'Globex raised $20 million from Accel.']],
    ['noms différents, même montant (FR)', ['Kiplo lève 5 millions d’euros.', 'Naboo a levé 5 millions d’euros auprès de Kima Ventures.']],
  ];
  it.each(rows)('%s', (_label, paragraphs) => {
    expect(dealsOf(paragraphs).length).toBe(2);
  });
});

describe('round 10 negatives: money raised "from" backers with no acquisition keeps them', () => {
  const rows: [string, string[], string, string][] = [
    ['raised from funds managed by (EN)', ['Acme raised $5 million from funds managed by Abry Partners.'], '$5 million', 'Abry Partners'],
    ['lève auprès de (FR)', ['Kiplo lève 5 millions d’euros auprès de Eurazeo.'], '5 millions d’euros', 'Eurazeo'],
    ['round after a rule still read (EN)', ['-----', 'Acme raised $5 million from Accel.'], '$5 million', 'Accel'],
  ];
  it.each(rows)('%s', (_label, paragraphs, amount, backer) => {
    const deal = readFunding({ paragraphs }).deals.find((d) => d.amount?.text === amount);
    expect([...(deal?.leadInvestors ?? []), ...(deal?.investors ?? [])]).toContain(backer);
  });
});

describe('round 10 negatives: "bought in" after a past raise is an investor buying in, not an acquisition', () => {
  it('who bought in (EN)', () => {
    const deals = readFunding({ paragraphs: ['Betaworks raised $20 million in a round led by RRE Ventures.', 'Betaworks previously raised about $8 million from the likes of the Pilot Group and Ron Conway, who bought in early.'] }).deals;
    expect(deals.flatMap((d) => [...d.leadInvestors, ...d.investors])).toContain('Ron Conway');
  });
});

describe('round 10 negatives: a fund named as a backer of the round stays one', () => {
  const rows: [string, string[], string, string][] = [
    ['with the Future Fund (EN)', ['Acme raised $5 million.', 'The round was led by Accel with the Future Fund.'], '$5 million', 'Future Fund'],
    ['fund as lead (EN)', ['Acme raised $5 million in a round led by British Growth Fund.'], '$5 million', 'British Growth Fund'],
  ];
  it.each(rows)('%s', (_label, paragraphs, amount, backer) => {
    const deal = readFunding({ paragraphs }).deals.find((d) => d.amount?.text === amount);
    expect([...(deal?.leadInvestors ?? []), ...(deal?.investors ?? [])]).toContain(backer);
  });
});

describe('round 10 negatives: a fund that takes part in the round is its backer', () => {
  it('le fonds X est chef de file de l’opération (FR)', () => {
    const deal = readFunding({ paragraphs: ['Tilia lève 15 millions d’euros.', 'Le fonds Partech est chef de file de l’opération.'] }).deals[0];
    expect(deal?.leadInvestors).toContain('Partech');
  });
  it('The X Fund is the lead investor of the round (EN)', () => {
    const deal = readFunding({ paragraphs: ['Acme raised $5 million.', 'The Northern Growth Fund is the lead investor of the round.'] }).deals[0];
    expect([...(deal?.leadInvestors ?? []), ...(deal?.investors ?? [])].some((n) => /Northern Growth Fund/.test(n))).toBe(true);
  });
});

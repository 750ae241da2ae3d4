import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

type DealView = { company: string | null; amount: string | undefined; status: string };
function dealsOf(paragraphs: string[]): DealView[] {
  return readFunding({ paragraphs }).deals.map((d) => ({ company: d.company, amount: d.amount?.text, status: d.status }));
}

describe('round 12 negatives: a list of earlier raises keeps its items past; a fronted clause with no comma before the next figure is no fronted clause', () => {
  // [label, sentence, amounts that stay past]
  const rows: [string, string, string[]][] = [
    ['In 2021, A raised §, B raised § and C raised § (EN list, all past)', 'In 2021, Acme raised $2 million, Globex raised $5 million and Initech raised $3 million.', ['$2 million', '$5 million', '$3 million']],
    ['En 2020, A a levé §, B lève § (FR list)', 'En 2020, Kiplo a levé 2 millions d’euros, Vizzia a levé 5 millions d’euros.', ['2 millions d’euros', '5 millions d’euros']],
    ['After the crash of 2008, A raised § in 2010 (no earlier figure in the fronted clause)', 'After the crash of 2008, Acme raised $2 million in 2010 and $4 million in 2012.', ['$2 million']],
  ];
  it.each(rows)('%s', (_label, text, past) => {
    const deals = dealsOf([text]);
    for (const amount of past) expect(deals.find((d) => d.amount === amount)?.status).toBe('past');
  });
});

describe('round 12 negatives: a later valuation of another company, or a past one, is not the news round’s', () => {
  const rows: [string, string[]][] = [
    ['a rival’s past valuation (EN)', ['Zentrix has closed a $40 million Series B led by Accel.', 'The startup plans to hire 200 engineers.', 'It sells to banks across Europe.', 'Rival Globex was valued at $2 billion in 2021.']],
    ['another company “now valued” with no anaphor (EN)', ['Zentrix has closed a $40 million Series B led by Accel.', 'The startup plans to hire 200 engineers.', 'It sells to banks across Europe.', 'Its customers include Barclays.', 'Stripe, by comparison, is now valued at $50 billion.']],
    ['a valuation far later (FR, beyond the window)', ['Kiplo a levé 20 millions d’euros.', 'A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'Sa valorisation atteint désormais 150 millions d’euros.']],
  ];
  it.each(rows)('%s', (_label, paragraphs) => {
    expect(readFunding({ paragraphs }).deals[0]?.valuation ?? null).toBeNull();
  });
});

describe('round 12 negatives: a company whose name merely starts like a nationality keeps its name', () => {
  const rows: [string, string, string][] = [
    ['Swissquote is no nationality (EN)', 'Accel has invested in the Series A funding of Swissquote.', 'Swissquote'],
    ['Indiana Labs is no nationality (EN)', 'Accel invested in the seed round of Indiana Labs.', 'Indiana Labs'],
  ];
  it.each(rows)('%s', (_label, text, company) => {
    expect(readFunding({ paragraphs: [text] }).deals[0]?.company).toBe(company);
  });
});

import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

type DealView = { company: string | null; amount: string | undefined; status: string };
function dealsOf(paragraphs: string[]): DealView[] {
  return readFunding({ paragraphs }).deals.map((d) => ({ company: d.company, amount: d.amount?.text, status: d.status }));
}

describe('round 12: a fronted clause telling an earlier round dates only that round; the main clause’s raise is the news', () => {
  // [label, sentence, earlier amount, news amount]
  const rows: [string, string, string, string][] = [
    ['Après une première levée de § en 2021, X lève § (FR)', 'Après une première levée de 2 millions d’euros en 2021, Kiplo lève 8 millions d’euros auprès de Partech.', '2 millions d’euros', '8 millions d’euros'],
    ['Après avoir levé § l’an dernier, X boucle § (FR)', 'Après avoir levé 3 millions d’euros l’an dernier, Vizzia boucle un tour de table de 12 millions d’euros.', '3 millions d’euros', '12 millions d’euros'],
    ['Fort d’un premier tour de § en 2022, X annonce § (FR)', 'Fort d’un premier tour de 1,5 million d’euros en 2022, Bioo annonce une levée de 6 millions d’euros.', '1,5 million d’euros', '6 millions d’euros'],
    ['After a § seed in 2021, X raised § (EN)', 'After a $2 million seed round in 2021, Zentrix raised $15 million in a Series A led by Accel.', '$2 million', '$15 million'],
    ['Following its § Series A last year, X has closed § (EN)', 'Following its $10 million Series A last year, Kestrel has closed a $40 million Series B.', '$10 million', '$40 million'],
    ['Hot on the heels of a § round in March, X secures § (EN)', 'Hot on the heels of a $5 million round in March, Globex secures $20 million from Sequoia.', '$5 million', '$20 million'],
  ];
  it.each(rows)('%s', (_label, text, earlier, news) => {
    const deals = dealsOf([text]);
    expect(deals.find((d) => d.amount === earlier)?.status).toBe('past');
    expect(deals.find((d) => d.amount === news)?.status).toBe('announced');
  });
});

describe('round 12: a valuation told a few sentences after the news round, with an anaphor and a "now", is that round’s', () => {
  // [label, paragraphs, valuation]
  const rows: [string, string[], string][] = [
    ['… valuation, which now stands at § (EN, 4 sentences later)', ['Zentrix has closed a $40 million Series B led by Accel.', 'The startup plans to hire 200 engineers.', 'It sells to banks across Europe.', 'Its customers include Barclays.', 'The round lifts the company’s valuation, which now stands at $400 million.'], '$400 million'],
    ['Cette opération porte la valorisation de l’entreprise à § (FR, 3 later)', ['Kiplo a bouclé une levée de fonds de 20 millions d’euros menée par Partech.', 'La société compte recruter 50 personnes.', 'Elle vise l’Allemagne.', 'Cette opération porte la valorisation de l’entreprise à 150 millions d’euros.'], '150 millions d’euros'],
    ['la valorisation de la start-up, qui atteint désormais § (FR, 4 later)', ['Mirakl a bouclé une levée de fonds de 300 millions de dollars, menée par Permira.', 'Avec cette augmentation de capital, Mirakl prévoit de recruter.', 'La société a déjà séduit 300 clients.', 'Mais cette levée de fonds a une portée symbolique.', 'Car elle implique une hausse de la valorisation de la start-up, qui atteint désormais 1,5 milliard de dollars.'], '1,5 milliard de dollars'],
    ['The company is now valued at § (EN, 4 later)', ['Kestrel raised $25 million in a Series A round.', 'The money will fund hiring.', 'Kestrel was founded in 2019.', 'It has 40 staff.', 'With the new funding, the company is now valued at $200 million.'], '$200 million'],
  ];
  it.each(rows)('%s', (_label, paragraphs, valuation) => {
    const deals = readFunding({ paragraphs }).deals;
    expect(deals[0]?.valuation?.text).toBe(valuation);
  });
});

describe('round 12: a nationality before the company in "invested in the round of …" is a descriptor (the full nationality family)', () => {
  const rows: [string, string, string][] = [
    ['Swiss startup X (EN)', 'Accel has invested in the Series A funding of Swiss startup Kestrel.', 'Kestrel'],
    ['Japanese fintech X (EN)', 'Accel invested in the seed round of Japanese fintech Paidy.', 'Paidy'],
    ['Nigerian startup X (EN)', 'Partech has invested in the Series B round of Nigerian startup Moniepoint.', 'Moniepoint'],
    ['la Suédoise X (FR)', 'Partech a investi dans la série A de la Suédoise Voi.', 'Voi'],
  ];
  it.each(rows)('%s', (_label, text, company) => {
    expect(readFunding({ paragraphs: [text] }).deals[0]?.company).toBe(company);
  });
});

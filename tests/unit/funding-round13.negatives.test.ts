import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

describe('round 13 negatives: a headline figure that is no round, or no second deal', () => {
  // [label, headline, body paragraphs]
  const noDeal: [string, string, string[]][] = [
    ['a fund close in the headline (EN)', 'Northlight closes $200 million fund', ['Northlight Capital said the fund will back seed-stage startups.', 'The firm has backed 40 companies since 2015, leading rounds in many of them.']],
    ['a VC firm raising its fund, restated in the body (FR)', 'Alto Partners lève 390 millions d’euros auprès d’institutionnels', ['Le fonds de capital-risque Alto Partners annonce lever 390 millions d’euros pour son fonds Alto IV.', 'Il investira dans des tours de table de séries A et B.']],
    ['an IPO in the headline (EN)', 'Globex files for $100M IPO', ['Globex plans to list on the Nasdaq next month.', 'Its last round was led by Sequoia.']],
    ['an acquisition in the headline (EN)', 'Initech buys Vidzy for $1.2 billion', ['The deal values Vidzy well above its last round, led by Accel.', 'Vidzy employs 300 people.']],
    ['revenue in the headline (FR)', 'Le chiffre d’affaires de Kiplo atteint 40 millions d’euros', ['Kiplo a doublé ses ventes en un an.', 'Sa dernière levée de fonds était menée par Partech.']],
    ['a contract in the headline (EN)', 'Kestrel wins $30 million Army contract', ['The contract covers drone inspections for five years.', 'Kestrel’s Series A was led by Accel in 2021.']],
    ['the body about another company (EN)', 'Zentrix gets $15M more', ['Hooli, a search company, hired 200 engineers.', 'Its last round was led by Accel.']],
  ];
  it.each(noDeal)('%s', (_label, title, paragraphs) => {
    const deals = readFunding({ paragraphs }, { title }).deals;
    expect(deals.filter((d) => d.amount && title.includes(d.amount.text) && !paragraphs.some((p) => p.includes(d.amount!.text)))).toEqual([]);
  });

  // [label, headline, body paragraphs, body figure]
  const bodyFigure: [string, string, string[], string][] = [
    ['headline figure equal to the body figure (EN)', 'Zentrix raises $50M to build AI chips', ['Zentrix has raised $50 million in a Series B led by Accel.'], '$50 million'],
    ['headline in euros, body in dollars (FR)', 'Covoyo lève 97M€', ['Covoyo annonce une levée de fonds de 115 millions de dollars.'], '115 millions de dollars'],
    ['headline rounded, body exact (EN)', 'Kestrel nets $30M', ['Kestrel said it raised $30.5 million from Balderton and Index.'], '$30.5 million'],
  ];
  it.each(bodyFigure)('%s', (_label, title, paragraphs, figure) => {
    const deals = readFunding({ paragraphs }, { title }).deals;
    expect(deals).toHaveLength(1);
    expect(deals[0]!.amount?.text).toBe(figure);
  });

  // Two different rounds of two companies, each in a short line: no teaser merge.
  const notTeasers: [string, string[]][] = [
    ['two short lines, two companies (EN)', ['Zentrix raises $30M', 'Hooli has raised $31 million in a Series B round led by Accel.']],
    ['a short line and a far larger body figure (FR)', ['Kiplo lève 10 millions d’euros', 'Kiplo a bouclé un tour de table de 45 millions d’euros mené par Partech.']],
  ];
  it.each(notTeasers)('%s', (_label, paragraphs) => {
    expect(readFunding({ paragraphs }).deals.filter((d) => d.amount).length).toBe(2);
  });
});

describe('round 13 negatives: what a weak headline verb wins besides a round', () => {
  const rows: [string, string, string[]][] = [
    ['"wins $X Army contract" (EN)', 'Kestrel wins $30 million Army contract', ['Kestrel’s Series A was led by Accel in 2021.', 'The contract covers drone inspections.']],
    ['"gets $X grant" (EN)', 'Lumora gets €2 million EU grant', ['Lumora’s seed round was led by Seedcamp.', 'The grant funds a pilot plant.']],
    ['"lands $X order" (EN)', 'Voltra lands $12M order from utility', ['Voltra’s round was led by Northlight last year.', 'The order covers 400 chargers.']],
    ['"décroche un marché de X" (FR)', 'Vizzia décroche 5 millions d’euros de commandes publiques', ['Sa levée de fonds était menée par Eurazeo.', 'Les commandes portent sur 300 caméras.']],
    ['"obtient X de subvention" (FR)', 'Tilia obtient 1 million d’euros de subvention', ['Son tour de table avait été mené par Elaia.', 'La subvention vient de la Région.']],
  ];
  it.each(rows)('%s', (_label, title, paragraphs) => {
    const deals = readFunding({ paragraphs }, { title }).deals;
    expect(deals.filter((d) => d.amount && title.includes(d.amount.text))).toEqual([]);
  });
});

describe('round 13 negatives: a roundup of parenthesised rounds with no valuation or rival word stays a list of rounds', () => {
  const rows: [string, string, string[]][] = [
    ['"les levées de A (§), B (§) et C (§)" (FR)', 'Cette semaine, les levées de MyLight (12 millions d’euros), Mecaware (8 millions d’euros) et Tilia (5 millions d’euros) ont dominé.', ['12 millions d’euros', '8 millions d’euros', '5 millions d’euros']],
    ['"deals this week: A (§), B (§)" (EN)', 'The biggest rounds this week went to Paysly ($40 million), Zentrix ($25 million) and Kestrel ($12 million).', ['$40 million', '$25 million', '$12 million']],
  ];
  it.each(rows)('%s', (_label, text, figures) => {
    const amounts = readFunding({ paragraphs: [text] }).deals.map((d) => d.amount?.text);
    for (const f of figures) expect(amounts).toContain(f);
  });
});

describe('round 13 negatives: a public body’s own money is no round', () => {
  const rows: [string, string][] = [
    ['a grant from a ministry (EN)', 'Kestrel received a $3 million grant from the Ministry of Defence.'],
    ['a ministry granting (EN)', 'The ministry granted Kiplo €2 million to build a pilot plant.'],
    ['a government programme (EN)', 'The government will invest $12 million in the programme over five years.'],
    ['une subvention du ministère (FR)', 'Le ministère de l’Agriculture a accordé une subvention de 2 millions d’euros à Tilia.'],
    ['government bonds (EN)', 'The government sold $3 billion of bonds on Tuesday.'],
  ];
  it.each(rows)('%s', (_label, text) => {
    expect(readFunding({ paragraphs: [text] }).deals).toEqual([]);
  });
});

describe('round 13 negatives: an old round retold, or one the outlet did not break, stays past', () => {
  const rows: [string, string, string][] = [
    ['"We reported last year that X had raised §" (EN)', 'We reported last year that Kestrel had raised $12 million from Accel.', '$12 million'],
    ['"As we reported at the time, X had raised § in 2019" (EN): the cue before the figure, as the override reads it', 'As we reported at the time, Kestrel had raised $12 million in 2019.', '$12 million'],
    ['"Comme nous l’écrivions en 2021, X avait levé §" (FR)', 'Comme nous l’écrivions en 2021, Kiplo avait levé 3 millions d’euros.', '3 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, text, amount) => {
    const deal = readFunding({ paragraphs: [text] }).deals.find((d) => d.amount?.text === amount);
    expect(deal?.status).toBe('past');
  });
});

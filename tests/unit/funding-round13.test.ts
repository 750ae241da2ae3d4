import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

describe('round 13: a raise whose figure is only in the headline takes that figure (the headline is part of the article)', () => {
  // [label, headline, body paragraphs, company, headline figure]
  const rows: [string, string, string[], string, string][] = [
    ['"gets $X more" + "The round was led by" (EN)', 'Video platform Vidzy gets $30M more', ['Vidzy, which streams short clips, has 40 million monthly viewers.', 'The round was led by new investors Northlight Capital and Redwood Partners.'], 'Vidzy', '$30M'],
    ['"closes a new €X" + "new financing round" (EN)', 'The Portuguese company Lumora closes a new €1.5 million', ['Lumora announces its new financing round.', 'The round was led by Tensor Ventures.'], 'Lumora', '€1.5 million'],
    ['"nets $X" + an amountless Series A (EN)', 'Kestrel nets $12 million for drone inspections - TechWire', ['Kestrel has closed its Series A, led by Accel.', 'The company inspects wind turbines with drones.'], 'Kestrel', '$12 million'],
    ['"lands £X seed" + "led by" (EN)', 'Fintech Paysly lands £4m seed round', ['Paysly’s round was led by Seedcamp, with participation from angels.', 'Paysly helps landlords collect rent.'], 'Paysly', '£4m'],
    ['"lève X M€" + "l’opération est menée par" (FR)', 'Kiplo lève 3 M€ pour son logiciel de paie', ['L’opération est menée par Partech, aux côtés de business angels.', 'Kiplo compte recruter 20 personnes.'], 'Kiplo', '3 M€'],
    ['"boucle X millions" + "tour de table mené par" (FR)', 'Vizzia boucle 12 millions d’euros | Maddyness', ['La start-up Vizzia annonce un nouveau tour de table mené par Eurazeo.', 'Vizzia équipe les collectivités de caméras.'], 'Vizzia', '12 millions d’euros'],
    ['"obtient X millions" + amountless "levée de fonds menée par" (FR)', 'Tilia obtient 2,5 millions d’euros', ['Tilia annonce une levée de fonds menée par Elaia.', 'Tilia aide les PME à gérer leur énergie.'], 'Tilia', '2,5 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, title, paragraphs, company, figure) => {
    const deals = readFunding({ paragraphs }, { title }).deals;
    expect(deals).toHaveLength(1);
    expect(deals[0]!.company).toBe(company);
    expect(deals[0]!.status).toBe('announced');
    expect(deals[0]!.amount?.text).toBe(figure);
    expect(title.includes(deals[0]!.amount!.text)).toBe(true);
    expect(deals[0]!.evidence[0]).toBe(title);
  });
});

describe('round 13: a teaser line restating the body’s round (other currency, rounded) is the same deal', () => {
  // [label, paragraphs, body figure]
  const rows: [string, string[], string][] = [
    ['"X lève 97M€" above "115 millions de dollars" (FR)', ['Covoyo lève 97M€', 'Covoyo annonce une levée de fonds de 115 millions de dollars pour accompagner sa stratégie.'], '115 millions de dollars'],
    ['"X raises $30M" above "$30.5 million" (EN)', ['Zentrix raises $30M', 'Zentrix has raised $30.5 million in a Series B round led by Accel.'], '$30.5 million'],
    ['"X raises £20m" above "$25 million" (EN)', ['Paysly raises £20m', 'London-based Paysly said on Tuesday it had raised $25 million from Balderton.'], '$25 million'],
    ['"X décroche 10 millions" above "10,2 millions d’euros" (FR)', ['Kiplo lève 10 millions', 'Kiplo a bouclé un tour de table de 10,2 millions d’euros mené par Partech.'], '10,2 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, paragraphs, figure) => {
    const deals = readFunding({ paragraphs }).deals.filter((d) => d.status === 'announced');
    expect(deals).toHaveLength(1);
    expect(deals[0]!.amount?.text).toBe(figure);
  });
});

describe('round 13: figures in a comparison of valuations are other companies’ worth, not their rounds', () => {
  // [label, paragraphs, the news amount]
  const rows: [string, string[], string][] = [
    ['"values X at §, below rivals such as A (§), B (§)" (EN)', ['Paysly has raised $40 million in new funding.', 'The raise values Paysly at $2bn, below fintech rivals such as Stripe ($95bn), Revolut ($45bn) and Monzo ($4.5bn).'], '$40 million'],
    ['"Rivals A (§) and B (§) have raised far more" (EN)', ['Zentrix raised $20 million led by Accel.', 'Rivals Wise ($11bn) and Monzo ($4.5bn) have raised far more.'], '$20 million'],
    ['"loin derrière A (§) et B (§)" (FR)', ['Kiplo lève 30 millions d’euros auprès de Partech.', 'Sa valorisation reste loin derrière Qonto (4,4 milliards d’euros) et Alan (2,7 milliards d’euros), ses concurrents.'], '30 millions d’euros'],
    ['"ses concurrents A (§) et B (§)" (FR)', ['Vizzia a levé 12 millions d’euros auprès d’Eurazeo.', 'La levée la place derrière ses concurrents Veesion (38 millions d’euros) et Sensei (25 millions d’euros).'], '12 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, paragraphs, news) => {
    const r = readFunding({ paragraphs });
    expect(r.money.some((m) => m.text !== news)).toBe(true);
    expect(r.deals.filter((d) => d.status === 'announced').map((d) => d.amount?.text)).toEqual([news]);
  });
});

describe('round 13: a ministry or a government among the backers still backs a round', () => {
  // [label, sentence, amount]
  const rows: [string, string, string][] = [
    ['valuation with "participation from the Ministry of …" (EN)', 'Kestrel has raised $12 million at a $100 million valuation, with participation from the Ministry of Economy and Bpifrance.', '$12 million'],
    ['"A and the Ministry of … invested § in X" (EN)', 'Accel and the Ministry of Economy invested $12 million in Kestrel.', '$12 million'],
    ['"auprès de A et du ministère des …" (FR)', 'Kiplo a levé 3 millions d’euros auprès de Partech et du ministère des Armées.', '3 millions d’euros'],
    ['"… ont investi § dans X" with a ministère (FR)', 'Accel, Bpifrance et le ministère de l’Économie ont investi 3 millions d’euros dans Kiplo.', '3 millions d’euros'],
    ['"as part of an incubation by the … government" (EN)', 'Agrivo raised $10 million as a part of an incubation by the Japanese government at a national institute.', '$10 million'],
  ];
  it.each(rows)('%s', (_label, text, amount) => {
    expect(readFunding({ paragraphs: [text] }).deals.map((d) => d.amount?.text)).toContain(amount);
  });
  it('keeps the valuation when a ministry is among the backers', () => {
    expect(readFunding({ paragraphs: [rows[0]![1]] }).deals[0]?.valuation?.text).toBe('$100 million');
  });
});

describe('round 13: the outlet’s own recent scoop retold by its newsletter is the current news', () => {
  const rows: [string, string, string][] = [
    ['"Yesterday we published the news that X had raised §" (EN)', 'Yesterday we published the news that period-tracking app Ovula had raised $200m and become a unicorn.', '$200m'],
    ['"As we reported on Monday, X had raised §" (EN)', 'As we reported on Monday, Kestrel had raised $12 million from Accel.', '$12 million'],
    ['"We broke the story that X had closed §" (EN)', 'This morning we broke the story that Paysly had closed a $40 million Series B.', '$40 million'],
    ['"Comme nous l’annoncions hier, X a levé §" (FR)', 'Comme nous l’annoncions hier, Kiplo a levé 3 millions d’euros auprès de Partech.', '3 millions d’euros'],
    ['"Nous révélions hier que X avait levé §" (FR)', 'Nous révélions hier que Tilia avait levé 2 millions d’euros.', '2 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, text, amount) => {
    const deal = readFunding({ paragraphs: [text] }).deals.find((d) => d.amount?.text === amount);
    expect(deal?.status).toBe('announced');
  });
});

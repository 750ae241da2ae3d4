import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

describe('round 14: a public body in a backer’s place still backs a round', () => {
  // [label, sentence, amount]
  const rows: [string, string, string][] = [
    ['"from the … government" (EN)', 'Kestrel raised $12 million in a Series A with backing from Accel and the Estonian government.', '$12 million'],
    ['"including the Ministry of …" (EN)', 'Paysly closed a $40 million round from investors including the Ministry of Finance.', '$40 million'],
    ['"de la part du ministère" (FR)', 'Kiplo a levé 3 millions d’euros auprès de Partech, avec le soutien de la part du ministère de l’Industrie.', '3 millions d’euros'],
    ['"par … et le gouvernement" (FR)', 'Tilia a bouclé un tour de table de 2 millions d’euros mené par Elaia et le gouvernement wallon.', '2 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, text, amount) => {
    expect(readFunding({ paragraphs: [text] }).deals.map((d) => d.amount?.text)).toContain(amount);
  });
});

describe('round 14: the outlet’s own scoop is the news only when the tense alone made it past', () => {
  const rows: [string, string, string][] = [
    ['"As we reported this morning, X had raised §" (EN)', 'As we reported this morning, Kestrel had raised $12 million from Accel.', '$12 million'],
    ['"We revealed yesterday that X had closed §" (EN)', 'We revealed yesterday that Paysly had closed a $40 million Series B led by Index.', '$40 million'],
    ['"Comme nous le révélions, X avait bouclé §" (FR)', 'Comme nous le révélions, Tilia avait bouclé une levée de 2 millions d’euros auprès d’Elaia.', '2 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, text, amount) => {
    const deal = readFunding({ paragraphs: [text] }).deals.find((d) => d.amount?.text === amount);
    expect(deal?.status).toBe('announced');
  });
});

describe('round 14: a headline figure with a round told in the body by its round noun', () => {
  // [label, headline, body paragraphs, company, headline figure]
  const rows: [string, string, string[], string, string][] = [
    ['"grabs $X" + "The financing was led by" (EN)', 'Zentrix grabs $8M for chip design', ['Zentrix designs low-power chips.', 'The financing was led by Northlight Capital.'], 'Zentrix', '$8M'],
    ['"rakes in $X" + "the round, which was led by" (EN)', 'Vidzy rakes in $20 million', ['Vidzy said the round, which was led by Redwood Partners, will fund hiring.'], 'Vidzy', '$20 million'],
    ['"empoche X M€" + "la levée a été menée par" (FR)', 'Kiplo empoche 4 M€', ['Kiplo édite un logiciel de paie.', 'La levée a été menée par Partech.'], 'Kiplo', '4 M€'],
    ['"rafle X millions" + "l’opération est menée par" (FR)', 'Covoyo rafle 6 millions d’euros', ['Covoyo relie les covoitureurs.', 'L’opération est menée par Elaia.'], 'Covoyo', '6 millions d’euros'],
    ['"lands $X Series A to boost sales": the purpose is no veto (EN)', 'Kiplo lands $5 million Series A to boost sales', ['Kiplo sells payroll software.', 'The round was led by Northlight Capital.'], 'Kiplo', '$5 million'],
  ];
  it.each(rows)('%s', (_label, title, paragraphs, company, figure) => {
    const deals = readFunding({ paragraphs }, { title }).deals;
    expect(deals).toHaveLength(1);
    expect(deals[0]!.company).toBe(company);
    expect(deals[0]!.amount?.text).toBe(figure);
  });
});

describe('round 14: a list of "§ pour X" items after a heading that tells rounds gives each figure to its own name', () => {
  // [label, paragraph, [company, amount][]]
  const rows: [string, string, [string, string][]][] = [
    ['"Des levées records. § pour A, § pour B et § pour C" (FR)', 'Les pépites du secteur signent des levées de fonds records. 310 millions d’euros pour Kestrio, 205 millions d’euros pour Velmar et 150 millions d’euros pour Blue Harbor.', [['Kestrio', '310 millions d’euros'], ['Velmar', '205 millions d’euros'], ['Blue Harbor', '150 millions d’euros']]],
    ['"Les plus grosses levées du mois. § pour A ; § pour B" (FR)', 'Les plus grosses levées du mois. 20 M€ pour Kiplo ; 12 M€ pour Tilia.', [['Kiplo', '20 M€'], ['Tilia', '12 M€']]],
    ['"Record funding rounds. § for A, § for B and § for C" (EN)', 'Record funding rounds for the sector. $40 million for Paysly, $25 million for Kestrel and $12 million for Zentrix.', [['Paysly', '$40 million'], ['Kestrel', '$25 million'], ['Zentrix', '$12 million']]],
  ];
  it.each(rows)('%s', (_label, text, expected) => {
    const deals = readFunding({ paragraphs: [text] }).deals;
    expect(deals.map((d) => [d.company, d.amount?.text])).toEqual(expected);
  });
});

describe('round 14: a day set off by commas between the verb and its figure', () => {
  // [label, sentence, company, amount]
  const rows: [string, string, string, string][] = [
    ['"raised, on Monday, §" (EN)', 'Kestrel raised, on Monday, $12 million from Accel.', 'Kestrel', '$12 million'],
    ['"a levé, mardi, §" (FR)', 'Kiplo a levé, mardi, 3 millions d’euros auprès de Partech.', 'Kiplo', '3 millions d’euros'],
    ['"a collecté, le 19 avril, §" (FR)', 'Alan a collecté, le 19 avril, 50 millions d’euros auprès de Temasek.', 'Alan', '50 millions d’euros'],
    ['"secured, on March 3, §" (EN)', 'Paysly secured, on March 3, $40 million in a Series B led by Index.', 'Paysly', '$40 million'],
  ];
  it.each(rows)('%s', (_label, text, company, amount) => {
    const deals = readFunding({ paragraphs: [text] }).deals;
    expect(deals.map((d) => [d.company, d.status, d.amount?.text])).toEqual([[company, 'announced', amount]]);
  });
});

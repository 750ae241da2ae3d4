import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

type DealView = { company: string | null; amount: string | undefined; status: string };
function dealsOf(paragraphs: string[]): DealView[] {
  return readFunding({ paragraphs }).deals.map((d) => ({ company: d.company, amount: d.amount?.text, status: d.status }));
}

describe('round 11: other companies’ rounds cited for comparison, "Name (figure)", are each that company’s past round', () => {
  // [label, text, the news round's amount, the compared items as [company, amount]]
  const rows: [string, string, string, [string, string][]][] = [
    ['levées de X (…), Y (bare), Z (bare) (FR)', 'Kiplo a levé 40 millions d’euros. Le montant reste inférieur aux levées de fonds de Brevo (72 millions d’euros), Qonto (70 millions) ou encore Ledger (60 millions).', '40 millions d’euros', [['Brevo', '72 millions d’euros'], ['Qonto', '70 millions'], ['Ledger', '60 millions']]],
    ['après celles de X (… en 2015) et Y (FR)', 'Wizz a levé 30 millions d’euros, troisième levée la plus élevée du secteur après celles conduites par le constructeur de robots Draxo (310 millions d’euros en 2016) et l’infogéreur NVK (240 millions d’euros en 2017).', '30 millions d’euros', [['Draxo', '310 millions d’euros'], ['NVK', '240 millions d’euros']]],
    ['following raises by X ($) and Y ($) (EN)', 'Zentrix raised $12 million in a Series A. The round follows raises by rivals Acme ($50m) and Globex ($30m) earlier this year.', '$12 million', [['Acme', '$50m'], ['Globex', '$30m']]],
    ['joins X ($), Y ($) among the biggest rounds (EN)', 'Kestrel closed a $90M Series C. It joins Initech ($40M), Hooli ($25M) and Vandelay ($20M) among this year’s biggest rounds in the region.', '$90M', [['Initech', '$40M'], ['Hooli', '$25M'], ['Vandelay', '$20M']]],
    ['larger than those of X ($ in 2021) and Y (EN)', 'Bolt raised $200 million, a round larger than those of Northwind ($120 million in 2021) and Contoso ($95 million in 2022).', '$200 million', [['Northwind', '$120 million'], ['Contoso', '$95 million']]],
    ['comme X (bare Md) et Y (FR)', 'Mistral a levé 2 milliards d’euros, loin devant les tours de table de Doctolib (1 milliard d’euros) et Back Market (450 millions).', '2 milliards d’euros', [['Doctolib', '1 milliard d’euros'], ['Back Market', '450 millions']]],
  ];
  it.each(rows)('%s', (_label, text, news, compared) => {
    const deals = dealsOf([text]);
    expect(deals.find((d) => d.amount === news)?.status).toBe('announced');
    for (const [company, amount] of compared) expect(deals.find((d) => d.amount === amount)).toEqual({ company, amount, status: 'past' });
  });
});

describe('round 11: a roundup line labelled with its company, the sentence then using a descriptor, is that company’s round', () => {
  // [label, line, amount, company]
  const rows: [string, string, string, string][] = [
    ['- Name: The … fintech secured (EN)', '- FlapKap: The Egypt-born and Abu Dhabi-based fintech secured the largest deal of the month, raising $34 million in a pre-Series A round.', '$34 million', 'FlapKap'],
    ['• Name: the startup raised (EN)', '• Kestrel Labs: the Lagos-based startup raised $3 million in seed funding.', '$3 million', 'Kestrel Labs'],
    ['Name : la fintech a levé (FR)', 'Pennylane : la fintech a levé 40 millions d’euros auprès de Sequoia.', '40 millions d’euros', 'Pennylane'],
    ['3. Name: Based in …, the company closed (EN)', '3. Zentrix: Based in Nairobi, the company closed a $12 million Series A.', '$12 million', 'Zentrix'],
    ['– Name : Basée à Lyon, la jeune pousse boucle (FR)', '– Vizzia : Basée à Lyon, la jeune pousse a levé 5 millions d’euros.', '5 millions d’euros', 'Vizzia'],
  ];
  it.each(rows)('%s', (_label, line, amount, company) => {
    expect(dealsOf([line]).find((d) => d.amount === amount)?.company).toBe(company);
  });
});

describe('round 11: a possessor’s round told as a noun phrase with words before "round", no raising verb', () => {
  const rows: [string, string, string, string][] = [
    ['X’s § mammoth round (EN)', 'Topping the week’s deals was Kibo and Tallyo’s parent Zentra Media’s $610 Mn giant round, the largest to date.', '$610 Mn', 'Zentra Media'],
    ['X’s § bumper funding round (EN)', 'Globex’s $12 million bumper funding round was led by Accel.', '$12 million', 'Globex'],
    ['X’s § oversubscribed round (EN)', 'The week’s biggest cheque: Kestrel’s $40M oversubscribed round.', '$40M', 'Kestrel'],
    ['X’s § all-equity raise (EN)', 'Topping the list is Zentrix’s $25 million all-equity raise.', '$25 million', 'Zentrix'],
  ];
  it.each(rows)('%s', (_label, text, amount, company) => {
    expect(dealsOf([text]).find((d) => d.amount === amount)?.company).toBe(company);
  });
});

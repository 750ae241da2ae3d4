import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 21: invented sentences, EN and FR.

// A review's entries "§ pour/for [descriptor noun phrase] Name": the raiser is the name that ends the descriptor
// (nameAfterDescriptor, figureForName in funding.ts), in a "§ pour X" list and in a list of "round for X" items.
describe('round 21: the name at the end of a descriptor noun phrase', () => {
  const rows: [string, string, [string, string][]][] = [
    ['a list of descriptors with genitive complements (FR)',
      'Le trimestre a compté trois grosses levées : 45 millions d’euros pour la plateforme de réservation de voyages Travlo, 30 millions d’euros pour le spécialiste européen de la logistique et du stockage urbain Colimo, et 12 millions d’euros pour la "green tech" Verdalys.',
      [['Travlo', '45 millions d’euros'], ['Colimo', '30 millions d’euros'], ['Verdalys', '12 millions d’euros']]],
    ['an acronym complement before the name (FR)',
      'Deux levées marquent le mois : 60 millions d’euros pour la plateforme de notation de la RSE Nervalis, 20 millions d’euros pour l’éditeur de logiciels comptables Quarto.',
      [['Nervalis', '60 millions d’euros'], ['Quarto', '20 millions d’euros']]],
    ['a place adjective, a long descriptor and a genitive complement (EN)',
      'Three rounds stood out in May: $40 million for the Lisbon-based cross-border payments and payroll startup Pagora, $25 million for the maker of hospital scheduling software Medquill and $9 million for Tallowby.',
      [['Pagora', '$40 million'], ['Medquill', '$25 million'], ['Tallowby', '$9 million']]],
    ['a source phrase closes the name (FR)',
      'Deux levées ont marqué la semaine : 30 millions d’euros pour la plateforme de paiement Qontrix auprès de Balder Capital, 12 millions d’euros pour l’éditeur de logiciels Marlo auprès de Fennec Ventures.',
      [['Qontrix', '30 millions d’euros'], ['Marlo', '12 millions d’euros']]],
    ['a source or an agent closes the name (EN)',
      'Two rounds closed this week: $30 million for the payments platform Qontrix from Balder Capital, and $12 million for the maker of scheduling software Marlo led by Fennec Ventures.',
      [['Qontrix', '$30 million'], ['Marlo', '$12 million']]],
    ['a single entry after a colon, its bare second figure unread (FR)',
      'La semaine a été marquée par deux levées de fonds : 90 millions d’euros pour Orbalis, 40 millions pour Kestrelle.',
      [['Orbalis', '90 millions d’euros']]],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    const deals = readFunding({ paragraphs: [sentence] }).deals;
    for (const [company, amount] of expected) expect(deals.find((d) => d.company === company)?.amount?.text).toBe(amount);
  });
});

// A person the article names as such ("co-founders Jane Doe and …", "Doe, who is CEO of …") and then calls by the surname
// alone is never the company of "the company announced it had raised" (isArticlePerson in topicEntity, the antecedents).
describe('round 21: a founder’s surname is never the raiser', () => {
  const rows: [string, string[], string, string][] = [
    ['a feature on the founders (EN)', [
      'Trucking startup Hauliq has opened a depot in Dallas.',
      'It was started by co-founders Mara Quentell and Owen Pike. Quentell, who is CEO of Hauliq, used to work at a carmaker.',
      'Quentell left the carmaker to launch Hauliq in 2019 with Pike. In May 2020, the company announced it had raised $30 million in Series A financing led by Rowan Ventures.',
    ], 'Hauliq', 'Quentell'],
    ['a portrait of the founder (FR)', [
      'La start-up Vetilo ouvre une usine à Lyon.',
      'Elle a été fondée par les cofondateurs Claire Maubert et Hugo Lenz. Maubert, qui est PDG de Vetilo, travaillait chez un équipementier.',
      'Maubert a quitté l’équipementier pour lancer Vetilo en 2019 avec Lenz. En mai 2021, la société a annoncé avoir levé 8 millions d’euros auprès de Rovel Capital.',
    ], 'Vetilo', 'Maubert'],
  ];
  it.each(rows)('%s', (_label, paragraphs, company, person) => {
    const companies = readFunding({ paragraphs }).deals.map((d) => d.company);
    expect(companies).toContain(company);
    expect(companies).not.toContain(person);
  });
});

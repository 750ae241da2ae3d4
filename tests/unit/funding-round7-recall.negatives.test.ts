/**
 * Round 7 recall rules (funding-round7-recall.test.ts), negatives: the same verbs and frames when the money is revenue, a
 * fund, a grant, a prize, a purchase, a crowd or a city's budget. None of these rows may yield a deal with the figure.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

describe('round 7: same verbs, not a round', () => {
  const rows: Array<[paragraphs: string[], value: number]> = [
    [['Acme grabbed $12 million in revenue last quarter.'], 12e6],
    [['Acme hauled in $40 million in sales last year.'], 40e6],
    [['Acme pulled in $3 million in revenue in the third quarter.'], 3e6],
    [['Apple takes in $90 billion in quarterly revenue.'], 90e9],
    [['Kiplo a engrangé 12 millions d’euros de chiffre d’affaires en 2023.'], 12e6],
    [['Le groupe empoche 30 millions d’euros grâce à la vente de sa filiale.'], 30e6],
    [['The charity collected $2 million from donors.'], 2e6],
    [['La campagne a collecté 2 millions d’euros auprès de 3 000 particuliers.'], 2e6],
    [['Sequoia snagged $2 billion for its new growth fund.'], 2e9],
    [['The fund drew $500 million from limited partners.'], 500e6],
    [['Acme fetched $12 million in its sale to Google.'], 12e6],
    [['The city gets $5 million to expand its bus network.'], 5e6],
    [['The hospital received $5 million from the government to expand its ICU.'], 5e6],
    [['The startup scored a $10 million contract with the Army.'], 10e6],
    [['The team scored $1 million in prize money.'], 1e6],
    [['Investors pulled $5 billion out of equity funds last week.'], 5e9],
    [['Acme s’offre Globex pour 30 millions d’euros.'], 30e6],
    [['30 M€ pour Alstom, qui remporte un contrat de la SNCF.'], 30e6],
    [['$5 million for Acme in damages, the jury decided.'], 5e6],
    [['12 M€ pour la rénovation de l’école, annonce la mairie.'], 12e6],
    [['Acme racked up $8 million in losses last year.'], 8e6],
    [['The state welcomed $2 billion in foreign investment last year.'], 2e9],
    // 184: a ranking's sum, told with a loose verb.
    [['Canada’s top 10 venture-capital financings in the second quarter drew $518 million from investors.'], 518e6],
    [['Les dix plus grosses levées du trimestre ont attiré 800 millions d’euros de nouveaux investisseurs.'], 800e6],
    // Investors as subjects, colons and passives.
    [['The government backs Acme with a $12 million grant.'], 12e6],
    [['La région soutient Acme à hauteur de 2 millions d’euros de subventions.'], 2e6],
    [['Partech investit 200 millions d’euros dans de nouveaux fonds.'], 200e6],
    [['Acme investit 12 millions d’euros dans une nouvelle usine.'], 12e6],
    [['L’État a injecté 3 milliards d’euros dans l’économie.'], 3e9],
    [['Acme: $12 million to settle the lawsuit.', 'The company said investors were not affected.'], 12e6],
    [['Budget pour Acme : 12 millions d’euros de dépenses.'], 12e6],
    // The yardstick shape: the owner's money is revenue, a fund or a price, or no round is told.
    [['The round is the largest since 2021, when Acme’s $40 million revenue was a record.'], 40e6],
    [['It is the biggest fund in Europe after Index’s $2 billion.'], 2e9],
    [['Le deuxième plus gros rachat après les 500 millions d’euros de Vivendi.'], 500e6],
    [['Apple’s $3 trillion is the highest market value ever, ahead of Microsoft.'], 3e12],
    // A share of a total that is not a company's round.
    [['Le budget atteint 40 millions d’euros, dont 12 millions pour Paris.'], 12e6],
    [['The company reported $2 billion in revenue, including $500 million for Europe.'], 500e6],
    [['Le groupe a cédé des actifs pour 1 milliard d’euros, dont 300 millions pour Alstom.'], 300e6],
    [['The fund raised $1 billion, including $200 million for its Asia strategy.'], 200e6],
    [['Startups drew $2 billion from investors in March, up 20% on February.'], 2e9],
  ];
  it.each(rows)('row %#: %s', (paragraphs, value) => {
    const deals = readFunding({ paragraphs }).deals;
    expect(deals.filter((d) => d.amount?.value === value).map((d) => d.company)).toEqual([]);
  });
});

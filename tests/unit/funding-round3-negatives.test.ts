/**
 * Funding rules, round 3: figures that are never one company's round —
 * plural or collective subjects, places, sector totals, thresholds, sums over
 * years, money spread over several recipients, a VC firm or fund as the
 * subject, plans. Each sentence is of the kind that showed the false deal in
 * batch 4 (.tmp/batch4-funding-report.md), beside positive rows the same rule
 * must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const dealsOf = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.value ?? null]);
const kindsOf = (paragraphs: string[]) => readFunding({ paragraphs }).money.map((m) => m.kind);

type Row = [name: string, paragraphs: string[], want: Array<[string | null, number | null]>];

describe('plural, collective and indefinite subjects make a statistic', () => {
  const rows: Row[] = [
    ['"African startups accrued §" (no known verb)', ['It is to be noted that African startups accrued USD 1.19 billion in investment, more than in 2021.'], []],
    ['"Start-up ventures in Singapore raised §"', ['Start-up ventures in Singapore raised more than US$8.02 billion in 2021.'], []],
    ['"les startups françaises, qui ont levé §"', ['Le mois de mai a été prolifique pour les startups françaises, qui ont levé pas moins de 520,7 millions d’euros.'], []],
    ['"où les start-up de la région Aura avaient levé §"', ['L’accès au financement a été plus difficile, après une année 2022 record où les start-up de la région Aura avaient levé près de 700 millions d’euros.'], []],
    ['an indefinite company: "une entreprise qui avait levé §"', ['Une belle somme pour une entreprise qui avait levé 30,2 millions d’euros auprès de VCs.'], []],
    ['an indefinite company: "a company that had raised §"', ['That is a high price for a company that had raised $30 million from VCs.'], []],
    // Positives.
    ['a subordinate clause with a plural subject does not veto the main clause', ['While Nigerian startups missed out during the week, HyperionDev, a Cape Town-headquartered ed-tech startup, raised ZAR50 million in Series A funding.'], [['HyperionDev', 50e6]]],
    ['a capitalised "Market" inside a name is not the market', ['Zest Market has successfully attracted 200 billion won from multi-national investors.'], [['Zest Market', 200e9]]],
    ['"sector" before a named company with its own gerund', ['One-off large deal in the environment sector happened with Recykal raising 162 cr from Morgan Stanley.'], [['Recykal', 1.62e9]]],
    ['a plural of products is not a plural subject', ['Acme, which makes drones, raised $12 million in a Series A round.'], [['Acme', 12e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(dealsOf(paragraphs)).toEqual(want));
});

describe('thresholds, sums over years, several recipients and plans are not rounds', () => {
  const rows: Row[] = [
    ['a threshold: "round of § or more"', ['The list is non-exhaustive, and only includes round of $10 million or more.'], []],
    ['a threshold: "rounds above §"', ['Only rounds above $5 million were counted in our review of the quarter.'], []],
    ['several recipients: "§ in funding announcements for Australian startups"', ['In the eight days to September 20, we reported on more than $1 billion in funding announcements for Australian startups.'], []],
    ['several recipients: "§ rassemblés pour des startups girondines"', ['Plus de sept millions d’euros rassemblés pour des startups girondines.'], []],
    ['several recipients: "disbursed § funding to 4 health-focused startups"', ['Again, Nigeria missed out as Villgro Africa disbursed $170k funding to 4 health-focused startups.'], []],
    ['a sum over years: "raising § between 2015 and 2022"', ['Nigeria had a thriving startup ecosystem, raising more than $2 billion between 2015 and 2022.'], []],
    ['a sum over years: "§ levés au cours des 15 dernières années"', ['Cette levée porte à plus d’un milliard le total, après les 750 millions d’euros levés au cours des 15 dernières années.'], []],
    ['a plan: "as part of § venture investment plan"', ['The ministry unveiled the scheme as part of its 40 trillion won venture investment plan.'], []],
    // Positives.
    ['"or more" elsewhere does not make a threshold', ['Acme raised $20 million in a Series B, and hopes to hire 50 people or more.'], [['Acme', 20e6]]],
    ['a round "to expand into new markets" has one recipient', ['Acme raised $20 million in a Series B to expand into new markets.'], [['Acme', 20e6]]],
    ['"§ in 2015" is a date, not a span', ['Acme raised $20 million in a Series B round in 2015.'], [['Acme', 20e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(dealsOf(paragraphs)).toEqual(want));
});

describe('funds and fund managers as subjects', () => {
  const rows: Row[] = [
    ['a VC firm raising: "Le fonds de gestion de capital-risque X annonce lever §"', ['Le fonds de gestion de capital-risque Truffle Capital annonce ce mercredi lever 390 millions d’euros auprès d’investisseurs institutionnels.'], []],
    ['"With a substantial investment of §, the fund is designed …"', ['With a substantial investment of 5 billion yen (approximately $45 million), the fund is designed to nurture technology firms.'], []],
    ['a VC firm raising in English', ['Venture capital firm Northzone raised $500 million from its limited partners.'], []],
    // Positive.
    ['a company with "Fund" in an investor name after a dash is still a round', ['Chord Therapeutics from Geneva closed the week’s largest financing round of USD 16 million – Boston-based Omega Fund became involved in the young biotech company.'], [['Chord Therapeutics', 16e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(dealsOf(paragraphs)).toEqual(want));
});

describe('money kinds of the same statistics', () => {
  it('"qui avait jusqu’ici levé §" is the total raised to date', () => {
    expect(kindsOf(['Créée en 2017, Exotrail, qui avait jusqu’ici levé 18 millions d’euros, produit des propulseurs.'])).toEqual(['total-raised']);
  });
  it('"has so far raised §" is the total raised to date', () => {
    expect(kindsOf(['Acme, which has so far raised $40 million, makes drones.'])).toEqual(['total-raised']);
  });
  it('"raised § in a Series B" stays a round', () => {
    expect(kindsOf(['Acme raised $40 million in a Series B.'])).toEqual(['round']);
  });
});

describe('the article’s topic is never a figure, a place or a nationality', () => {
  const rows: Row[] = [
    ['"a financing round of CHF 25 million" with no company anywhere: not "CHF 25"', ['The funds for the phase 2 study will be provided by a financing round of CHF 25 million.'], [[null, 25e6]]],
    ['a nationality named most often is not the topic', ['Swiss investors were active. Swiss banks too. The funds will be provided by a financing round of CHF 25 million.'], [[null, 25e6]]],
    // Positive: the company named most often is still the topic.
    ['the most named company is the topic', ['Zentrix builds chips. Zentrix hires. The funds will be provided by a financing round of CHF 25 million.'], [['Zentrix', 25e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(dealsOf(paragraphs)).toEqual(want));
});

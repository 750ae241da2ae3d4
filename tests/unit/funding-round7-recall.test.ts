/**
 * Funding rules, round 7 (issue 3, recall): wordings of a round the startup press uses that no fixture had yet. Each row is a
 * short article (a headline-like first paragraph is optional) and the deal it must yield; the shapes that must stay non-deals
 * are in funding-round7-recall.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

type Expected = { company: string; value: number | null; currency?: string };

function deals(paragraphs: string[]) {
  return readFunding({ paragraphs }).deals;
}

describe('round 7: verbs and frames of a raise', () => {
  const cases: Array<[paragraphs: string[], expected: Expected]> = [
    [['Acme Robotics has nabbed $12 million in a Series A round led by Sequoia.'], { company: 'Acme Robotics', value: 12e6 }],
    [['Globex snagged $8 million from Index Ventures to expand its sales team.'], { company: 'Globex', value: 8e6 }],
    [['Initech scored $30 million in fresh funding led by Accel.'], { company: 'Initech', value: 30e6 }],
    [['Hooli pulled in $45 million in a Series B round.'], { company: 'Hooli', value: 45e6 }],
    [['Umbrella picked up $5 million in seed funding from Y Combinator.'], { company: 'Umbrella', value: 5e6 }],
    [['Vandelay hauled in $100 million in a Series C led by Tiger Global.'], { company: 'Vandelay', value: 100e6 }],
    [['Stark Labs banked $20 million in new funding.'], { company: 'Stark Labs', value: 20e6 }],
    [['Wayne Analytics reeled in $15 million in Series A funding.'], { company: 'Wayne Analytics', value: 15e6 }],
    [['Payflo gets $3 million to expand into Europe, with Seedcamp leading the round.'], { company: 'Payflo', value: 3e6 }],
    [['Tyrell has closed $40 million in Series B funding led by Lightspeed.'], { company: 'Tyrell', value: 40e6 }],
    [['Investors poured $60 million into Cyberdyne, the robotics startup said on Tuesday.'], { company: 'Cyberdyne', value: 60e6 }],
    [['Soylent tops up with $10 million from existing investors.'], { company: 'Soylent', value: 10e6 }],
    [['Massive Dynamic, which makes battery packs, said Tuesday it raised $25 million from Khosla Ventures.'], { company: 'Massive Dynamic', value: 25e6 }],
    [['Oscorp’s $50 million Series B was led by General Catalyst.'], { company: 'Oscorp', value: 50e6 }],
    [['Qonto lève 10 millions d’euros auprès de Valar Ventures.'], { company: 'Qonto', value: 10e6, currency: 'EUR' }],
    [['La start-up Tilia boucle une levée de fonds de 12 millions d’euros.'], { company: 'Tilia', value: 12e6, currency: 'EUR' }],
    [['Kiplo obtient 3 millions d’euros pour se développer en Europe.'], { company: 'Kiplo', value: 3e6, currency: 'EUR' }],
    [['Lumos sécurise 8 millions d’euros auprès de Partech.'], { company: 'Lumos', value: 8e6, currency: 'EUR' }],
    [['Octopia annonce une levée de 5 millions d’euros menée par Elaia.'], { company: 'Octopia', value: 5e6, currency: 'EUR' }],
    [['Sorare réalise une levée de fonds de 20 millions d’euros.'], { company: 'Sorare', value: 20e6, currency: 'EUR' }],
    [['Mirakl accueille 15 millions d’euros de nouveaux investisseurs.'], { company: 'Mirakl', value: 15e6, currency: 'EUR' }],
    [['Alan finalise un tour de table de 50 millions d’euros mené par Index Ventures.'], { company: 'Alan', value: 50e6, currency: 'EUR' }],
    [['Swile fait entrer Bpifrance à son capital pour 30 millions d’euros.'], { company: 'Swile', value: 30e6, currency: 'EUR' }],
    [['12 M€ pour Kiplo, qui veut conquérir l’Europe.', 'La jeune pousse a bouclé ce tour de table auprès de Kima Ventures.'], { company: 'Kiplo', value: 12e6, currency: 'EUR' }],
    [['Acme completes $7 million seed round led by Seedcamp.'], { company: 'Acme', value: 7e6 }],
    [['Globex secures $9M to build payment rails for Africa.'], { company: 'Globex', value: 9e6 }],
    [['Initech lands £4m investment to expand in the UK.'], { company: 'Initech', value: 4e6, currency: 'GBP' }],
    [['Hooli has raked in $18 million in a Series A round.'], { company: 'Hooli', value: 18e6 }],
    [['Berlin-based Tinkle nets €6 million seed round.'], { company: 'Tinkle', value: 6e6, currency: 'EUR' }],
    [['Vandelay has taken in $22 million from Accel and Index.'], { company: 'Vandelay', value: 22e6 }],
  ];
  it.each(cases)('row %#: %s', (paragraphs, expected) => {
    const found = deals(paragraphs);
    const hit = found.find((d) => d.amount?.value === expected.value);
    expect(hit, JSON.stringify(found.map((d) => [d.company, d.amount?.text]))).toBeTruthy();
    expect(hit!.company).toBe(expected.company);
    if (expected.currency) expect(hit!.amount?.currency).toBe(expected.currency);
  });
});

describe('round 7: investors as subjects, colons and passives', () => {
  const cases: Array<[paragraphs: string[], expected: Expected]> = [
    [['Partech investit 12 millions d’euros dans Acme.'], { company: 'Acme', value: 12e6, currency: 'EUR' }],
    [['Elaia a injecté 4 millions d’euros dans la start-up Kiplo.'], { company: 'Kiplo', value: 4e6, currency: 'EUR' }],
    [['Sequoia backs Acme with $12 million.'], { company: 'Acme', value: 12e6 }],
    [['Partech soutient la fintech Lumos à hauteur de 8 millions d’euros.'], { company: 'Lumos', value: 8e6, currency: 'EUR' }],
    [['12 millions d’euros levés par Acme auprès de Partech.'], { company: 'Acme', value: 12e6, currency: 'EUR' }],
    [['Nouvelle levée de fonds pour Acme : 12 millions d’euros auprès de Partech.'], { company: 'Acme', value: 12e6, currency: 'EUR' }],
    [['Acme : 12 millions d’euros pour conquérir l’Europe.', 'La start-up a bouclé ce tour de table auprès de Partech.'], { company: 'Acme', value: 12e6, currency: 'EUR' }],
    [['Globex: $9M to take its payroll app to Europe.', 'The seed round was led by Index Ventures.'], { company: 'Globex', value: 9e6 }],
    [['Acme draws in $12 million from Sequoia.'], { company: 'Acme', value: 12e6 }],
    [['Acme picks up $12M from Sequoia.'], { company: 'Acme', value: 12e6 }],
    [['Acme nails down $12 million in seed funding.'], { company: 'Acme', value: 12e6 }],
    [['Acme scoops $12 million from Accel.'], { company: 'Acme', value: 12e6 }],
  ];
  it.each(cases)('row %#: %s', (paragraphs, expected) => {
    const found = deals(paragraphs);
    const hit = found.find((d) => d.amount?.value === expected.value);
    expect(hit, JSON.stringify(found.map((d) => [d.company, d.amount?.text]))).toBeTruthy();
    expect(hit!.company).toBe(expected.company);
    if (expected.currency) expect(hit!.amount?.currency).toBe(expected.currency);
  });
});

describe('round 7: another company’s round as the yardstick', () => {
  const cases: Array<[paragraphs: string[], expected: Expected]> = [
    // 148 and 268: the record a new round is measured against.
    [['The round is the second-largest Series C by an African startup, Jumia’s $603 million being the first.'], { company: 'Jumia', value: 603e6 }],
    [['C’est le deuxième plus important tour de série A du continent après les 200 millions de dollars de la licorne Wave.'], { company: 'Wave', value: 200e6 }],
    [['It is the largest seed round in Europe since Mistral’s €105 million in 2023.'], { company: 'Mistral', value: 105e6, currency: 'EUR' }],
    [['La levée dépasse de loin le précédent record, derrière les 300 millions d’euros de Qonto.'], { company: 'Qonto', value: 300e6, currency: 'EUR' }],
  ];
  it.each(cases)('row %#: %s', (paragraphs, expected) => {
    const found = deals(paragraphs);
    const hit = found.find((d) => d.amount?.value === expected.value);
    expect(hit, JSON.stringify(found.map((d) => [d.company, d.amount?.text]))).toBeTruthy();
    expect(hit!.company).toBe(expected.company);
    if (expected.currency) expect(hit!.amount?.currency).toBe(expected.currency);
    // The yardstick is a record already set: an earlier round.
    expect(hit!.status).toBe('past');
  });
});

describe('round 7: a named company’s share of a total of rounds', () => {
  const cases: Array<[paragraphs: string[], expected: Expected]> = [
    // 78: the weekly record, with the one company that made most of it.
    [['La semaine record reste la mi-mars, avec 723 millions d’euros levés, dont, il est vrai, 500 M€ rien que pour Doctolib.'], { company: 'Doctolib', value: 500e6, currency: 'EUR' }],
    [['Les start-up françaises ont levé 1,2 milliard d’euros en mai, dont 300 millions d’euros pour la fintech Qonto.'], { company: 'Qonto', value: 300e6, currency: 'EUR' }],
    [['Fintechs raised $2 billion this quarter, including $500 million for Revolut.'], { company: 'Revolut', value: 500e6 }],
  ];
  it.each(cases)('row %#: %s', (paragraphs, expected) => {
    const found = deals(paragraphs);
    const hit = found.find((d) => d.amount?.value === expected.value);
    expect(hit, JSON.stringify(found.map((d) => [d.company, d.amount?.text]))).toBeTruthy();
    expect(hit!.company).toBe(expected.company);
    if (expected.currency) expect(hit!.amount?.currency).toBe(expected.currency);
    // A record's items are earlier rounds; the others are this period's.
    expect(hit!.status).toBe(/record/.test(paragraphs[0]!) ? 'past' : 'announced');
  });
});

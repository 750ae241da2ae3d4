/**
 * Which company raised, round 11 (fresh pages and the last tuned misses, generalised): rows of our own invention, English and
 * French, one shape per block. The shapes: a page's dateline or update label ("Publié le 14 sept.", "Mis à jour le", "Updated",
 * "Posted") is never a company, so "the startup" points past it to the company named before; a subject made wholly of
 * capitalised words joined by small linkers ("Beyond the Sea", "Team for the Planet", "Made in Design") is one name, not its
 * last word. Negatives: companies-round11.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { COMPANIES_NATIONALITY_WORDS, isNationality, isOpeningWord, openingSubject, subjectBefore } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

describe('isOpeningWord, round 11: datelines and update labels are no name', () => {
  it.each<string>(['Publié le 14', 'Publiée le 3', 'Mis à jour le 14', 'Mise à jour le 2', 'Modifié le 5', 'Actualisé le 9', 'Updated', 'Published', 'Posted', 'Last updated', 'Paru le 12', 'Mis', 'Mise'])(
    '"%s" is an opening word', (word) => expect(isOpeningWord(word)).toBe(true));
});

describe('readFunding, round 11: "the startup" after a dateline points to the headline’s company, not the dateline', () => {
  it.each<[string, string, string[]]>([
    ['Kiplo', 'Kiplo lève 8 millions d’euros pour sa néobanque', ['Publié le 3 mars 2024 à 9:00', 'Le marché est difficile, mais la banque a tenu bon. La fintech nantaise a annoncé avoir levé 8 millions d’euros auprès de Partech.']],
    ['Batterix', 'Industrie : Batterix lève 900 millions d’euros pour sa gigafactory', ['Publié le 9 oct. 2024 à 8:15Mis à jour le 9 oct. 2024 à 17:40', 'Le contexte est tendu, mais l’entreprise a tenu. La jeune pousse lyonnaise a annoncé mercredi avoir réuni 900 millions d’euros.']],
    ['Orbital', 'Orbital raises $20 million for satellite docking', ['Updated 14 March 2024', 'The market is tough, but the team kept going. The space startup said it has raised $20 million in a Series A led by Lux Capital.']],
    ['Lumen', 'Lumen secures €6 million', ['Posted on 2 May 2024', 'The sector is slow, yet the team grew fast. The Lyon company says it has secured €6 million from Kima Ventures.']],
  ])('%s', (want, title, paragraphs) => expect(readFunding({ paragraphs }, { title }).deals[0]?.company).toBe(want));
});

describe('readFunding, round 11: a dateline is never the company "the start-up" points back to', () => {
  // A headline whose verb the reader does not know ("rassemble"): the dateline before the body must not stand in for it.
  it.each<[string, string, string, string[]]>([
    ['Publié le 9', 'Batterix', 'Industrie : Batterix rassemble 900 millions d’euros pour sa gigafactory', ['Publié le 9 oct. 2024 à 8:15Mis à jour le 9 oct. 2024 à 17:40', 'Le contexte est tendu, mais Batterix a su malgré tout trouver les moyens de ses projets. La jeune pousse lyonnaise a annoncé mercredi avoir levé 900 millions d’euros.']],
    ['Mis', 'Nabla', 'Santé : Nabla rassemble 24 millions de dollars', ['Mis à jour le 5 janvier 2024 à 10:12', 'Le secteur ralentit, mais Nabla a réussi malgré tout à convaincre. La start-up parisienne a annoncé mardi avoir levé 24 millions de dollars.']],
  ])('not "%s" (the round of %s is read)', (dateline, _company, title, paragraphs) => {
    // The round is read, so the row cannot pass by finding nothing; its company is not the dateline.
    const deal = readFunding({ paragraphs }, { title }).deals.find((d) => d.amount?.text === /\d[^.]*?(?:euros|dollars)/u.exec(paragraphs[1]!.split('. ').pop()!)![0]);
    expect(deal).toBeDefined();
    expect(deal!.company).not.toBe(dateline);
  });
  // Known miss (review): with a headline verb the reader does not know, "La jeune pousse …" after "Batterix a su …" is left with
  // no company; it should be the company named in the sentence before.
  it.todo('"the start-up" after an unknown headline verb names the company of the sentence before (Batterix, Nabla)');
});

describe('subjectBefore, round 11: a titled name with small linkers is one name', () => {
  it.each<[string, string]>([
    ['Beyond the Sea', 'Beyond the Sea vient de recevoir § de Team for the Planet.'],
    ['Team for the Planet', 'Team for the Planet a levé § auprès de ses actionnaires.'],
    ['Made in Design', 'Made in Design lève § auprès de Bpifrance.'],
    ['Comptoir des Cotonniers', 'Comptoir des Cotonniers a levé § pour ouvrir des boutiques.'],
    ['Back to the Roots', 'Back to the Roots raised § in a Series B led by Accel.'],
    ['Bank of the West', 'Bank of the West has raised § from Accel.'],
  ])('%s', (want, sentence) => {
    const verb = /\b(?:recevoir|a levé|lève|raised|has raised)(?= §)/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name).toBe(want);
  });
});

describe('isOpeningWord, round 11: fronted adverbs of time and sequence are no name', () => {
  it.each<string>(['Auparavant', 'Précédemment', 'Jusqu’ici', 'Entre-temps', 'Dernièrement', 'Initialement', 'Previously', 'Earlier', 'Formerly', 'Subsequently', 'Afterwards', 'Originally'])(
    '"%s" is an opening word', (word) => expect(isOpeningWord(word)).toBe(true));
});

describe('readFunding, round 11: "Elle" after a fronted adverb points to the company, not the adverb', () => {
  it.each<[string, string[]]>([
    ['mirSense', ['Parmi elles, la deeptech française mirSense conçoit des lasers infrarouges. Elle vient de boucler un tour de table en série A de 7 millions d’euros mené par Safran Corporate Ventures. Auparavant, la société avait réalisé une première levée de fonds auprès de XAnge.']],
  ])('%s', (want, paragraphs) => expect(readFunding({ paragraphs }).deals[0]?.company ?? null).not.toBe('Auparavant'));
});

describe('subjectBefore, round 11: a relative clause’s subject is its antecedent, even after a preposition', () => {
  it.each<[string, string]>([
    ['Vade Secure', 'Mnemo’s round has taken the top spot from Vade Secure, a security startup working on email scams that raised § in 2019.'],
    ['Vade Secure', 'The record was held by Vade Secure, a security startup that raised § in 2019.'],
    ['Kiplo', 'Investors backed Kiplo, a Nantes fintech which has raised § so far.'],
    ['Kiplo', 'Bpifrance a soutenu Kiplo, une fintech nantaise qui a levé § en 2021.'],
    ['Kiplo', 'Bpifrance a soutenu Kiplo, qui a levé § en 2021.'],
    ['Acme', 'The prize went to Acme, which recently raised § from Accel.'],
  ])('%s', (want, sentence) => {
    const verb = /\b(?:raised|levé)(?= §)/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name).toBe(want);
  });
});

describe('isNationality, round 11: the full family, masculine and feminine, is exported', () => {
  it.each<string>(['French', 'South African', 'Français', 'Française', 'Italien', 'Italienne', 'Canadien', 'Tunisien', 'Européen', 'Européenne', 'Belge'])(
    '"%s" is a nationality', (word) => {
      expect(isNationality(word)).toBe(true);
      expect(COMPANIES_NATIONALITY_WORDS).toContain(word);
    });
});

describe('subjectBefore, round 11: a short lower-case brand carried by a dotted part is the whole subject', () => {
  it.each<[string, string]>([
    ['ai.io', 'ai.io raises § in a seed round led by Accel.'],
    ['x.ai', 'x.ai has raised § from Accel.'],
    ['n8n-io', 'n8n-io a levé § auprès de Partech.'],
    ['qa.tech', 'qa.tech lève § pour automatiser les tests.'],
  ])('%s', (want, sentence) => {
    const verb = /\b(?:raises|has raised|a levé|lève)(?= §)/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name).toBe(want);
  });
});

describe('openingSubject, round 11: the trade press’s headline verbs open on the raiser', () => {
  it.each<[string, string]>([
    ['Zentrix', 'Zentrix snags § for payroll AI'],
    ['Zentrix', 'Zentrix pulls in § Series A'],
    ['Zentrix', 'Zentrix rakes in § from Accel'],
    ['Zentrix', 'Zentrix nabs § to automate payroll'],
    ['Zentrix', 'Zentrix pockets § in seed funding'],
    ['Kiplo', 'Kiplo s’offre § pour conquérir l’Europe'],
    ['Kiplo', 'Kiplo engrange § auprès de Partech'],
    ['Kiplo', 'Kiplo rafle § pour sa néobanque'],
  ])('%s', (want, headline) => expect(openingSubject(headline)).toBe(want));
});

describe('readFunding, review: a relative clause after a hired person names no company', () => {
  // The antecedent of "who/qui" is a person the company hired or appointed: the person never stands for the company.
  it.each<[string, string]>([
    ['Jane Doe', 'Acme, a payments startup, has hired Jane Doe, who raised $40 million for Globex in 2019, as its new finance chief.'],
    ['John Smith', 'Acme has appointed John Smith, who raised $40 million for Globex in 2019, as chief financial officer.'],
    ['Jean Dupont', 'Kiplo a recruté Jean Dupont, qui a levé 40 millions d’euros pour Globex en 2019, comme directeur financier.'],
  ])('not "%s"', (person, text) => {
    const deals = readFunding({ paragraphs: [text] }).deals;
    expect(deals.map((d) => d.company)).not.toContain(person);
    expect(deals.every((d) => d.status === 'past')).toBe(true);
  });
  it('a company antecedent still names the raiser', () => {
    expect(subjectBefore('The fund backed Vade Secure, a security startup that raised § last week.', 53)?.name).toBe('Vade Secure');
  });
});

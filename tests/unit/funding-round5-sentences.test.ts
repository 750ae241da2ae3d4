/**
 * Funding rules, round 5 (issue 3, .tmp/batch6-funding-report.md patterns 3–7): which money in a sentence is a round, and how
 * many rounds a sentence holds. Positive rows here; the shapes that must stay something else are in the .negatives file.
 * Each rule has the sentence that showed it (batch 6) and rows of other instances of the same shape, in English and French.
 */
import { describe, expect, it } from 'vitest';
import { isPastContext, readFigure } from '../../utils/deals';
import { readFunding } from '../../utils/funding';

/** The kind of the figure written "{§}" in the sentence (other figures written "§"). */
function kindOf(sentence: string): string {
  const start = sentence.indexOf('{');
  const end = sentence.indexOf('}') - 1;
  return readFigure(sentence.replace('{', '').replace('}', ''), start, end).kind;
}

type Row = [sentence: string, kind: string];

describe('French frames of a raise (pattern 4)', () => {
  const rows: Row[] = [
    // 222: the figure after "la coquette somme de".
    ['La start-up vient de lever la coquette somme de {§} (§) lors d’un premier tour de table mené auprès de Deciens Capital.', 'round'],
    ['Lumio a levé une jolie somme de {§} auprès de business angels.', 'round'],
    ['La fintech a bouclé une enveloppe de {§} auprès de ses actionnaires historiques.', 'round'],
    // 236: "a réussi à mobiliser §"; the other verbs of the family.
    ['L’entreprise, active dans la biotechnologie environnementale, a réussi à mobiliser {§}.', 'round'],
    ['La jeune pousse nantaise vient de récolter {§} pour recruter.', 'round'],
    ['Kiplo espère obtenir {§} d’ici l’été auprès de Bpifrance.', 'round'],
    ['Novamed a sécurisé {§} pour son essai clinique.', 'round'],
    ['La société vient de décrocher {§} auprès de Partech.', 'round'],
    // 235: a Quebec "ronde" and a noun further back tied to the figure by a linking phrase.
    ['Spark doit annoncer lundi la clôture d’une ronde de série B lui permettant d’avoir accès à près de {§}.', 'round'],
    ['Ce financement arrive moins de trois ans après une ronde de série A qui avait apporté {§} à Spark.', 'round'],
    ['Mila Santé annonce une ronde de financement de {§}.', 'round'],
    ['La société a conclu un tour de table d’un montant de {§} avec Fonds Innovexport.', 'round'],
    ['Cette levée, portant sur {§}, est menée par Elaia.', 'round'],
    ['The company closed a Series A round that brought in {§} from Index Ventures.', 'round'],
    ['Spark obtient un financement de démarrage de {§}.', 'round'],
    // 247: the amount first, then a cleft that names it.
    ['{§}, c’est le montant que la startup spécialiste de la livraison a récemment récolté.', 'round'],
    ['{§}, c’est la somme que Lumio vient de lever auprès de Kima Ventures.', 'round'],
    ['{§} is how much Acme raised in its seed round.', 'round'],
  ];
  it.each(rows)('%s → %s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));
});

describe('several rounds in one sentence (pattern 5)', () => {
  const rows: Row[] = [
    // 233: a new verb, and coordinated figures sharing one funding noun after them.
    ['In April legal advice website Avvo pocketed {§}.', 'round'],
    ['Later that month, Trellis raked in {§} from Accel.', 'round'],
    ['And that was followed by press releases from Igneous Systems and Extra-Hop announcing their respective {§} and § paydays.', 'round'],
    ['And that was followed by press releases from Igneous Systems and Extra-Hop announcing their respective § and {§} paydays.', 'round'],
    ['Acme and Beta announced § and {§} rounds respectively.', 'round'],
    // 249: a possessive item after a first raise in the same sentence.
    ['Other notable deals include MacRebur who raised § to develop plastic pellets and Elasmogen’s {§} to develop biologic medication.', 'round'],
    ['Nubo landed § from Seedcamp, and Tessel’s {§} came from Atomico.', 'round'],
    ['Les deux plus grosses levées sont celles de Lumio (§) et Kiplo’s {§} en amorçage.', 'round'],
  ];
  it.each(rows)('%s → %s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));

  // 228 / Quebec roundups: the elided noun of a list of rounds ("de § par Tabby", "et de § dans … AddÉnergie").
  const elided: Row[] = [
    ['Cela inclut une levée de § de la part de Tamara, basée en Arabie saoudite, de {§} par Tabby et un tour de table de § par MNT-Halan.', 'round'],
    ['Le record s’explique par l’investissement de § dans l’application Hopper et de {§} dans les bornes électriques AddÉnergie.', 'round'],
    ['The week saw a round of § by Acme, and of {§} by Beta.', 'round'],
    // A counted set whose item is named in apposition.
    ['Le mois de mai en a apporté cinq de plus, dont une méga-levée, Voodoo, de {§}.', 'round'],
    ['Seven deals topped §, including a mega-round, Acme, of {§}.', 'round'],
  ];
  it.each(elided)('%s → %s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));

  it('"their respective § and § paydays": both figures are rounds', () => {
    const deals = readFunding({ paragraphs: ['Igneous Systems and Extra-Hop announced their respective $24 million and $41 million paydays.'] }).deals;
    expect(deals.map((d) => d.amount?.value)).toEqual([24e6, 41e6]);
  });
});

describe('investor first, company last (pattern 6)', () => {
  const rows: Row[] = [
    // 242: a comma between the figure and its round noun.
    ['Alibaba and Tencent have both invested in a {§}, series D round of funding in a shopping app called Xiaohongshu.', 'round'],
    ['Partech took part in a {§}, Series A round for Lumio.', 'round'],
    // 245: a committed investment into a named company.
    ['Masayoshi Son’s Vision Fund said it plans to invest {§} into GM’s self-driving car unit Cruise.', 'round'],
    ['Toyota will invest {§} in ride-hailing startup Grab.', 'round'],
    ['Le fonds va investir {§} dans la start-up Lumio.', 'round'],
    // "have put § in vending machine operator Citybox": "put" with "in" and a descriptor before the name.
    ['Blue Lake Capital and Zhen Fund have put {§} in vending machine operator Citybox.', 'round'],
    ['Kima a injecté {§} dans la start-up Lumio.', 'round'],
    // A hyphenated round name after the figure.
    ['Smallcase completed a {§} series-D funding.', 'round'],
    ['Acme a finalisé une {§} série-B.', 'round'],
    // "has now raised §" alone is the news; with an approximation or after "with the latest funding" it is the total (negatives).
    ['Onena is still early: the Basel-based start-up has now raised {§}.', 'round'],
    // A facility or "investments worth §" received by a named company.
    ['The company has also secured a student loan financing facility worth {§} from Sterling Bank.', 'round'],
    ['Woowa Brothers received investments worth {§} from Hillhouse Capital Group.', 'round'],
    // 242: "§ in fresh funds from …" is money, not a fund.
    ['SenseTime said Thursday that it raised {§} in fresh funds from prominent investors including Fidelity International.', 'round'],
    ['Acme has secured {§} in additional capital from Sequoia.', 'round'],
  ];
  it.each(rows)('%s → %s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));

  it('"plans to invest § into GM’s unit Cruise" is Cruise’s round', () => {
    const deals = readFunding({ paragraphs: ['Vision Fund said it plans to invest $2.25 billion into GM’s self-driving car unit Cruise to help bring fleets to market.'] }).deals;
    expect(deals.map((d) => d.amount?.value)).toEqual([2.25e9]);
  });
});

describe('earlier rounds told in comparisons (pattern 7)', () => {
  const rows: Row[] = [
    // 223: a pre-seed named after the figure.
    ['It is apparently coming only nine months after a {§} pre-seed.', 'round'],
    // 244: the figure as the object of a named company's raise told after it.
    ['It was likely more than the {§} Clubhouse raised in a previous round.', 'round'],
    ['C’est plus que les {§} que Lumio avait levé en 2021.', 'round'],
    // 242: "after closing a § round" after the figure does not make the figure something else.
    ['SenseTime raised {§} not even two months after closing a § round.', 'round'],
  ];
  it.each(rows)('%s → %s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));

  // Earlier rounds told in passing: an imperfect, a gerund of a weak verb with its backers, a hyphenated "-listed" descriptor.
  const earlier: Row[] = [
    ['En 2015, c’est l’opérateur télécom Qowisio qui levait {§} pour lancer son réseau.', 'round'],
    ['Cette année-là, Lumio récoltait {§} auprès de Kima.', 'round'],
    ['Last July, SenseTime also set a record by receiving {§} in aa Series B funding round led by CDH Investment.', 'round'],
    ['This follows a {§} (§) seed funding round in 2018 from its parent, SGX-listed distributor EuroSports Global.', 'round'],
    ['Acme closed a {§} pre-IPO round led by Temasek.', 'round'],
    // A figure inside a relative clause: the main clause after its comma (a buy-back) is another story.
    ['Qoala, an insurtech startup that recently raised {§} in Series B funding, is buying back shares worth § from its founders.', 'round'],
    ['Lumio, qui a levé {§} en série A, rachète les parts de son cofondateur pour §.', 'round'],
  ];
  it.each(earlier)('%s → %s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));

  const past: Array<[string, boolean]> = [
    ['Qoala, an insurtech startup that recently raised  in Series B funding', true],
    ['Lumio, qui a récemment levé  en série A', true],
    // The cue text of a figure: the clause before it plus the clause after it, the figure itself left out.
    [' not even two months after closing a  round.', true],
    ['and it is apparently coming only nine months after a  pre-seed.', true],
    ['Le financement arrive deux ans après avoir bouclé une  série A.', false],
    ['It was reported that in Q1 of 2024 the bulk of which was Moove’s joint equity and debt financing of ', true],
    // A quarter dates an earlier round like a year does (a Q2 review telling a Q1 deal; the review's year is stripped first).
    ['It was reported that in Q1, Nigerian startups received 35% of Africa’s total, the bulk of which was Moove’s financing of ', true],
    // What comes after the figure and points at the next one does not date this one.
    ['SenseTime, the Chinese A.I. start-up, raised  not even two months after closing a ', false],
    ['Lumio a levé  à peine un an après une ', false],
    ['Acme raised  two years after its Series A', false],
  ];
  it.each(past)('past context: %s → %s', (text, want) => expect(isPastContext(text)).toBe(want));

  it('"raised § not even two months after closing a § round": the first is announced, the second past', () => {
    const deals = readFunding({ paragraphs: ['SenseTime, the Chinese A.I. start-up, raised $620 million not even two months after closing a $600 million round.'] }).deals;
    expect(deals.map((d) => [d.amount?.value, d.status])).toEqual([[620e6, 'announced'], [600e6, 'past']]);
  });
});

import { describe, expect, it } from 'vitest';
import { isPastContext } from '../../utils/deals';
import { findRounds } from '../../utils/rounds';
import { figureKinds as kinds } from '../helpers/figure-kinds';
import { readFunding } from '../../utils/funding';


describe('round 10: French and English announcement wordings read as rounds', () => {
  const rows: [string, string, string][] = [
    // "finaliser un tour de table <adjectif> de §": an adjective after the noun still ties the figure to the round.
    ['tour de table conséquent (FR)', 'Lydia a annoncé mercredi avoir finalisé un tour de table conséquent de §.', 'round'],
    ['levée record (FR)', 'Kiplo a bouclé une levée record de § auprès de Partech.', 'round'],
    ['levée historique (FR)', 'La start-up annonce une levée de fonds historique de § pour son expansion.', 'round'],
    ['round with a dash aside (EN)', 'Acme closed a new round – its third – of § led by Accel.', 'round'],
    ['levée en incise (FR)', 'Meero a réalisé une nouvelle levée de fonds – la troisième – de §.', 'round'],
    // "réunir §", also with the amount in quotes.
    ['avoir réuni « plus de § » (FR)', 'Verkor a annoncé jeudi avoir réuni « plus de § » pour son usine.', 'round'],
    ['a réuni § auprès de (FR)', 'La fintech a réuni § auprès de Bpifrance et Eurazeo.', 'round'],
    ['réunit § (FR)', 'Alan réunit § auprès d’Index Ventures.', 'round'],
  ];
  it.each(rows)('%s', (_label, masked, kind) => {
    expect(kinds(masked)[0]).toBe(kind);
  });
});

describe('round 10: generic, aggregate and cumulative amounts are not a company’s round', () => {
  const rows: [string, string, string[]][] = [
    // Plural rounds of a size, owned by nobody.
    ['play in § funding rounds (EN)', 'Want to invest in Twitter but don’t have the money to play in § funding rounds?', ['other']],
    ['§ seed rounds are rare (EN)', 'These days § seed rounds are no longer rare in Paris.', ['other']],
    ['des levées de § (FR)', 'Les fonds français ne suivent plus sur § levées de fonds.', ['other']],
    // A negated subject raised nothing.
    ['No startup … raised more than (EN)', '- No startup sector apart from media raised more than § in funding.', ['other']],
    ['None of the companies raised (EN)', 'None of the companies on the list secured more than § this week.', ['other']],
    ['Aucune start-up n’a levé (FR)', 'Aucune start-up lyonnaise n’a levé plus de § ce trimestre.', ['other']],
    // A ticket range.
    ['typically invests between (EN)', 'BGF Ventures typically invests between § and § in series A and B rounds.', ['other', 'other']],
    ['entre § et § (FR)', 'Le fonds investit entre § et § en série A.', ['other', 'other']],
    ['ranging from § to § (EN)', 'Its seed rounds, ranging from § to §, go to Nordic founders.', ['other', 'other']],
    // Figures are masked one "§" per character: the range reads the same.
    ['between §§§ and §§§ (EN)', 'The fund typically invests between §§§ and §§§ in series A and B rounds.', ['other', 'other']],
    // A title-case plural subject (headline).
    ['Washington Companies Raised (EN)', 'Washington Companies Raised § in September', ['other']],
    ['Seattle Startups Pulled In (EN)', 'Seattle Startups Pulled In § Last Quarter', ['other']],
    ['Les Start-ups Lyonnaises Ont Levé (FR)', 'Les Start-ups Lyonnaises Ont Levé § En Mars', ['other']],
    // A cumulative sum "as of" a date.
    ['in funding as of December 2018 (EN)', 'Oura had previously revealed more than § in funding as of December 2018.', ['total-raised']],
    ['as of 2021 (EN)', 'The startup had raised § as of 2021.', ['total-raised']],
    ['in capital as of today (EN)', 'Acme has secured § in capital as of today.', ['total-raised']],
  ];
  it.each(rows)('%s', (_label, masked, expected) => {
    expect(kinds(masked)).toEqual(expected);
  });
});

describe('round 10: a VC firm’s own money is a fund, not a round', () => {
  const rows: [string, string, string][] = [
    ['will have an initial § of seed funding (EN)', 'EFC will have an initial § of seed funding.', 'other'],
    ['will start with § (EN)', 'The vehicle will start with § of capital for seed deals.', 'other'],
    ['disposera de § (FR)', 'Le véhicule disposera de § de financement pour l’amorçage.', 'other'],
    ['X Ventures pulls in § (EN)', 'Element Ventures pulls in § to double-down on fintech', 'fund'],
    ['X Ventures raises § (EN)', 'Northzone-backed Kibo Ventures raises § for early-stage bets', 'fund'],
    ['X Ventures a levé § (FR)', 'Serena Ventures a levé § pour soutenir les fondateurs.', 'fund'],
  ];
  it.each(rows)('%s', (_label, masked, kind) => {
    expect(kinds(masked)[0]).toBe(kind);
  });
});

describe('round 10: an investor described by a compound adjective still leads a round', () => {
  const rows: [string, string][] = [
    ['government-owned investor (EN)', 'The Finnish government-owned Tesi co-led a § funding round for the company in July 2018.'],
    ['state-backed fund (EN)', 'State-backed Bpifrance led a § round in the startup.'],
    ['listed-company investor (EN)', 'Acme, whose backers include the IPO-bound Beta, raised a § Series A.'],
  ];
  it.each(rows)('%s', (_label, masked) => {
    expect(kinds(masked)[0]).toBe('round');
  });
});

describe('round 10 status: news told now beats earlier dates in the sentence', () => {
  const rows: [string, string][] = [
    ['today we announced (EN)', 'In February and March I was fundraising for Firstparty, and today we announced we’ve raised '],
    ['announced today (EN)', 'After a hard winter in 2022, Acme announced today it has raised '],
    ['aujourd’hui … annonce (FR)', 'Créée en 2019, la start-up a connu un été difficile en juillet, et annonce aujourd’hui une levée de '],
    ['mercredi dernier (FR)', 'Meero a annoncé mercredi dernier avoir réalisé une nouvelle levée de fonds de '],
    ['vendredi dernier (FR)', 'La fintech a bouclé vendredi dernier un tour de table de '],
    ['last Wednesday (EN)', 'The company said last Wednesday it raised '],
    // A comparison after the figure points at the next figure, not this one.
    ['mois après l’annonce de son tour de (FR)', 'Spendesk boucle une levée de § menée par Tiger, seulement quatre mois après l’annonce de son tour de '],
    ['after the announcement of its (EN)', 'Acme raised a § Series B six months after the announcement of its '],
    ['après l’annonce de sa série A de (FR)', 'Kiplo boucle un tour de § quatre mois après l’annonce de sa série A de '],
    ['after its seed round of (EN)', 'Acme raised a § Series B, six months after its seed round of '],
    // A fronted "after …," then the raise in the present or present perfect: the raise is the news.
    ['Less than a year after raising its Series A, … has closed (EN)', 'Less than a year after raising its Series A, Acme has closed a '],
    ['Just months after its seed, … raises (EN)', 'Just months after its seed round, Beta raises a '],
    ['Quatre mois après l’annonce de sa série A, … lève (FR)', 'Quatre mois après l’annonce de sa série A, Kiplo lève '],
    ['Six mois après … a bouclé (FR)', 'Six mois après sa levée d’amorçage de 2019, Kiplo a bouclé une série A de '],
  ];
  it.each(rows)('%s', (_label, clause) => {
    expect(isPastContext(clause)).toBe(false);
  });
});

describe('round 10 labels: letter rounds with a capital R, bracketed headline tags', () => {
  const rows: [string, string, string][] = [
    ['possessive B Round (EN)', 'We’ve raised $16M for Luma Health’s B Round', 'Series B'],
    ['its A Round (EN)', 'Acme closed its A Round this week.', 'Series A'],
    ['possessive C round (EN)', 'Kibo’s C round was led by Accel.', 'Series C'],
    ['[SERIE D] tag (FR)', '[SERIE D] Trottinettes : le suédois Voi lève 115 millions de dollars', 'Series D'],
    ['[SÉRIE A] tag (FR)', '[SÉRIE A] La fintech Kiplo boucle un tour de table de 5 millions', 'Series A'],
    ['[Serie B] tag (EN)', '[Serie B] Acme raises $20 million', 'Series B'],
  ];
  it.each(rows)('%s', (_label, text, round) => {
    expect(findRounds(text).map((r) => r.round)).toContain(round);
  });
});

describe('round 10 performance: long glued runs stay bounded', () => {
  // A 50,000-character run inside ", which …" once took seconds: each figure is read in a bounded window.
  const runs: [string, string][] = [
    ['glued letters', 'Acme, which ' + 'a'.repeat(50_000) + ' raised $5 million in a seed round.'],
    ['glued words', 'Acme, which ' + 'raisedfundingroundseries'.repeat(2_000) + ' raised $5 million in a seed round.'],
    ['repeated clauses (FR)', 'Acme, qui ' + 'a levé de de '.repeat(4_000) + ' 5 millions d’euros.'],
    ['digits', 'Acme, which ' + '1'.repeat(50_000) + ' raised $5 million in a seed round.'],
  ];
  it.each(runs)('%s', (_label, text) => {
    const result = readFunding({ paragraphs: [text] });
    for (const d of result.deals) expect(text).toContain(d.amount?.text ?? '');
    expect(result.deals.length).toBeLessThanOrEqual(1);
  });
});

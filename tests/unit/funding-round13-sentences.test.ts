/**
 * Round 13 (precision on negatives, fresh-page sweep): figures a company did not raise as a round. Each row is an invented
 * instance of a shape met on fresh market reports and fund pages (EN and FR); the look-alikes that must stay rounds are in
 * funding-round13-sentences.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isPastContext, readFigure } from '../../utils/deals';

// Every row is invented and fails on utils/deals.ts as of 3f503d0 (before round 13): a row that already passed there would
// not test the round-13 rules.

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('readFigure, round 13: a sum over a count of deals ("pour N opérations") is a statistic', () => {
  it.each([
    'La foodtech arrive ensuite, avec une enveloppe de § levés pour 58 opérations.',
    'La santé suit avec § levés pour 36 tours de table.',
    'Fintech came second, with § raised for 48 deals.',
    'Healthtech drew § raised for 112 rounds in the quarter.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 13: money raised over a half-year or a run of months is a market total', () => {
  it.each([
    'Avec § levés au premier semestre, les start-up françaises font jeu égal avec 2023.',
    'Le Royaume-Uni reste en tête, avec § levés sur les six premiers mois de l’année.',
    'Les start-up lyonnaises cumulent § levés depuis le début de l’année.',
    'Les medtech affichent § levés sur les douze derniers mois.',
    'Edtech saw § raised so far this year, the tracker says.',
    'The sector saw § raised over the past twelve months.',
    'Fintechs have § raised year to date, the report says.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 13: a sum "for now" or "pour l’instant" is not a closed round', () => {
  it.each([
    'Le cofondateur, qui a pour l’instant bouclé §, vise le double.',
    'Le véhicule a pour le moment récolté § auprès de 80 investisseurs.',
    'The fund has for now secured § from family offices.',
    'The campaign has so far collected § from backers.',
  ])('%s', (text) => expect(kindAt(text)).not.toBe('round'));
});

describe('readFigure, round 13: a purpose infinitive is a goal, not a raise', () => {
  it.each([
    'Le fonds doit permettre aux entreprises à fort potentiel de trouver des moyens pour lever plus de §.',
    'Un dispositif conçu afin de lever § auprès des particuliers.',
    'Les régions se regroupent en vue de lever § d’ici 2026.',
    'The programme pairs founders with mentors in order to raise §.',
    'Few Nordic startups have enough traction to raise § in one go.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 13: money handed to a count of deals is a statistic', () => {
  it.each([
    'The month saw § go to 642 deals, the lowest count in two years.',
    'Le trimestre a vu § allés à 412 opérations, selon le baromètre.',
    'Investors put § into 96 rounds in the quarter.',
    'Late-stage financings came to §, for 210 deals.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 13: the size of a fund a manager launched or closed is not a round', () => {
  it.each([
    'Norrland Capital launched its third venture capital fund, Norrland Ventures III, with a committed investment of §.',
    'Kiplo Partners announced the final close of its second growth fund, Kiplo Growth II, at §.',
    'Le gestionnaire annonce la clôture de son nouveau fonds d’amorçage, baptisé Graine II, avec §.',
    'La société de gestion lance un fonds dédié à la santé, doté d’un montant de §.',
  ])('%s', (text) => expect(readFigure(text, text.indexOf('§'), text.indexOf('§') + 1).kind).toBe('other'));
});

describe('fundingVerbAt-free headlines, round 13: a plural subject raised a record sum', () => {
  it.each([
    'European Crypto Startups Raised Record §',
    'Nordic Fintechs Raised a Record §',
    'African Startups Secured a Combined §',
    'Les Start-up Françaises Ont Levé un Record de §',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 13: money looked for is not a round', () => {
  it.each([
    'Kiplo is weighing seeking § in funding this year.',
    'Reports suggested the company was chasing § from Gulf investors.',
    'The fintech eyes § in fresh capital, sources say.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 13: an investor led a round of a named company', () => {
  it.each([
    'Novo Seeds, the early-stage arm of the Danish foundation, led a § extension last week to a seed round for medtech company Kardia.',
    'Accel co-led the § Series B in Berlin-based Kiplo.',
    'Partech a mené un tour de table de § dans la start-up Kiplo.',
    'Index headed a § seed round for Acme, the payments startup.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 13: "an initial §", "a first §" after a raising verb', () => {
  it.each([
    'Orbek raised an initial § in a March 2019 first close.',
    'Kiplo a levé un premier § auprès de business angels.',
    'Acme secured a first § from Accel.',
    'The startup landed a maiden § from angels.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('isPastContext, round 13: a mark told in the imperfect at the last round is history', () => {
  it.each([
    'D’après Les Échos, Kiplo était valorisée à plus de § lors de sa dernière levée.',
    'La fintech était valorisée § au moment de sa dernière levée de fonds.',
    'Both startups were valued at § at the time of their last raise.',
  ])('%s', (text) => expect(isPastContext(text)).toBe(true));
});

describe('isPastContext, round 13: a raise dating an earlier period in a comparison is history', () => {
  it.each([
    'Seed deals totalled §, a 30 percent drop from the § of the first quarter, when Orbek Robotics raised a round of',
    'Deal counts fell from the first half, when Kiplo raised',
    'Le total recule depuis le troisième trimestre, lorsque Orbek a levé',
    'Les levées ont chuté depuis le premier semestre, quand Kiplo a levé',
  ])('%s', (text) => expect(isPastContext(text)).toBe(true));
});

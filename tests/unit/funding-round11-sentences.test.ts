import { describe, expect, it } from 'vitest';
import { isPastContext } from '../../utils/deals';
import { findRounds } from '../../utils/rounds';
import { figureKinds as kinds } from '../helpers/figure-kinds';

/**
 * Round 11 (issue 3, fresh-page sweep): valuations, totals, parts and hedges told in wordings of single-deal announcements the
 * readers missed. Rows are invented instances of each shape, English and French, from other outlets' ways of saying it.
 */

describe('round 11: a valuation told by its own verb phrase', () => {
  const rows: [string, string, string[]][] = [
    // The valuation noun, its owner, then a relative verb of reaching.
    ['valorisation de X, qui atteint désormais (FR)', 'Elle implique une hausse de la valorisation de la start-up, qui atteint désormais §.', ['valuation']],
    ['valorisation de la fintech, qui dépasse (FR)', 'La levée porte la valorisation de la fintech, qui dépasse désormais §, au rang des licornes.', ['valuation']],
    ['valuation of the company, which now stands at (EN)', 'The round lifts the valuation of the company, which now stands at §.', ['valuation']],
    ['valuation, which reached (EN)', 'Acme closed a § Series C, lifting its valuation, which reached §.', ['round', 'valuation']],
    // A copula and a reporting verb.
    ['valuation was said to be (EN)', 'The valuation was said to be §.', ['valuation']],
    ['valuation is reportedly put at (EN)', 'Its valuation is reportedly put at § after the deal.', ['valuation']],
    ['valuation was pegged at (EN)', 'Acme raised § and its valuation was pegged at §.', ['round', 'valuation']],
    ['valorisation estimée à (FR)', 'Kiplo a levé § pour une valorisation estimée à §.', ['round', 'valuation']],
    ['valorisation fixée à (FR)', 'La valorisation est fixée à § par les nouveaux entrants.', ['valuation']],
    // A pronoun object before the French verb.
    ['la valorisant à (FR)', 'La jeune pousse vient de boucler un financement la valorisant à §.', ['valuation']],
    ['qui la valorise désormais à (FR)', 'Sorare a levé §, une opération qui la valorise désormais à §.', ['round', 'valuation']],
    ['le valorisant à (FR)', 'Le studio a conclu un tour de table de § le valorisant à §.', ['round', 'valuation']],
    // A comparative or an approximation right after "valued".
    ['valued significantly higher than (EN)', 'Sources say it is currently valued significantly higher than §.', ['valuation']],
    ['valued around (EN)', 'The company is valued around §.', ['valuation']],
    ['valued north of (EN)', 'Zepto raised § and is now valued north of §.', ['round', 'valuation']],
    ['valued it at an estimated (EN)', 'The firm raised § in a round led by Naspers that valued it at an estimated §.', ['round', 'valuation']],
    ['valuing it at a reported (EN)', 'Acme closed a § round valuing it at a reported §.', ['round', 'valuation']],
    // A valuation nearing a mark.
    ['valuation nearing (EN)', 'CrowdStrike raised § in recent days, with its valuation nearing §.', ['round', 'valuation']],
    ['valuation approaching (EN)', 'Acme bagged § with its valuation approaching §.', ['round', 'valuation']],
    ['valorisation frôlant (FR)', 'Kiplo lève §, sa valorisation frôlant désormais §.', ['round', 'valuation']],
    // A bracket of two marks is no single valuation.
    ['valuation close to § -§ (EN)', 'Blackbuck raised §, making it a soonicorn with a valuation close to § -§.', ['round', 'other', 'other']],
    ['valued at § to § (EN)', 'Acme raised §, which valued it at § to §, people said.', ['round', 'other', 'other']],
    ['valorisée entre § et § (FR)', 'Kiplo lève §, valorisée § à § selon nos informations.', ['round', 'other', 'other']],
  ];
  it.each(rows)('%s', (_label, masked, expected) => {
    expect(kinds(masked)).toEqual(expected);
  });
});

describe('round 11: a sum to date carried by "porter", or dated from the company’s start', () => {
  const rows: [string, string, string[]][] = [
    ['porte à § le montant total levé (FR)', 'Celle-ci porte à § le montant total levé par l’entreprise depuis sa création.', ['total-raised']],
    ['ce qui porte à § ses levées (FR)', 'La start-up lève §, ce qui porte à § ses levées de fonds.', ['round', 'total-raised']],
    ['porte le montant total levé à (FR)', 'L’opération porte le montant total levé par Kiplo à §.', ['total-raised']],
    ['portant le total de ses financements à (FR)', 'Alan lève §, portant ainsi le total de ses financements à §.', ['round', 'total-raised']],
    ['brings to § the total raised (EN)', 'The round brings to § the total amount raised by Acme.', ['total-raised']],
    ['Since its launch … has raised (EN)', 'Since its launch four years ago, Finix has raised more than § in funding.', ['total-raised']],
    ['Since its founding in 2015 … has secured (EN)', 'Since its founding in 2015, the Lagos company has secured §.', ['total-raised']],
    ['Since it was founded … have raised (EN)', 'Since it was founded in 2019, the two brothers have raised §.', ['total-raised']],
    ['Depuis sa création … a levé (FR)', 'Depuis sa création en 2018, Kiplo a levé §.', ['total-raised']],
    ['Depuis son lancement … a déjà récolté (FR)', 'Depuis son lancement, la plateforme a déjà récolté plus de §.', ['total-raised']],
  ];
  it.each(rows)('%s', (_label, masked, expected) => {
    expect(kinds(masked)).toEqual(expected);
  });
});

describe('round 11: the round as the subject of "includes" lists its parts', () => {
  const rows: [string, string, string[]][] = [
    ['The raise includes § … and a § (EN)', 'The raise includes § in Series B equity from PeakSpan Capital and a § credit facility from Encina.', ['other', 'other']],
    ['The round also included § (EN)', 'The round also included § from the company’s founders.', ['other']],
    ['The financing consists of (EN)', 'The financing consists of § in equity and § in venture debt.', ['other', 'other']],
    ['L’opération comprend § (FR)', 'L’opération comprend § en fonds propres et § en dette bancaire.', ['other', 'other']],
    ['La levée se compose de (FR)', 'La levée se compose de § d’obligations convertibles et de § en actions.', ['other', 'other']],
  ];
  it.each(rows)('%s', (_label, masked, expected) => {
    expect(kinds(masked)).toEqual(expected);
  });
});

describe('round 11: hedges in the past, and the far end of a hoped-for range', () => {
  const rows: [string, string, string[]][] = [
    ['sought to raise § to § (EN)', 'Astra announced a term sheet that sought to raise § to §.', ['other', 'other']],
    ['had sought to raise (EN)', 'The company had sought to raise § before the market turned.', ['other']],
    ['tried to raise (EN)', 'Acme tried to raise § last year but failed.', ['other']],
    ['attempted to raise (EN)', 'The startup attempted to raise § from angels.', ['other']],
    ['wanted to raise (EN)', 'The founders wanted to raise § to § from strategic investors.', ['other', 'other']],
    ['planned to raise (EN)', 'The firm planned to raise § in a Series B.', ['other']],
    ['souhaitait mobiliser (FR)', 'La société souhaitait mobiliser § auprès de ses actionnaires.', ['other']],
    ['cherchait à lever § à § (FR)', 'La start-up cherchait à lever § à § auprès de fonds américains.', ['other', 'other']],
  ];
  it.each(rows)('%s', (_label, masked, expected) => {
    expect(kinds(masked)).toEqual(expected);
  });
});

describe('round 11: round labels', () => {
  const rows: Array<[string, string]> = [
    // French writes the accent in "pré-série".
    ['Kiplo boucle sa pré-série A de 3 millions d’euros.', 'Pre-Series A'],
    ['La fintech annonce une pré-Série B menée par Partech.', 'Pre-Series B'],
    ['une levée en pre-série A auprès de business angels', 'Pre-Series A'],
    // A bare bridge after an amount, with its backers or the next round after it.
    ['Acme raised a $5 million bridge from existing investors.', 'Bridge'],
    ['The startup closed its €2M bridge led by Partech.', 'Bridge'],
    ['Kiplo secured a $40m bridge ahead of its Series B.', 'Bridge'],
    ['The company took a US$3-million bridge backed by Accel.', 'Bridge'],
  ];
  it.each(rows)('%s → %s', (text, want) => {
    const got = findRounds(text);
    expect(got[0]?.round).toBe(want);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('round 11: a round the news follows or adds to is an earlier one', () => {
  const rows: [string, string][] = [
    ['on the heels of (EN)', 'This comes on the heels of a  seed round.'],
    ['hot on the heels of (EN)', 'The deal comes hot on the heels of its  Series A.'],
    ['in the wake of (EN)', 'The Series C arrives in the wake of a  Series B led by Accel.'],
    ['comes on top of (EN)', 'The Series B comes on top of a  Series A that Acme closed with Accel.'],
    ['adds to (EN)', 'The raise adds to the  seed round Acme closed with Accel.'],
    ['in addition to (EN)', 'The money is in addition to the  it raised from angels.'],
    ['fait suite à (FR)', 'Le tour de table fait suite à une levée de  réalisée auprès de Kima Ventures.'],
    ['s’ajoute aux (FR)', 'Cette levée s’ajoute aux  levés en amorçage auprès de Kima Ventures.'],
    ['dans la foulée de (FR)', 'L’opération intervient dans la foulée d’une première levée de  en 2022.'],
    ['succède à (FR)', 'Cette série B succède à une levée d’amorçage de  menée par Partech.'],
  ];
  it.each(rows)('%s', (_label, clause) => {
    expect(isPastContext(clause)).toBe(true);
  });
});

describe('round 11: a fronted "after" phrase holding the earlier round’s figure dates that round, not the raise told next', () => {
  const rows: [string, string][] = [
    ['Après une première levée de §, Kiplo lève (FR)', 'Après une première levée de §, Kiplo lève  auprès de Partech.'],
    ['After a § seed round last year, Acme has raised (EN)', 'After a § seed round last year, Acme has raised  in a Series A.'],
    ['Following its § seed, Acme closes (EN)', 'Following its § seed, the startup closes  led by Index.'],
    ['Après avoir levé § en 2021, la fintech a bouclé (FR)', 'Après avoir levé § en 2021, la fintech a bouclé  auprès de Bpifrance.'],
  ];
  it.each(rows)('%s', (_label, clause) => {
    expect(isPastContext(clause)).toBe(false);
  });
});

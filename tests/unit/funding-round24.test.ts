/**
 * Round 24 (group 1) positives: invented sentences, EN and FR, never copied from a fixture or a page.
 * 1. "collecter" raises a round in a sentence about rounds or with its backers after it (deals.ts collectRaise, wired with
 *    group 2's coordinatedRaisers in funding.ts).
 * 2. A listing paragraph needs one clear sign (review revAf F1): a rated app ("la mieux cotée"), a class of clients
 *    ("des sociétés cotées"), a product's "market debut", "went public with" a plan, or a rival's IPO no longer make a round
 *    listing money (funding.ts isListingParagraph).
 * 3. A figure raised "to date" / "à ce jour" stays a round when the clause names the open round it belongs to
 *    (funding.ts isToDateTotal).
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';
import { readFunding } from '../../utils/funding';

const deals = (paragraph: string) => readFunding({ paragraphs: [paragraph] }).deals.map((d) => `${d.company} ${d.amount?.text ?? ''}`);

describe('round 24: "collecter" raises a round in a sentence about rounds or with its backers (readFigure)', () => {
  it.each<[string, number]>([
    ['Kestrel a collecté § auprès de Partech et de business angels.', 0],
    ['Kestrel a levé § en mars et Northwind a collecté § en avril.', 1],
    ['Les tours de table du mois ont été menés par Northwind, qui a collecté §.', 0],
  ])('%s', (row, k) => {
    const at = [...row.matchAll(/§/gu)][k]!.index!;
    expect(readFigure(row, at, at + 1).kind).toBe('round');
  });
});

describe('round 24: a round beside a weak listing word, a plan told public, or a rival’s listing stays a round', () => {
  it.each<[string, string, string]>([
    ['a rated app (FR)', "Ridelo, l'appli de vélo la mieux cotée du Play Store et la plus cotée des citadins, lève 9 millions d'euros pour ouvrir Lyon.", "Ridelo 9 millions d'euros"],
    ['clients that are listed firms (FR)', "Tabula, qui compte des sociétés cotées et des groupes cotés sur Euronext parmi ses clients, a levé 7 millions d'euros.", "Tabula 7 millions d'euros"],
    ['a product debut and a plan made public (EN)', "Brightpath's scanner made its market debut in June, and the firm went public with its plans in July. Brightpath raised $14 million to build more.", 'Brightpath $14 million'],
    ['rivals that listed (EN)', 'One rival went public last spring and a second rival filed for an IPO in May. Brightpath raised $25 million to keep pace.', 'Brightpath $25 million'],
    ['a product launched on markets and shops (FR)', "Sa balance, introduite sur le marché suisse en 2021 puis introduite sur les boutiques en ligne en 2022, équipe 900 pharmacies. Tabula lève 5 millions d'euros.", "Tabula 5 millions d'euros"],
    ['a shop debut and shop listings (EN)', "The kettle's trading debut on eBay went well, and its public listings on two craft sites followed. Brightpath raised $4 million to hire.", 'Brightpath $4 million'],
    ['signs glued before a hyphen (EN)', 'Brightpath, an IPO-prep service for IPO-ready firms, raised $11 million to grow.', 'Brightpath $11 million'],
    ['un concurrent introduit en bourse (FR)', "Un concurrent s'est introduit en bourse en 2022 et un autre concurrent a fait son entrée en bourse en 2023. Tabula a levé 11 millions d'euros.", "Tabula 11 millions d'euros"],
  ])('%s', (_label, paragraph, deal) => {
    expect(deals(paragraph)).toContain(deal);
  });
});

describe('round 24: a figure "so far" in a named open round stays a round (isToDateTotal)', () => {
  it.each<[string, string, string]>([
    ['so far in its Series C (EN)', 'Brightpath has secured $25 million so far in its Series C round, which is still open.', 'Brightpath $25 million'],
    ['à ce jour dans sa série B (FR)', "Tabula a levé 20 millions d'euros à ce jour dans le cadre de sa série B, toujours ouverte.", "Tabula 20 millions d'euros"],
    ['the largest round to date (EN)', 'Brightpath raised $10 million in the largest seed round to date for a Nordic startup.', 'Brightpath $10 million'],
  ])('%s', (_label, paragraph, deal) => {
    expect(deals(paragraph)).toContain(deal);
  });
});

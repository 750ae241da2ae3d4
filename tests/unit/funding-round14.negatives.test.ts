import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

describe('round 14 negatives: a public body spending its own money is no round', () => {
  const rows: [string, string][] = [
    ['"Le gouvernement accorde un prêt de §" (FR)', 'Le gouvernement accorde un prêt de 2 milliards d’euros à la compagnie aérienne.'],
    ['"The French government invested § in X" (EN)', 'The French government invested €3 billion in Air France-KLM.'],
    ['"Le ministère des Armées a investi § dans X" (FR)', 'Le ministère des Armées a investi 20 millions d’euros dans Naval Group.'],
    ['"The Ministry of Defence awarded §" (EN)', 'The Ministry of Defence awarded $40 million to Kestrel for drone research.'],
    ['"On Monday, the French government invested § in X": a comma is no backer\'s place (EN)', 'On Monday, the French government invested $500 million in Air France.'],
    ['"Governments pledged §" (EN)', 'Governments pledged $2 billion to the vaccine programme on Tuesday.'],
  ];
  it.each(rows)('%s', (_label, text) => {
    expect(readFunding({ paragraphs: [text] }).deals.filter((d) => d.status === 'announced')).toEqual([]);
  });
});

describe('round 14 negatives: a dated raise retold by the outlet stays past', () => {
  const rows: [string, string, string][] = [
    ['"As we reported, X raised § in March 2019" (EN)', 'As we reported, Kestrel raised $12 million in March 2019.', '$12 million'],
    ['"As we reported, X raised § in its previous round, in 2019" (EN)', 'As we reported, Kestrel raised $12 million in its previous round, in 2019.', '$12 million'],
    ['"Comme nous l’annoncions, X avait levé § en mars 2019" (FR)', 'Comme nous l’annoncions, Kiplo avait levé 3 millions d’euros en mars 2019.', '3 millions d’euros'],
    ['"As we reported on Monday, X had raised § in 2018" (EN)', 'As we reported on Monday, Paysly had raised $4 million in 2018, before the pandemic.', '$4 million'],
    ['"Comme nous l’écrivions, X avait levé § lors de sa levée précédente" (FR)', 'Comme nous l’écrivions, Tilia avait levé 2 millions d’euros lors de sa levée précédente.', '2 millions d’euros'],
    // The cue before the figure and the year after it (round 13's row had the cue after the figure, which the override never reads).
    ['"As we reported at the time, X had raised § in 2019" (EN)', 'As we reported at the time, Kestrel had raised $12 million in 2019.', '$12 million'],
  ];
  it.each(rows)('%s', (_label, text, amount) => {
    const deal = readFunding({ paragraphs: [text] }).deals.find((d) => d.amount?.text === amount);
    expect(deal?.status).toBe('past');
  });
});

describe('round 14 negatives: a bare "led by" in the body tells no round for a headline figure', () => {
  const rows: [string, string, string[]][] = [
    ['"X, led by CEO …" (EN)', 'Kestrel nets $12 million', ['Kestrel, led by CEO Jane Doe, inspects wind turbines.', 'The company employs 40 people.']],
    ['"… a été menée par ses fondateurs" (FR)', 'Kiplo décroche 3 millions d’euros', ['Kiplo édite un logiciel de paie.', 'La transformation de Kiplo a été menée par ses fondateurs.']],
    ['"a team led by" (EN)', 'Zentrix gets $8M', ['Zentrix was spun out of a lab led by Professor Alan Moore.']],
  ];
  it.each(rows)('%s', (_label, title, paragraphs) => {
    const deals = readFunding({ paragraphs }, { title }).deals;
    expect(deals.filter((d) => d.amount && title.includes(d.amount.text))).toEqual([]);
  });
});

describe('round 14 negatives: a "§ pour X" list that tells no round, and a count that is no recipient', () => {
  const rows: [string, string][] = [
    ['a city budget by item (FR)', 'Les dépenses de la ville augmentent. 408 millions d’euros pour les écoles, 400 millions d’euros pour Marseille et 276 millions d’euros pour la voirie.'],
    ['grants by city (FR)', 'Le budget augmente. 40 millions d’euros pour Paris, 25 millions d’euros pour Lyon.'],
    ['a spending plan by region (EN)', 'The plan sets out spending by region. $40 million for Texas, $25 million for Ohio and $12 million for Maine.'],
    ['"saw § go to 1,810 deals" (EN)', 'The quarter saw $15 billion go to 1,810 deals.'],
    ['"§ went to 312 companies" (EN)', 'In all, $2 billion went to 312 companies last year.'],
  ];
  it.each(rows)('%s', (_label, text) => {
    expect(readFunding({ paragraphs: [text] }).deals.filter((d) => d.status === 'announced' && d.company !== null)).toEqual([]);
  });
});

describe('round 14 negatives: a wedged day does not make spending a raise, nor an old raise the news', () => {
  it.each([
    ['spending with a wedged day (FR)', 'La mairie a dépensé, le 3 mai, 2 millions d’euros pour les écoles.'],
    ['a statement with a wedged day (EN)', 'Acme said, on Monday, $12 million would go to schools.'],
  ])('%s', (_label, text) => {
    expect(readFunding({ paragraphs: [text] }).deals.filter((d) => d.status === 'announced')).toEqual([]);
  });
  // The negative half only: a dated raise is never this article's news. (The past deal itself is not read yet
  // from this wedged-date shape: a known miss, kept out of this row so that the row asserts what it can.)
  it('a year is never blanked: "raised, in 2019, §" is not announced', () => {
    expect(readFunding({ paragraphs: ['Kestrel had raised, in March 2019, $12 million from Accel.'] }).deals.filter((d) => d.status === 'announced')).toEqual([]);
  });
});

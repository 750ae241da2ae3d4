import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 11 furniture in clean articles: prices, subscriptions, browsers, address books,
 * donations and photos as the story's own subject, in sentences and headlines with a subject and a verb. None may
 * be flagged as boilerplate.
 */
const mid = (line: string): string[] => [HEADLINE, BODY[0]!, line, ...BODY.slice(1)];
const end = (line: string): string[] => [HEADLINE, ...BODY, line];
const fin = (line: string): string[] => [TITRE, ...CORPS, line];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'a price headline with its verb', paragraphs: mid('Netflix raises its basic plan to $15.49 a month') },
  { name: 'a price sentence', paragraphs: end('The service costs only $1 for the first month, the company said.') },
  { name: 'a French price sentence', paragraphs: fin('L’abonnement coûte 1 € le premier mois, puis 9,99 € par mois.') },
  { name: 'a browser sentence', paragraphs: end('Users can view the dashboard in their browser or in the mobile app.') },
  { name: 'an address book feature', paragraphs: end('The update lets users add colleagues to their address book with one tap.') },
  { name: 'a French contacts sentence', paragraphs: fin('La fonction ajoute automatiquement les clients à vos contacts professionnels, selon la société.') },
  { name: 'a sale in a headline', paragraphs: mid('Retailers bet on a record Black Friday sale season') },
  { name: 'a quoted appeal', paragraphs: end('“Support the independent voice of our city,” the mayor told donors on Friday.') },
  { name: 'a keep-free slogan that is not an appeal', paragraphs: mid('Keep Austin Weird') },
  { name: 'a road named Via', paragraphs: mid('The Via Appia was the first great Roman road, historians say.') },
  { name: 'a sentence starting with From and a link', paragraphs: end('From March onwards, the filings are published at https://example.com/filings for everyone to read.') },
  { name: 'a photo sentence', paragraphs: end('A file photo of the factory was released by the company on Monday.') },
  { name: 'an unlimited access sentence', paragraphs: end('Members get unlimited access to the gyms in all 40 cities.') },
  { name: 'a donation story', paragraphs: end('The foundation asked readers to donate today to the flood relief fund, its director said.') },
  { name: 'a French subscribers sentence', paragraphs: fin('Le journal a réservé cet article à ses abonnés pendant une semaine, avant de l’ouvrir à tous.') },
  { name: 'a bare address mid-body (a screenshot’s caption)', paragraphs: mid('acmerobotics.com') },
  { name: 'a stay-in-the-loop sentence', paragraphs: end('Investors want to stay in the loop on every board decision, the filing shows.') },
  { name: 'a logo sentence with a date', paragraphs: end('The logo was unveiled on Tuesday, November 2, 2021, at the company’s headquarters.') },
  { name: 'a photo-by sentence', paragraphs: end('Photo by the author of the old mill, taken in 1998 before the fire.') },
  // Quoted titles and subheads that are the article's own.
  { name: 'a quoted line as the headline itself', paragraphs: ['\'We lost everything\': Flood survivors count the cost', ...BODY] },
  { name: 'a plain subhead between paragraphs', paragraphs: mid('The road to the second round') },
  { name: 'a quote with its sentence around it', paragraphs: mid('"We lost everything," said one survivor, who asked not to be named, as the water rose.') },
  { name: 'a quoted title ending in a full stop', paragraphs: mid('"The next step": the founders set out their plan for the year ahead.') },
  { name: 'a short quoted subhead', paragraphs: mid('"Why now": the timing') },
  { name: 'a book title in prose', paragraphs: mid('Her book, “The Quiet Port”, tells the story of the harbour over 40 years and sold 20,000 copies.') },
  { name: 'a French quoted subhead ending the article', paragraphs: [TITRE, ...CORPS, '« Une étape décisive » : la suite du projet'] },
  { name: 'a bulleted list in the article', paragraphs: [HEADLINE, BODY[0]!, 'The plan has three parts:', '• A new depot in the north', '• Two more ferries', '• Lower fares for students', ...BODY.slice(1)] },
  { name: 'a first-person line with no paywall box next to it', paragraphs: mid('I disagree') },
  { name: 'an imperative subhead mid-body with no paywall box', paragraphs: mid('Act now') },
  { name: 'je soutiens in a quote-like line mid-body', paragraphs: [TITRE, CORPS[0]!, 'J\'accuse', ...CORPS.slice(1)] },
  { name: 'tag in a sentence', paragraphs: end('Tag: the children’s game was banned at the school in 2019, the paper reported.') },
];

describe('round 11 furniture look-alikes are not boilerplate', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      const found = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate');
      expect(found.map((a) => a.text)).toEqual([]);
    });
  }
});

describe('round 11: a bulleted list far below a paywall line is the article’s', () => {
  it('keeps the list when the box is far above it', () => {
    const paragraphs = [HEADLINE, 'Only $1 for 6 months', ...BODY, '• A new depot in the north', '• Two more ferries'];
    const flagged = findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);
    expect(flagged).toContain('Only $1 for 6 months');
    expect(flagged.filter((t) => t.includes('ferries'))).toEqual([]);
  });
});

/**
 * Review of 8082158: an article's own key points right under a paywall notice or an account question (no offer price,
 * no offer button in that block) stay the article's; the notice itself may be flagged.
 */
const KEY_POINTS: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'key points under a subscribers-only badge (FR)', paragraphs: [TITRE, 'Article réservé aux abonnés', '• La start-up lyonnaise lève 5 millions d’euros', '• Elle veut recruter 40 personnes d’ici 2025', ...CORPS] },
  { name: 'key points under an account question (EN)', paragraphs: [HEADLINE, 'Already have an account?', '• The Leeds start-up raises £5 million', '• It plans to hire 40 people by 2025', ...BODY] },
  { name: 'key points under a subscribers-only notice (EN)', paragraphs: [HEADLINE, 'This article is reserved for subscribers', '• The Leeds start-up raises £5 million', '• It plans to hire 40 people by 2025', ...BODY] },
  { name: 'points clés sous « Déjà abonné ? » (FR)', paragraphs: [TITRE, 'Déjà abonné ?', '• La start-up lyonnaise lève 5 millions d’euros', '• Elle veut recruter 40 personnes', ...CORPS] },
];

describe('round 11: key points under a paywall line with no offer are the article’s', () => {
  for (const row of KEY_POINTS) {
    it(row.name, () => {
      const flagged = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);
      expect(flagged.filter((t) => t.includes('•'))).toEqual([]);
    });
  }
});

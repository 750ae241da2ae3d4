import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 14 furniture (batch 11's pages and a fresh sweep, read by hand), each family by its shape in other outlets' words
 * than the page it was seen on, English and French: archive and browsing headings, related links written as a label and a
 * pipe, coverage promos, empty alert widgets, live-stream promos, "read the full story" link cells, arrowed back links.
 */
const ROWS: FurnitureRow[] = [
  // Archive and browsing headings of a theme, in a sidebar after the post (above it they are the page's own heading, metadata
  // since round 42: artifacts-round42-section-labels.test.ts).
  furnitureRow('archives colon section', 'end', 'Archives: Politics'),
  furnitureRow('browsing colon', 'end', 'Browsing: Technology'),
  furnitureRow('browsing category', 'end', 'Browsing Category: High School Sports'),
  furnitureRow('archive dans mois', 'end', 'Archive dans mars 2021', true),
  furnitureRow('archives du mois', 'end', 'Archives du mois : juin 2019', true),
  furnitureRow('archives de la catégorie', 'end', 'Archives de la catégorie : Économie', true),
  // A related link: label, pipe, headline.
  furnitureRow('also read pipe', 'middle', 'Also Read | Flood Warning Lifted for the Valley After Two Days of Rain.'),
  furnitureRow('read pipe in capitals', 'middle', 'READ | Council Votes New Budget for Schools'),
  furnitureRow('watch pipe', 'end', "Watch | The Mayor's Speech on the Harbour Plan"),
  furnitureRow('also read colon with a full stop', 'middle', 'Also read: Three arrested after the market fire in Pune.'),
  furnitureRow('à lire aussi pipe', 'middle', 'À lire aussi | La mairie lance un budget participatif', true),
  furnitureRow('lire aussi colon', 'middle', 'Lire aussi : Le port rouvre après la tempête.', true),
  // Coverage promos.
  furnitureRow('follow every game', 'middle', 'Follow every NBA game: Latest NBA scores, stats, schedules and standings.'),
  furnitureRow('get all the latest', 'end', 'Get all the latest NFL news: scores, odds and injury reports'),
  furnitureRow('keep up with', 'middle', 'Keep up with every Premier League match: live scores and results.'),
  furnitureRow('suivez tous les matchs', 'middle', 'Suivez tous les matchs de Ligue 1 : résultats, classement et calendrier', true),
  // Empty alert widgets.
  furnitureRow('no new alerts', 'top', 'There are no new alerts at this time'),
  furnitureRow('no notifications', 'top', 'You have no new notifications.'),
  furnitureRow('aucune alerte', 'top', 'Aucune nouvelle alerte pour le moment', true),
  furnitureRow('pas de notification', 'top', 'Vous n’avez pas de nouvelles notifications', true),
  // Live-stream promos, with or without their word spaces.
  furnitureRow('glued live promo', 'end', 'Get more newsLiveonCBS News 24/7'),
  furnitureRow('watch live on', 'end', 'Watch live on Sky News'),
  furnitureRow('stream more news live', 'middle', 'Stream more news live on ABC News Live'),
  furnitureRow('suivez le direct', 'end', 'Suivez le direct sur franceinfo', true),
  // "Read the full story" link cells.
  furnitureRow('full story here with a border', 'end', 'Read the full story here. |'),
  furnitureRow('full report with a guillemet', 'end', 'See the full report here »'),
  furnitureRow('original article on an outlet', 'end', 'View the original article on Reuters |'),
  furnitureRow('article complet ici', 'end', 'Lire l’article complet ici »', true),
  // Arrowed back links.
  furnitureRow('hooked arrow accueil', 'end', '↩ Accueil', true),
  furnitureRow('left arrow home', 'top', '← Home'),
  furnitureRow('retour à la une', 'end', '⬅ Retour à la une', true),
  furnitureRow('back to news', 'end', '« Back to news'),
];

describe('round 14 furniture is boilerplate', () => {
  for (const row of ROWS) it(row.name, () => expectBoilerplateFlag(row));
});

/** Round 14, page-level shapes: archive labels at the top, a category page's heading, paywalls in other wordings. */
const PAGE_ROWS: FurnitureRow[] = [
  furnitureRow('archive labels around a year', 'top', ['Archive', '2023', 'Browsing']),
  furnitureRow('archives with a month', 'top', ['Archives', 'mars 2021'], true),
  // (A category page's own heading over the headline, "Local Sports News Stories", "Articles de la rubrique Économie", is
  // metadata since round 36, CONVENTIONS.md §section-labels: round 36 negatives.)
  furnitureRow('a subscription is required, long', 'end', 'A subscription to The Valley Gazette is required to continue reading this story and will also remove the ads on our pages. Click here to support local reporting and become a subscriber for less than $2 a week. If you already have an account, log in here.'),
  furnitureRow('you need a subscription', 'end', 'You need a subscription to keep reading.'),
  furnitureRow('un abonnement est nécessaire', 'end', 'Un abonnement au Courrier est nécessaire pour lire la suite de cet article.', true),
  furnitureRow('vous devez être abonné', 'end', 'Vous devez être abonné pour accéder à cet article.', true),
  furnitureRow('split at its links', 'end', ['For access to this story please', 'log in or', 'subscribe.']),
  furnitureRow('split to continue reading', 'end', ['To continue reading, please', 'sign in', 'or register']),
  furnitureRow('coupée à ses liens', 'end', ['Pour lire la suite de cet article,', 'connectez-vous ou', 'abonnez-vous.'], true),
];

describe('round 14 page-level furniture is boilerplate', () => {
  for (const row of PAGE_ROWS) it(row.name, () => expectBoilerplateFlag(row));
});

/** A share widget's labels read inline: only the labels are flagged, the paragraph stays. */
describe('round 14: share and close labels inside a paragraph', () => {
  const rows: Array<[string, string, string]> = [
    ['capitals close', 'Lunar New Year orders soar By JANE ROE | THE DAILY | Updated: 2022-01-30 08:15 Share CLOSE Couriers in Wuhan worked through the night to deliver meals to families.', 'Share CLOSE'],
    ['title case close', 'Updated 9:41 a.m. Share Close The council approved the harbour budget after a long debate on Monday evening.', 'Share Close'],
    ['partager fermer', 'Mis à jour le 3 mars Partager FERMER Le conseil municipal a voté le budget du port lundi soir après un long débat.', 'Partager FERMER'],
  ];
  for (const [name, paragraph, text] of rows) {
    it(name, () => {
      const found = findArtifacts({ paragraphs: ['Harbour budget passes', paragraph, 'The vote came after months of talks with the port authority and the unions.'] });
      expect(found.some((a) => a.kind === 'boilerplate' && a.text === text), JSON.stringify(found)).toBe(true);
    });
  }
});

/** Round 14: a link card's site description, glued menu words, a print page's app promo read inline. */
const CARD_ROWS: FurnitureRow[] = [
  furnitureRow('site description after a title', 'middle', 'Festive parcels go by courier dailyglobe.com - get the latest breaking news, showbiz & celebrity photos, sport news & rumours, viral videos and top stories from dailyglobe.com'),
  furnitureRow('your source for', 'end', 'Harbour plan passes valleygazette.co.uk | Your source for local news, sport and weather'),
  furnitureRow('toute l’actualité', 'end', 'Le port rouvre lecourrier.fr - Toute l’actualité en continu', true),
  furnitureRow('glued menu links', 'top', 'SubscribersRetailersSponsors'),
  furnitureRow('glued section menu', 'top', 'HomeNewsSportsOpinionWeather'),
  furnitureRow('menu glué', 'top', 'AccueilActualitésSportsCulture', true),
];

describe('round 14 link-card and menu furniture is boilerplate', () => {
  for (const row of CARD_ROWS) it(row.name, () => expectBoilerplateFlag(row));
});

describe('round 14: an app promo read inline on a print page', () => {
  const rows: Array<[string, string, string]> = [
    ['spaces lost, the slogan before it left as the page\'s', '$2.50 THURSDAY, MARCH 6, 2025 dailyglobe.com The headlines,anywhere. Scan thecodetodownloadthe app. DENVER — Crews worked through the night to clear the pass.', 'Scan thecodetodownloadthe app.'],
    ['QR code with spaces', 'SUNDAY EDITION Scan the QR code to get our app. BOSTON — The council approved the harbour budget on Monday.', 'Scan the QR code to get our app.'],
    ['scannez le code', 'DIMANCHE Scannez le QR code pour télécharger l’application. LYON — Le conseil a voté le budget du port lundi.', 'Scannez le QR code pour télécharger l’application.'],
  ];
  for (const [name, paragraph, text] of rows) {
    it(name, () => {
      const found = findArtifacts({ paragraphs: ['Harbour budget passes', paragraph, 'The vote came after months of talks with the port authority and the unions.'] });
      expect(found.some((a) => a.kind === 'boilerplate' && a.text === text), JSON.stringify(found)).toBe(true);
    });
  }
});

describe('round 14: menu links glued at the end of a chrome line', () => {
  const rows: Array<[string, string]> = [
    ['after a date', 'date 2023-04-02 HomeNewsSportsWeather'],
    ['after an age', 'Updated 3 min ago ContributorsPublishersAdvertisers'],
    ['après une date', 'publié le 2 mars AccueilActualitésSportsCulture'],
  ];
  for (const [name, line] of rows) {
    it(name, () => {
      const menu = line.slice(line.lastIndexOf(' ') + 1);
      const found = findArtifacts({ paragraphs: [line, 'Harbour budget passes', 'The council approved the harbour budget on Monday after a long debate with the unions.', 'The vote came after months of talks with the port authority and the unions.'] });
      expect(found.some((a) => a.kind === 'boilerplate' && a.text.includes(menu)), JSON.stringify(found)).toBe(true);
    });
  }
});

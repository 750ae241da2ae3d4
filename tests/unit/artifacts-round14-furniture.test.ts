import { describe, it } from 'vitest';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 14 furniture (batch 11's pages and a fresh sweep, read by hand), each family by its shape in other outlets' words
 * than the page it was seen on, English and French: archive and browsing headings, related links written as a label and a
 * pipe, coverage promos, empty alert widgets, live-stream promos, "read the full story" link cells, arrowed back links.
 */
const ROWS: FurnitureRow[] = [
  // Archive and browsing headings of a theme.
  furnitureRow('archives colon section', 'top', 'Archives: Politics'),
  furnitureRow('browsing colon', 'top', 'Browsing: Technology'),
  furnitureRow('browsing category', 'top', 'Browsing Category: High School Sports'),
  furnitureRow('archive dans mois', 'top', 'Archive dans mars 2021', true),
  furnitureRow('archives du mois', 'top', 'Archives du mois : juin 2019', true),
  furnitureRow('archives de la catégorie', 'top', 'Archives de la catégorie : Économie', true),
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

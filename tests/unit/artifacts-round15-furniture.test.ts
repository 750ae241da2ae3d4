import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 15 furniture, by shape, EN and FR, invented rows (no fixture or fresh page copied): a feed reader's day header read
 * case-sensitively, a category page's heading, a print page's app promo read inline without a slogan list.
 */
const ROWS: FurnitureRow[] = [
  // A feed reader's day header: the day word, a dash, a date, the feed's name glued after the digit.
  furnitureRow('day header glued to a feed name', 'top', 'Today — Friday, March 7Harbour Wire'),
  furnitureRow('day header in capitals', 'top', 'YESTERDAY - 6 March 2025Valley Feed'),
  furnitureRow('jour glué au flux', 'top', 'Hier — 6 mars 2025Le Courrier du Port', true),
  furnitureRow('day word glued to the feed', 'top', 'Before yesterdayCity Desk'),
  // (A category page's heading over the headline, "Harbour Daily News Stories", is metadata since round 36: CONVENTIONS.md
  // §section-labels; its rows are round 36 negatives.)
  // A print jump line: a call to turn, a slug, the page.
  furnitureRow('please see slug page', 'middle', 'Please see TOLLS, Page A9'),
  furnitureRow('turn to slug page', 'middle', 'Turn to FERRY, Page B3'),
  furnitureRow('continued from a page id', 'top', '(Continued from B1)'),
  furnitureRow('full report on page', 'middle', '(Full results on Page C-4.)'),
  furnitureRow('suite de la page', 'top', 'Suite de la page 3', true),
  furnitureRow('voir slug page', 'middle', 'Voir MARCHÉ, page 7', true),
];

describe('round 15 furniture is boilerplate', () => {
  for (const row of ROWS) it(row.name, () => expectBoilerplateFlag(row));
});

describe('round 15: an app promo read inline, by its call and its object', () => {
  const rows: Array<[string, string, string]> = [
    ['scan with spaces lost', 'SATURDAY EDITION Your city,every morning. Scan thecodetoget the app. DENVER — Crews cleared the pass overnight.', 'Scan thecodetoget the app.'],
    ['download our own app', 'MONDAY $2.00 Download our free news app for alerts. BOSTON — The council approved the harbour budget.', 'Download our free news app for alerts.'],
    ['get the app alone', 'WEEKEND Get the app. OMAHA — The county opened a new bridge over the river on Friday.', 'Get the app.'],
    ['téléchargez notre application', 'SAMEDI Téléchargez notre application gratuite. NANTES — Le conseil a voté le budget du port.', 'Téléchargez notre application gratuite.'],
    ['scannez ce code', 'DIMANCHE Scannez ce code pour obtenir l’application. LILLE — La mairie ouvre un nouveau pont.', 'Scannez ce code pour obtenir l’application.'],
  ];
  for (const [name, paragraph, text] of rows) {
    it(name, () => {
      const found = findArtifacts({ paragraphs: ['Harbour budget passes', paragraph, 'The vote came after months of talks with the port authority and the unions.'] });
      expect(found.some((a) => a.kind === 'boilerplate' && a.text === text), JSON.stringify(found.map((a) => [a.kind, a.text]))).toBe(true);
    });
  }
});

describe('round 15: a print front page\'s reference to an inside page, read inline after its teaser (with the teaser when a kicker in capitals opens it)', () => {
  const rows: Array<[string, string, string[]]> = [
    // Round 36 (CONVENTIONS.md §jump-references): the teaser boxes are flagged when the run goes on past the last pointer
    // (glued to the lead story); a paragraph that ends on its last pointer is a teaser block, page content (round 36 negatives).
    ['page ids in capitals', 'RIVER WATCH Levels rise after a week of rain. PAGE A3 FAIR RETURNS Rides are back on the green. PAGE B5 DENVER — Crews cleared the pass overnight.', ['RIVER WATCH Levels rise after a week of rain. PAGE A3', 'FAIR RETURNS Rides are back on the green. PAGE B5']],
    ['a hyphenated page id', 'Results of the county vote. Page C-2 The count ended at midnight after a recount.', ['Page C-2']],
    ['pages as a range after a box', 'ENQUÊTE Les loyers montent encore. // PAGES 14-15 CULTURE Un festival de jazz. // P. 22 NANTES — Le conseil a voté le budget du port.', ['PAGES 14-15', 'P. 22']],
    ['lire page', 'ÉCONOMIE Les ventes de bateaux repartent. Lire page 9 SPORTS Le club reste en tête.', ['Lire page 9']],
  ];
  for (const [name, paragraph, texts] of rows) {
    it(name, () => {
      const found = findArtifacts({ paragraphs: ['Harbour budget passes', paragraph, 'The vote came after months of talks with the port authority and the unions.'] });
      const flagged = found.filter((a) => a.kind === 'boilerplate').map((a) => a.text);
      for (const t of texts) expect(flagged, JSON.stringify(found.map((a) => [a.kind, a.text]))).toContain(t);
    });
  }
});

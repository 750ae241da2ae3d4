import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 13 furniture (fresh pages of the hidden set's outlets, read by hand): an image's file name where the image was, a
 * feed's source-and-age line, a paywall notice written in sentences, "latest articles" headings, feedback and sign-up asks,
 * sale banners with their price, a "read the full story" link glued to the next headline, and a print front page's dot-leader
 * index and volume-and-issue line. Each family in other outlets' words than the page it was seen on, English and French.
 */
const ROWS: FurnitureRow[] = [
  // Image file names.
  furnitureRow('ad slot file name', 'top', '970x250 (2).png'),
  furnitureRow('camera file name', 'middle', 'IMG_2034.JPG'),
  furnitureRow('screenshot file name', 'middle', 'Screenshot 2024-01-03 at 9.41.12 AM.png'),
  furnitureRow('capture d’écran', 'middle', 'Capture d’écran 2023-05-12 à 10.15.32.png', true),
  furnitureRow('CMS hero file', 'end', 'hero-banner_final-1200x630.webp'),
  // A feed's source and age.
  furnitureRow('agency in capitals and age', 'middle', 'DAILY HERALD - 4 hours 12 min ago'),
  furnitureRow('agency with a middle dot', 'top', 'Reuters · 3h ago'),
  furnitureRow('posted days ago', 'end', 'Posted 3 days ago'),
  furnitureRow('il y a deux heures', 'middle', 'AFP – il y a 2 heures', true),
  furnitureRow('publié il y a', 'top', 'Publié il y a 12 min', true),
  // Paywall notices in sentences.
  furnitureRow('premium content notice', 'end', 'Premium Content is available to subscribers only. Please login here to access content or go here to purchase a subscription.'),
  furnitureRow('members notice', 'end', 'This story is available exclusively to members. Log in or subscribe to read it.'),
  furnitureRow('e-edition notice', 'middle', 'The e-edition is available only to print subscribers. Sign in to your account to read it.'),
  furnitureRow('contenu réservé', 'end', 'Ce contenu est réservé aux abonnés. Connectez-vous ou abonnez-vous pour y accéder.', true),
  furnitureRow('suite accessible', 'end', 'La suite de cet article est accessible uniquement aux abonnés. Identifiez-vous pour la lire.', true),
  // Latest-articles headings.
  furnitureRow('author page heading', 'end', "The Associated Press's Latest Articles"),
  furnitureRow('latest stories from', 'end', 'Latest stories from Metro'),
  furnitureRow('more by', 'end', 'More by Jane Doe'),
  furnitureRow('other articles by', 'end', 'Other articles by this author'),
  furnitureRow('derniers articles de la rubrique', 'end', 'Derniers articles de la rubrique Économie', true),
  furnitureRow('du même auteur', 'end', 'Du même auteur', true),
  furnitureRow('les plus lus', 'end', 'Les plus lus', true),
  // Feedback and sign-up asks.
  furnitureRow('love to hear', 'end', "We'd love to hear your thoughts on our reporting."),
  furnitureRow('want more news for a city', 'end', 'Want more news by and for Clevelanders?'),
  furnitureRow('want more stories', 'end', 'Want more stories like this?'),
  furnitureRow('donnez-nous votre avis', 'end', 'Donnez-nous votre avis sur cet article', true),
  furnitureRow('cet article vous a plu', 'end', 'Cet article vous a-t-il plu ?', true),
  // Sale banners with a price.
  furnitureRow('Labor Day sale glued', 'top', 'Labor Day Sale! 3 Months For 49¢Enjoy full digital access. This Weekend Only |'),
  furnitureRow('subscribe call before the price', 'top', 'Spring Sale: Subscribe now for $1 a week'),
  furnitureRow('your first months', 'top', 'Black Friday deal: Your first 6 months for $2'),
  furnitureRow('abonnez-vous pour', 'top', 'Offre d’été : abonnez-vous pour 1 € par mois', true),
  furnitureRow('summer offer', 'top', 'Summer Offer: $1 for 6 months'),
  furnitureRow('cyber deal', 'middle', 'Cyber Monday Deal - $2 a week for your first year'),
  furnitureRow('offre spéciale Noël', 'top', 'Offre spéciale Noël : 1 € par mois pendant 6 mois', true),
  furnitureRow('soldes', 'top', 'Soldes ! 3 mois pour 1 €', true),
  // "Read the full story" glued to the next headline.
  furnitureRow('read full story with page', 'middle', 'Read Full Story (Page 1)« Maire, un mandat éreintant mais passionnant »', true),
  furnitureRow('read the full article glued', 'end', 'Read the full articleCity council approves new budget'),
  furnitureRow('lire l’article glued', 'end', 'Lire l’articleLa mairie lance un budget participatif', true),
  furnitureRow('continue reading glued', 'end', 'Continue readingThe port reopens after the storm'),
  // A print front page: dot-leader index, volume and issue.
  furnitureRow('dot leader index', 'top', 'Sports .......... B1'),
  furnitureRow('index run', 'top', 'Opinion ........ A8 Business ........ C1'),
  furnitureRow('ellipsis leader', 'top', 'Classifieds………D6'),
  furnitureRow('index FR', 'top', 'Météo ....... 14', true),
  furnitureRow('volume and issue', 'top', 'VOL. 12 NO. 45'),
  furnitureRow('roman volume', 'top', 'Vol. CXLII, No. 49,331'),
  furnitureRow('volume number words', 'top', 'Volume 12, Number 45'),
  furnitureRow('numéro and date', 'top', 'N° 24456 — Jeudi 25 mai 2023', true),
  // A read-more link with its ellipsis or arrow.
  furnitureRow('continue reading dots', 'middle', 'Continue reading...'),
  furnitureRow('read more ellipsis', 'end', 'Read more…'),
  furnitureRow('keep reading guillemet', 'end', 'Keep reading »'),
  furnitureRow('lire la suite dots', 'middle', 'Lire la suite...', true),
  furnitureRow('voir la suite arrow', 'end', 'Voir la suite →', true),
  // A newsletter's masthead, alone or as an e-mail table cell with its border.
  furnitureRow('top stories cell', 'top', "Today's Top Stories from The Courier |"),
  furnitureRow('top headlines', 'top', 'Top headlines from The Observer'),
  furnitureRow('must-reads', 'top', 'This week’s must-reads from Metro'),
  furnitureRow('titres du jour', 'top', 'Les titres du jour du Courrier', true),
  furnitureRow('essentiel du matin', 'top', 'L’essentiel de l’actu du matin', true),
  // A feed reader's own controls and day headers.
  furnitureRow('view switch', 'top', 'Normal view'),
  furnitureRow('refresh notice', 'top', 'There are new articles available, click to refresh the page.'),
  furnitureRow('day header glued to the feed', 'top', 'Yesterday — 1 June 2024Main stream'),
  furnitureRow('vue lecture', 'top', 'Vue lecture', true),
  furnitureRow('reçu aujourd’hui', 'top', 'Reçu aujourd’hui — 4 mars 2026Le Progrès', true),
  furnitureRow('magazine view', 'top', 'Magazine view'),
  furnitureRow('count of new stories to load', 'top', '12 new stories, tap to load'),
  furnitureRow('mark all as read', 'end', 'Mark all as read'),
  furnitureRow('smart feed name', 'top', 'All unread'),
  furnitureRow('day header with weekday glued', 'top', 'Today — Monday, June 3TechCrunch'),
  furnitureRow('hier glued', 'top', 'Hier — 2 juin 2025Le Monde', true),
  furnitureRow('nouveaux articles cliquez', 'top', 'Il y a 3 nouveaux articles, cliquez pour actualiser', true),
  furnitureRow('marquer non lu', 'end', 'Marquer comme non lu', true),
  furnitureRow('vue liste', 'top', 'Vue liste', true),
  furnitureRow('marquer comme lu', 'end', 'Tout marquer comme lu', true),
  // A print edition's prices abroad.
  furnitureRow('cover prices FR', 'top', 'Guadeloupe 3,90 €. Espagne 3,20 €. Suisse 5,80 FS.', true),
  furnitureRow('cover price codes', 'top', 'AND : 5 € – CH : 6 FS – CAN : 9,95 $C - MAR : 63 DH'),
  furnitureRow('cover prices EN', 'end', 'Belgium €2.50 | Luxembourg €2.50'),
  // A tool icon alone on its line.
  furnitureRow('save icon', 'middle', '💾'),
  furnitureRow('print icon with selector', 'end', '🖨️'),
  furnitureRow('link and mail icons', 'end', '🔗 📧'),
  furnitureRow('menu icon', 'top', '☰'),
];

describe('round 13 furniture is boilerplate', () => {
  for (const row of ROWS) it(row.name, () => expectBoilerplateFlag(row));
});

/** A print replica's cover-price band run into its columns: only the band is flagged, the columns stay. */
const INLINE_ROWS: Array<{ name: string; paragraph: string; text: string }> = [
  { name: 'French band run into columns', paragraph: 'Guadeloupe 3,90 €. Espagne 3,20 €. rappeler que la commune a voté, par exemple, un budget en hausse pour les écoles.', text: 'Guadeloupe 3,90 €. Espagne 3,20 €.' },
  { name: 'codes band run into columns', paragraph: 'CH : 6 FS – CAN : 9,95 $C – MAR : 63 DH la réforme des retraites a été votée mardi soir.', text: 'CH : 6 FS – CAN : 9,95 $C – MAR : 63 DH' },
  { name: 'English band run into columns', paragraph: 'Belgium €2.50 Luxembourg €2.50 the council approved the budget on Monday after a long debate.', text: 'Belgium €2.50 Luxembourg €2.50' },
];

describe('round 13: a cover-price band at the head of a paragraph', () => {
  for (const row of INLINE_ROWS) {
    it(row.name, () => {
      const found = findArtifacts({ paragraphs: ['Les Echos', row.paragraph, 'La suite du journal est consacrée aux marchés financiers et aux entreprises.'] });
      expect(found.some((a) => a.kind === 'boilerplate' && a.text === row.text), JSON.stringify(found)).toBe(true);
    });
  }
});

describe('round 13: a cover-price band spread over interleaved lines is reported once', () => {
  it('flags the first line’s band only', () => {
    const found = findArtifacts({ paragraphs: ['Le Courrier du Soir', 'Guadeloupe 3,90 €. Espagne 3,20 €. rappeler que la commune a voté un budget en hausse.', 'Portugal 3,40 €. Autriche 4,60 €. Monaco durable les travaux qui se prolongent cet hiver.'] });
    const bands = found.filter((a) => a.kind === 'boilerplate' && a.message.includes('cover prices'));
    expect(bands.map((a) => a.text)).toEqual(['Guadeloupe 3,90 €. Espagne 3,20 €.']);
  });
});

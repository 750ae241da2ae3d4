import { describe, it } from 'vitest';
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
  furnitureRow('agency in capitals and age', 'middle', 'CHINA DAILY - 2 hours 28 min ago'),
  furnitureRow('agency with a middle dot', 'top', 'Reuters · 3h ago'),
  furnitureRow('posted days ago', 'end', 'Posted 3 days ago'),
  furnitureRow('il y a deux heures', 'middle', 'AFP – il y a 2 heures', true),
  furnitureRow('publié il y a', 'top', 'Publié il y a 12 min', true),
  // Paywall notices in sentences.
  furnitureRow('premium content notice', 'end', 'Premium Content is available to subscribers only. Please login here to access content or go here to purchase a subscription.'),
  furnitureRow('members notice', 'end', 'This story is available exclusively to members. Log in or subscribe to read it.'),
  furnitureRow('e-edition notice', 'middle', 'The e-edition is available only to print subscribers.'),
  furnitureRow('contenu réservé', 'end', 'Ce contenu est réservé aux abonnés. Connectez-vous ou abonnez-vous pour y accéder.', true),
  furnitureRow('suite accessible', 'end', 'La suite de cet article est accessible uniquement aux abonnés.', true),
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
  furnitureRow('Presidents Day sale glued', 'top', 'Presidents Day Sale! 6 Months For 99¢Get our best offer on digital access. One Week Only |'),
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
];

describe('round 13 furniture is boilerplate', () => {
  for (const row of ROWS) it(row.name, () => expectBoilerplateFlag(row));
});

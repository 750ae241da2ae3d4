import { describe, it } from 'vitest';
import { expectBoilerplateFlag, furnitureRow, placeAt, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 11 furniture, found on fresh pages of mainstream outlets and their e-mail editions: the newsletter's own
 * chrome ("view in browser", address-book advice), the paywall's offer box and its prices, reader-revenue buttons
 * and appeal titles, feed relays, photo-kind labels, bare ad and tag labels. Each family in other outlets' words
 * than the page it was seen on, English and French, at the top, in the middle or at the end of a clean story.
 */
const ROWS: FurnitureRow[] = [
  // Newsletter: view in browser.
  furnitureRow('view in browser', 'top', 'View in Browser'),
  furnitureRow('view this email in your browser', 'top', 'View this email in your browser'),
  furnitureRow('having trouble viewing', 'top', 'Having trouble viewing this email? View it online'),
  furnitureRow('read online', 'top', 'Read online'),
  furnitureRow('voir dans un navigateur', 'top', 'Voir dans un navigateur', true),
  furnitureRow('afficher la version en ligne', 'top', 'Afficher la version en ligne', true),
  furnitureRow('ver en el navegador', 'top', 'Ver en el navegador'),
  // Newsletter: address book.
  furnitureRow('add to address book', 'top', 'To ensure delivery, add news@example.com to your address book.'),
  furnitureRow('safe senders', 'end', 'Add us to your safe senders list so our emails reach your inbox.'),
  furnitureRow('carnet d’adresses', 'top', 'Pour être sûr(e) de recevoir la newsletter, ajoutez lettre@journal.fr à votre carnet d\'adresses.', true),
  furnitureRow('ajoutez à vos contacts', 'top', 'Ajoutez infos@exemple.fr à vos contacts.', true),
  // Paywall offer box.
  furnitureRow('outlet reserves the article', 'end', 'The Daily Courier reserves this article for its subscribers'),
  furnitureRow('article réservé à nos abonnés', 'end', 'Article réservé à nos abonnés', true),
  furnitureRow('any outlet reserves the article to its subscribers', 'end', 'The Northfield Gazette reserves this article to its subscribers'),
  furnitureRow('un titre réserve cet article à ses abonnés', 'end', 'Le Courrier du Val réserve cet article à ses abonnés', true),
  furnitureRow('already have an account', 'end', 'Do you already have a Courier account?'),
  furnitureRow('vous avez déjà un compte', 'end', 'Vous avez déjà un compte ?', true),
  furnitureRow('read unlimited', 'end', 'Read The Herald unlimited'),
  furnitureRow('lisez en illimité', 'end', 'Lisez Le Quotidien en illimité', true),
  furnitureRow('unlimited digital access', 'end', 'Unlimited digital access'),
  furnitureRow('accès illimité', 'end', 'Accès illimité à tous nos articles', true),
  // Offer prices and banners.
  furnitureRow('a month for a euro', 'end', '1 month for 1 €'),
  furnitureRow('trois mois pour un euro', 'end', '3 mois pour 1 €', true),
  furnitureRow('only a dollar for six months', 'end', 'Only $1 for 6 months'),
  furnitureRow('just cents for access', 'middle', 'Just 99¢ for access!'),
  furnitureRow('dès un euro par mois', 'end', 'Dès 1 € par mois', true),
  furnitureRow('sale banner', 'top', 'NEW YEAR SALE: Only 99¢ for Access!'),
  furnitureRow('deal banner', 'top', 'BLACK FRIDAY DEAL: $1 for 6 months'),
  furnitureRow('offre spéciale', 'top', 'OFFRE SPÉCIALE : 1 € le premier mois', true),
  // Reader-revenue buttons and appeal titles.
  furnitureRow('act now', 'top', ['NEW YEAR SALE: Only 99¢ for Access!', 'Act Now']),
  furnitureRow('upgrade now', 'end', 'Upgrade now'),
  furnitureRow('a first-person log-in button under an account question', 'end', ['Already have a digital account?', 'I log in']),
  furnitureRow('an imperative button under a paywall line', 'end', ['This article is reserved for subscribers', 'Log me in']),
  furnitureRow('un bouton à la première personne sous une offre', 'end', ['1 mois pour 1 €', 'Je me lance'], true),
  furnitureRow('je me connecte', 'end', 'Je me connecte', true),
  furnitureRow('je m’abonne', 'end', 'Je m\'abonne', true),
  furnitureRow('donate today', 'end', 'Donate today'),
  furnitureRow('soutenez-nous', 'end', 'Soutenez-nous', true),
  furnitureRow('keep the paper free', 'top', ['Keep The Valley Observer Free', 'I Support']),
  furnitureRow('keep capitals free', 'top', 'KEEP THE TRIBUNE FREE'),
  furnitureRow('support … help keep … free, another outlet', 'end', 'Support local reporting in the valley and help keep the Riverside Ledger free for every reader.'),
  furnitureRow('support the independent voice', 'top', 'Support the independent voice of Leeds and help keep the future of the Leeds Tribune free.'),
  // Feed relays.
  furnitureRow('via IFTTT', 'end', 'via IFTTT'),
  furnitureRow('via Google News', 'end', 'Via Google News'),
  furnitureRow('from feed with short link', 'end', ['from Business Wire https://ift.tt/3abcDEF', 'via IFTTT']),
  furnitureRow('de flux avec lien', 'end', 'depuis Le Fil Tech https://bit.ly/4xyzAB', true),
  // Photo-kind labels.
  furnitureRow('file photo', 'middle', 'File Photo'),
  furnitureRow('stock image', 'middle', 'Stock image'),
  furnitureRow('image for representation', 'middle', 'Image for representation only'),
  furnitureRow('photo d’illustration', 'middle', 'Photo d\'illustration', true),
  furnitureRow('image d’archives', 'middle', 'Image d’archives (AFP)', true),
  // Bare ad and tag labels.
  furnitureRow('ads', 'top', 'Ads'),
  furnitureRow('publicité', 'middle', 'Publicité', true),
  furnitureRow('paid content', 'middle', 'Paid Content'),
  furnitureRow('tag with a lower-case value', 'top', 'Tag: bangalore'),
  furnitureRow('tag with a name', 'end', 'Tag: Climate Change'),
];

describe('round 11 furniture (newsletters, paywall offers, revenue buttons, feed relays, photo kinds)', () => {
  for (const row of ROWS) it(row.name, () => expectBoilerplateFlag(row));
});

const MORE: FurnitureRow[] = [
  // Newsletter section headings.
  furnitureRow('if you read one thing', 'middle', 'If you read one thing'),
  furnitureRow('stay in the loop', 'middle', 'Stay in the Loop'),
  furnitureRow('in case you missed it with an emoji', 'middle', '📌 In case you missed it'),
  furnitureRow('à ne pas manquer', 'middle', 'À ne pas manquer', true),
  // The logo's alt glued to the edition date.
  furnitureRow('logo with a French date', 'top', 'logo mardi 2 novembre 2021', true),
  furnitureRow('logo with an English date', 'top', 'logo Tuesday, November 2, 2021'),
  // An icon's alt glued to the teaser headline it marks.
  { name: 'a subscriber icon glued to a headline (FR)', paragraphs: [...placeAt('middle', ['icon abonnéComment la Chine accélère dans les semi-conducteurs'], true)], text: 'icon abonné' },
  { name: 'a premium icon glued to a headline', paragraphs: [...placeAt('middle', ['Icon premiumHow the port lost its biggest client'])], text: 'Icon premium' },
  // A "Photo by:" credit alone.
  furnitureRow('photo by with a staff title', 'middle', 'Photo by: Jane Roe, Staff Photographer'),
  furnitureRow('photo par', 'middle', 'Photo par : Jean Dupont', true),
];

describe('round 11 furniture (newsletter sections, logo dates, photo-by credits)', () => {
  for (const row of MORE) it(row.name, () => expectBoilerplateFlag(row));
});

/** Another story's headline between two paragraphs, no label: a quoted title and a colon, or a section label and a bar. */
const LINK_HEADLINES: FurnitureRow[] = [
  furnitureRow('a quoted title and a colon', 'middle', '\'Meth. We\'re On It.\': South Dakota spends $449K on new anti-meth ad campaign'),
  furnitureRow('a double-quoted title', 'middle', '"We lost everything": Flood survivors in Kentucky count the cost of the storm'),
  furnitureRow('a French quoted title', 'middle', '« On n’a rien vu venir » : les sinistrés de la vallée racontent la nuit de la crue', true),
  furnitureRow('an opinion bar', 'middle', 'Opinion | The port’s last chance to win back its biggest client'),
  furnitureRow('a French analysis bar', 'middle', 'Analyse | Pourquoi la start-up a dû renoncer à sa levée de fonds', true),
];

describe('round 11: unlabelled related headlines between paragraphs', () => {
  for (const row of LINK_HEADLINES) it(row.name, () => expectBoilerplateFlag(row));
});

/** A subscription box's bulleted benefits under its paywall lines. */
const BENEFITS: FurnitureRow[] = [
  furnitureRow('benefits under an offer', 'end', ['Only $1 for 6 months', 'Subscribe now', '• Unlimited access to every story', '• The daily e-edition', '• Exclusive newsletters']),
  furnitureRow('avantages sous une offre', 'end', ['3 mois pour 1 €', 'Je m\'abonne', '✓ Tous nos articles en illimité', '✓ Le journal numérique dès 6 heures'], true),
];

describe('round 11: a paywall box’s list of benefits', () => {
  for (const row of BENEFITS) it(row.name, () => expectBoilerplateFlag(row));
});

import { describe, it } from 'vitest';
import { expectBoilerplateFlag, furnitureRow as row, type FurnitureRow as Row } from '../helpers/furniture-rows';

/**
 * Round 9 (issue 4): the furniture mainstream news pages leave in extractor
 * output, by shape rather than by outlet: print-replica folios and the
 * replica service's footer, metered-paywall counts, tag labels whose tags
 * were lost, footer link rows, app and reprint buttons, French reading-time
 * and "lire également" labels. Lines of our own invention in the shape those
 * outlets use, English and French; most rules get three or more wordings.
 * Each row must give a boilerplate flag whose excerpt is exactly `text`.
 */



const ROWS: Row[] = [
  // Print-replica folios: a page code with the date, either order, English and French.
  row('a section page and date with a bar', 'top', 'A4 | Thursday, March 3, 2022'),
  row('a section page and date in capitals', 'top', 'B2 THURSDAY, MARCH 3, 2022'),
  row('a date then the page', 'top', 'Friday, Nov. 4, 2022 | C3'),
  row('a page, the paper and the date', 'top', 'A6 | Los Angeles Times | Sunday, May 7, 2023'),
  row('a French folio', 'top', 'Page 12 | Jeudi 3 mars 2022', true),
  row('a French date then the page', 'top', 'Samedi 1er avril 2023 | Page 7', true),
  // The replica service's footer.
  row('the replica footer in capitals', 'end', 'PRINTED AND DISTRIBUTED BY PRESSREADER'),
  row('the replica address line', 'end', 'PressReader.com +1 604 278 4604'),
  row('the replica rights line', 'end', 'COPYRIGHT AND PROTECTED BY APPLICABLE LAW'),
  // Any replica service: the shape is the sign, not the vendor.
  row('another service’s replica footer', 'end', 'PRINTED AND DISTRIBUTED BY NEWSSTAND DIGITAL'),
  row('another service’s address line', 'end', 'Newsstand-digital.com +44 20 7946 0000'),
  // Metered paywalls.
  row('a meter count', 'top', 'You have read 3 of 5 free articles'),
  row('a meter count with what is left', 'top', 'You have 2 free articles left this month.'),
  row('a last free article notice', 'top', 'This is your last free article.'),
  row('a French meter count', 'top', 'Il vous reste 2 articles gratuits ce mois-ci.', true),
  row('a French meter count read', 'top', 'Vous avez lu 3 de vos 5 articles gratuits', true),
  // Tag labels whose tags were lost.
  row('a filed-under label', 'end', 'Filed under'),
  row('a tagged label', 'end', 'Tagged:'),
  row('a French tag label', 'end', 'Mots-clés :', true),
  // Footer link rows.
  row('a two-link footer', 'end', 'Terms of Use | Privacy Policy'),
  row('a footer with dots', 'end', 'About Us · Contact · Careers · Advertise'),
  row('a footer with spaces', 'end', 'Privacy Policy Terms of Service Cookie Policy'),
  row('a French footer', 'end', 'Mentions légales | CGU | Politique de confidentialité', true),
  row('a French footer with contact', 'end', 'Qui sommes-nous ? Nous contacter Plan du site', true),
  // App, reprint and share buttons.
  row('an open-in-app button', 'top', 'Open in app'),
  row('a jump-to label', 'top', 'Jump to'),
  row('a reprints button', 'end', 'Reprints & Permissions'),
  row('a share-full-article button', 'top', 'Share full article'),
  row('a gift-article prompt', 'end', 'Send any friend a story'),
  row('a French open-in-app button', 'top', 'Ouvrir dans l’application', true),
  row('a French react button', 'end', 'Réagir à cet article', true),
  // French reading time and "read also".
  row('a French reading time with a full stop', 'top', 'Lecture 3 min.', true),
  row('a French read-also variant', 'end', 'À lire également', true),
  row('a French read-also variant with a headline', 'end', 'Lire également : Robotix ouvre une usine à Lyon', true),
  // News sites' ad-slot controls, player notices, podcast prompts, edition and comment buttons (English and French).
  row('sponsored stories heading', 'end', 'Sponsored Stories'),
  row('sponsored links heading', 'end', 'Sponsored Links'),
  row('a French skip-ad control', 'middle', 'Passer la publicité', true),
  row('a French close-ad control', 'middle', 'Fermer la publicité', true),
  row('a French player notice', 'end', 'Votre navigateur ne supporte pas le lecteur vidéo.', true),
  row('a French player notice, other verb', 'end', 'Votre navigateur ne prend en charge pas cette vidéo', true),
  row('a podcast prompt', 'end', 'Click to subscribe to the Daily Briefing wherever you get your podcasts'),
  row('a podcast prompt without click', 'end', 'Subscribe to The Tech Hour wherever you get your podcasts.'),
  row('an e-edition button', 'end', 'Today’s e-Edition'),
  row('a start-the-conversation button', 'end', 'Start the conversation'),
  row('a conversation counter', 'end', 'Conversation (12)'),
  row('a skip-to-comments link', 'end', 'Skip to comments'),
  row('a newsletters link', 'end', 'See all newsletters'),
  row('a be-the-first prompt', 'end', 'Be the first to know'),
  row('a tap-to-download prompt', 'end', 'Tap here to download the app'),
  row('a French continue button', 'end', 'Continuer à lire', true),
  row('a French all-news link', 'end', 'Voir toute l’actualité', true),
  row('a French sign-up button', 'end', 'Je m’inscris', true),
  row('a French related-topics heading', 'end', 'Sujets associés', true),
  row('a French feedback widget', 'end', 'Cet article vous a-t-il été utile ?', true),
  row('a French follow prompt', 'end', 'Retrouvez-nous sur Facebook et LinkedIn', true),
  row('a French concurrent-reading notice', 'end', 'Lecture du Quotidien en cours sur un autre appareil.', true),
];

describe('round 9 furniture: flagged as boilerplate', () => {
  it.each(ROWS)('$name', expectBoilerplateFlag);
});

import { describe, it } from 'vitest';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 19 furniture, by structure, invented rows (no fixture or fresh page copied).
 */

/**
 * WHO SPEAKS TO WHOM: a line in which the site addresses the reader (an imperative of a reader's action, "please", "thank
 * you for", the second person) about its own medium ("this/our" + site, photo, gallery, link, forum, edition; "your" +
 * inbox or subscription; "this article/story" after an imperative). Blind misses on six outlets of batches 10–13: an
 * unavailable site, a gallery button, a link to the complete article, an archive's thanks for corrections, a subscription
 * box, a comment forum; reprint buttons as a label.
 */
const ADDRESSED_MEDIUM: FurnitureRow[] = [
  furnitureRow('a gallery button over the lead picture', 'top', 'Open this picture in the gallery:'),
  furnitureRow('a link to the whole piece on the publisher’s site', 'middle', 'Please follow this link to see the whole piece on the publisher’s pages.'),
  furnitureRow('a site closed to the reader’s country', 'top', 'Our site is not available in your country at the moment.'),
  furnitureRow('an archive’s thanks for fixing its text', 'top', 'Thank you for fixing the scanned text of this story. Your edits help every reader.'),
  furnitureRow('a renewal line under a meter', 'end', 'Renew your subscription here'),
  furnitureRow('a reprints button as the last line', 'end', 'Order Photo Reprints'),
  furnitureRow('an invitation to the reader forum', 'end', 'Join our reader discussion forum'),
  furnitureRow('un lien vers l’article complet', 'middle', 'Cliquez sur ce lien pour lire la suite sur le site du quotidien.', true),
  furnitureRow('un site fermé au pays du lecteur', 'top', 'Notre site est momentanément indisponible dans votre pays.', true),
  furnitureRow('les remerciements d’une archive', 'top', 'Merci de signaler les erreurs dans le texte de cet article.', true),
];

describe('round 19: the site speaks to the reader about its own medium', () => {
  for (const row of ADDRESSED_MEDIUM) it(row.name, () => expectBoilerplateFlag(row));
});

/**
 * An agency's photo credit alone, one line or several stacked: the agency as it spells itself, then the medium ("Photo")
 * or a photographer after a slash. Blind miss 369 (a wire re-poster's stacked credits); the agency-slash-name credit also
 * closes a newsletter's caption (253).
 */
const AGENCY_CREDITS: FurnitureRow[] = [
  furnitureRow('a stacked wire credit between paragraphs', 'middle', 'AFP Photo\nAFP Photo/Lena Vogt'),
  furnitureRow('a single agency credit over the story', 'top', 'Reuters/Tom Pell'),
  furnitureRow('un crédit d’agence seul en fin d’article', 'end', 'EPA Photo/Jean Morel', true),
];

describe('round 19: an agency’s photo credit alone', () => {
  for (const row of AGENCY_CREDITS) it(row.name, () => expectBoilerplateFlag(row));
});

/** A link's own deixis: "click here" / "cliquez ici" opening the sentence or a clause after a comma. */
const HERE_LINKS: FurnitureRow[] = [
  furnitureRow('a pointer to a list of winners', 'end', 'For the full list of this year’s winners, click here.'),
  furnitureRow('un renvoi vers le palmarès', 'end', 'Pour consulter le palmarès complet, cliquez ici.', true),
];

describe('round 19: a link pointing at itself', () => {
  for (const row of HERE_LINKS) it(row.name, () => expectBoilerplateFlag(row));
});

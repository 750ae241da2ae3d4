import { describe, it } from 'vitest';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 20 furniture, by structure, invented rows (no fixture or fresh page copied).
 */

/**
 * WHO SPEAKS TO WHOM, narrowed after review A: "this/ce" + a medium noun counts without an imperative only in the consent
 * formula of a site's terms (a gerund opening the sentence, then "you"); the reader's subscription in a long clause only
 * in the site's own voice ("we", "please"). Both shapes on three outlets in the fixtures.
 */
const ADDRESSED_MEDIUM: FurnitureRow[] = [
  furnitureRow('a consent line about the site', 'end', 'By browsing this site, you accept our terms of use.'),
  furnitureRow('une ligne de consentement', 'end', 'En continuant sur ce site, vous acceptez nos conditions d’utilisation.', true),
  furnitureRow('the publisher about the reader’s billing', 'top', 'We could not renew your subscription because the card on file has expired last month.'),
];

describe('round 20: the site speaks to the reader about its own medium', () => {
  for (const row of ADDRESSED_MEDIUM) it(row.name, () => expectBoilerplateFlag(row));
});

/**
 * Batch 14 shapes on two outlets or more: a counter bar under the headline (counts of reactions, shares, comments joined
 * by bars or dots), a wiki's bracketed section-edit label beside a heading, a link's deixis told by a gerund at a clause's
 * end ("by clicking here", "en cliquant ici").
 */
const BATCH14_SHAPES: FurnitureRow[] = [
  furnitureRow('a counter bar under the lead', 'middle', '7 Réactions | 52 Partages', true),
  furnitureRow('an English counter bar', 'top', '3 comments · 120 shares'),
  furnitureRow('a gerund pointing at the link', 'middle', 'You can read the whole set of rules for the contest by clicking here.'),
  furnitureRow('un gérondif qui montre le lien', 'middle', 'Vous pouvez consulter le règlement complet du concours en cliquant ici.', true),
];

describe('round 20: batch 14 furniture shapes', () => {
  for (const row of BATCH14_SHAPES) it(row.name, () => expectBoilerplateFlag(row));
  it('a bracketed wiki edit label glued to its heading', () => expectBoilerplateFlag({ name: 'wiki edit', paragraphs: ['Funding history[edit]', 'The company raised its first round in 2019 from two local funds.', 'It has since opened offices in three countries.'], text: '[edit]' }));
  it('un lien de modification de wiki après un titre', () => expectBoilerplateFlag({ name: 'wiki fr', paragraphs: ['Historique [modifier | modifier le code]', 'La société a levé son premier tour en 2019 auprès de deux fonds régionaux.', 'Elle a depuis ouvert des bureaux dans trois pays.'], text: '[modifier | modifier le code]' }));
});

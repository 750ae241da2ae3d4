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

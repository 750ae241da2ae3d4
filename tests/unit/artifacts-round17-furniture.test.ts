import { describe, it } from 'vitest';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 17 furniture, by shape, EN and FR, invented rows (no fixture or fresh page copied).
 */

/**
 * A site notice as a full sentence: the site ("this site", "our app", "cet article") speaks to the reader ("you",
 * "votre", an imperative) about its machinery (ads, access, account, alerts, e-mail, cookies). Seen in the blind
 * misses of four outlets (an ads-support notice, an access-check preview, a channel invitation, a billing notice) and
 * on fresh pages (a newsletter's e-mail use notice, a subscribe-for-access line).
 */
const SITE_NOTICES: FurnitureRow[] = [
  furnitureRow('ads keep this site free', 'middle', 'Every ad you see on this site helps pay for the reporters who cover your town.'),
  furnitureRow('access being checked', 'top', 'We are still confirming your access to this article, so only its first lines are shown for now.'),
  furnitureRow('alerts on our channel', 'end', 'Join our free Telegram channel to get alerts on the stories that matter to your county.'),
  furnitureRow('an e-mail address used for the newsletter', 'end', 'Your email address will only be used to send you this newsletter and nothing else.'),
  furnitureRow('an account needed on our site', 'middle', 'You need a free account on our website to save this story and read it later.'),
  furnitureRow('la publicité fait vivre ce site', 'middle', 'Les publicités que vous voyez sur ce site financent le travail de notre rédaction locale.', true),
  furnitureRow('votre accès en cours de vérification', 'top', 'Nous vérifions votre accès à cet article : seul son début est affiché pour le moment.', true),
  furnitureRow('suivez notre chaîne pour les alertes', 'end', 'Suivez notre chaîne officielle pour recevoir les alertes de la rédaction.', true),
];

describe('round 17: a site notice to the reader about the site', () => {
  for (const row of SITE_NOTICES) it(row.name, () => expectBoilerplateFlag(row));
});

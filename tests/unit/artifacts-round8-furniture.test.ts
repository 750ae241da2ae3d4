import { describe, it } from 'vitest';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';
import { expectBoilerplateFlag, furnitureRow as row, type FurnitureRow as Row } from '../helpers/furniture-rows';

/**
 * Round 8 (issue 4): short page chrome outside the earlier phrase lists —
 * menu toggles, glued skip links, phrase tag lines, comment-engine footers,
 * membership walls and billing dialogs, lower-case kickers, standfirst
 * labels, edition promos, glued "read also" links, text-to-speech players,
 * weather widgets, print cover prices and nameplates, a headline between two
 * ad labels, a listing page's "X Archives" heading. Lines of our own
 * invention in the shape those outlets use, English and French. Each row
 * must give a boilerplate flag whose excerpt is exactly `text`.
 */



/** More paragraphs of the same story, so a text is long enough to compare its top lines with. */
const MORE = [
  'Acme Robotics was founded in 2015 and sells warehouse robots to retailers in the United States.',
  'The robots move shelves to workers, which the company says cuts walking time by half.',
];
const PLUS = [
  'Robotix a été fondée à Lyon en 2019 et fabrique des robots pour les entrepôts de la grande distribution.',
  'La start-up lyonnaise compte une quarantaine de salariés et vise 10 millions d’euros de chiffre d’affaires.',
  'Ses robots déplacent les rayonnages jusqu’aux préparateurs de commandes.',
];

/** Lines `from`..`from+count-1` of `paragraphs` (or to the end) as one excerpt. */
function block(name: string, paragraphs: string[], from: number, count?: number): Row {
  return { name, paragraphs, text: paragraphs.slice(from, count === undefined ? undefined : from + count).join('\n\n') };
}

const ROWS: Row[] = [
  // Menu toggles and glued skip links.
  row('a mobile menu toggle', 'top', 'Mobile navigation'),
  row('a toggle button', 'top', 'Toggle navigation'),
  row('a main menu label', 'top', 'Main menu'),
  row('a French menu label', 'top', 'Menu principal', true),
  row('glued skip links', 'top', 'Skip to main contentSkip to navigationSkip to search'),
  row('two skip links spaced', 'top', 'Skip to content Skip to footer'),
  // Tag lines with phrase tags.
  row('a French phrase tag line', 'top', 'Enquête Bretagne # Capital-risque # Agroalimentaire', true),
  row('an English phrase tag line', 'end', 'Analysis # venture capital # climate tech'),
  // Comment engines.
  row('a Disqus footer', 'end', 'blog comments powered by Disqus'),
  row('a Disqus footer without blog', 'end', 'Comments powered by Disqus.'),
  // Membership walls and billing dialogs.
  row('a local paper’s membership wall', 'end', 'Join our family of readers for as little as $3 per month and support local journalism.'),
  row('a member log-in line', 'end', 'Already a member? Log in to continue. Otherwise, follow the link below to join.'),
  row('a log-in prompt with a bar', 'end', 'Please log in to continue |'),
  row('a billing dialog title', 'top', 'Subscription Notification'),
  row('a billing notice', 'top', 'We have noticed that there is an issue with your subscription billing details. Please update your billing details here'),
  row('a billing prompt', 'top', 'Please update your payment information'),
  row('a subscription ending notice', 'top', 'Your subscription will end shortly'),
  row('a French membership wall', 'end', 'Rejoignez notre communauté de lecteurs pour 1 € par mois et soutenez le journalisme local.', true),
  // Kickers and labels.
  row('a lower-case type and section kicker', 'top', 'news Startups'),
  row('an opinion kicker', 'top', 'opinion Tech Policy'),
  row('a French kicker', 'top', 'actualité Économie', true),
  row('a synopsis label', 'top', 'Synopsis'),
  row('a story highlights label', 'top', 'Story highlights'),
  row('an edition promo', 'top', 'The Daily Courier digital edition is available online now.'),
  row('a related module heading', 'end', 'Stories you might be interested in'),
  row('a French related heading', 'end', 'Ces articles pourraient vous intéresser', true),
  // Glued "read also" links.
  row('a glued French read-also', 'middle', 'À lire aussiLes start-up de la santé lèvent 2 milliards', true),
  row('a glued French read-also without accent', 'middle', 'A lire aussiRobotix ouvre une usine à Lyon', true),
  row('a glued English read-also in capitals', 'middle', 'READ ALSOAcme buys a drone maker for $20 million'),
  // Blocks of short chrome lines (the excerpt spans the block).
  block('a text-to-speech player after the body', [HEADLINE, ...BODY, 'Select Voice', 'Choose your listening speed', '1.5x', 'Slow', 'Fast'], 4),
  block('a French text-to-speech player', [TITRE, ...CORPS, 'Choisissez votre vitesse d’écoute', '1,25x', 'Lent', 'Rapide'], 4),
  block('a weather widget above the headline', ['72 F', 'Houston', 'Friday, May 3, 2024', HEADLINE, ...BODY], 0, 3),
  block('a French weather widget', ['18°C', 'Lyon', 'vendredi 3 mai 2024', TITRE, ...CORPS], 0, 3),
  block('a print nameplate with its section heads', ['Mardi 12 mars 2024 Le Progrès', 'ÉCONOMIE', 'INDUSTRIE', TITRE, ...CORPS], 0, 3),
  row('a front page date with its cover price', 'top', 'MONDAY, June 3, 2019  $1.50'),
  row('a cover price list', 'top', 'Belgique 3,60 €. Suisse 5,90 €. Luxembourg 3,60 €.', true),
  row('a listing page heading', 'end', 'TechWire Archives'),
  block('a document site’s French browse menu', ['Explorer les Livres électroniques', 'Catégories', 'Explorer les Magazines', 'Catégories', TITRE, ...CORPS], 0, 4),
  row('a document site’s English browse item', 'top', 'Explore Audiobooks'),
  block('an off-topic banner above a section label', ['With the first pick in the draft, the Chicago Bears select a quarterback. Follow here for live updates.', 'What it means to you Tracking inflation Best CD rates Shop and save', 'BUSINESS', HEADLINE, ...BODY, ...MORE], 0, 1),
  block('a glued row of section links above a section label', ['With the first pick in the draft, the Chicago Bears select a quarterback. Follow here for live updates.', 'What it means to you Tracking inflation Best CD rates Shop and save', 'BUSINESS', HEADLINE, ...BODY, ...MORE], 1, 2),
  block('a French off-topic banner above a section label', ['Le XV de France bat l’Irlande au terme d’un match fou au Stade de France. Suivez notre direct.', 'ÉCONOMIE', TITRE, ...CORPS, ...PLUS], 0, 1),
  { name: 'a teaser between two ad slots', paragraphs: [HEADLINE, BODY[0]!, 'Advertisement', 'Robot makers flock to Shenzhen for cheap parts', 'Advertisement', ...BODY.slice(1)], text: 'Robot makers flock to Shenzhen for cheap parts' },
  { name: 'the next post’s headline above a comment engine', paragraphs: [HEADLINE, ...BODY, 'Why Warehouse Robots Still Need People', 'blog comments powered by Disqus'], text: 'Why Warehouse Robots Still Need People' },
];

describe('round 8 furniture: flagged as boilerplate', () => {
  it.each(ROWS)('$name', expectBoilerplateFlag);
});

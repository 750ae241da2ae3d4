import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 6 shapes (from batch 7's misses): cut markers other than a bare
 * trailing word ("[…]" on a copied teaser, ", ..." after a comma, a sentence
 * ending on an opening bracket), and page clutter made of UI labels.
 */

const POSITIVE: Array<{ name: string; paragraphs: string[]; kind: string; text: string }> = [
  // Cut markers.
  { name: 'a preview cut after a comma', paragraphs: [HEADLINE, 'Another day at the depot, and the robots are busy moving pallets from one dock to the other, ...', ...BODY], kind: 'truncated-sentence', text: 'Another day at the depot' },
  { name: 'a French preview cut after a comma', paragraphs: [TITRE, 'La jeune pousse a convaincu ses investisseurs en quelques semaines seulement, …', ...CORPS], kind: 'truncated-sentence', text: 'La jeune pousse a convaincu' },
  { name: 'a sentence ending on an open bracket', paragraphs: [HEADLINE, BODY[0]!, 'The full list of grant winners is available on the agency’s web site (', ...BODY.slice(1)], kind: 'truncated-sentence', text: 'web site (' },
  { name: 'a French sentence ending on an open bracket', paragraphs: [TITRE, CORPS[0]!, 'Le dossier de candidature est disponible sur le site de la région (', ...CORPS.slice(1)], kind: 'truncated-sentence', text: 'site de la région (' },
  { name: 'a teaser copy cut with "[…]" before the full lede', paragraphs: [HEADLINE, 'Robots now move most of the pallets in the largest warehouses. Acme says its fleet is at least […]', 'Robots now move most of the pallets in the largest warehouses. Acme says its fleet is at least twice as fast as any other.', ...BODY], kind: 'truncated-sentence', text: 'its fleet is at least […]' },
  // Page clutter: glued labels, fixed CMS and paywall labels, calls to action, offers.
  { name: 'player labels glued', paragraphs: [HEADLINE, ...BODY, 'ListenShow more'], kind: 'boilerplate', text: 'ListenShow more' },
  { name: 'labels joined by an ellipsis', paragraphs: [HEADLINE, BODY[0]!, 'Read more...Show less', ...BODY.slice(1)], kind: 'boilerplate', text: 'Read more...Show less' },
  { name: 'doubled share labels', paragraphs: [HEADLINE, 'Share Share Comments Comments', ...BODY], kind: 'boilerplate', text: 'Share Share Comments Comments' },
  { name: 'French glued labels', paragraphs: [TITRE, 'Imprimer Partager Commenter', ...CORPS], kind: 'boilerplate', text: 'Imprimer Partager Commenter' },
  { name: 'a paywall label (French)', paragraphs: ['Article premium', TITRE, ...CORPS], kind: 'boilerplate', text: 'Article premium' },
  { name: 'a comments call (French)', paragraphs: [TITRE, ...CORPS, 'Rejoindre la conversation'], kind: 'boilerplate', text: 'Rejoindre la conversation' },
  // Round 36 (CONVENTIONS.md §section-labels): a label between paragraphs; alone above the headline it is metadata.
  { name: 'a CMS category label', paragraphs: [TITRE, CORPS[0]!, 'Non classé', ...CORPS.slice(1)], kind: 'boilerplate', text: 'Non classé' },
  { name: 'a download button', paragraphs: [HEADLINE, 'Download as PDF or TXT', ...BODY], kind: 'boilerplate', text: 'Download as PDF or TXT' },
  { name: 'a call to action with emoji', paragraphs: [HEADLINE, ...BODY, '👉 Get started today! 👈'], kind: 'boilerplate', text: 'Get started today!' },
  { name: 'a sponsor offer', paragraphs: [HEADLINE, BODY[0]!, 'Acme Cloud keeps your backups safe and automatic. Get 20% off your first year at acme.example/deal', ...BODY.slice(1)], kind: 'boilerplate', text: 'Get 20% off' },
  { name: 'a French offer with a promo code', paragraphs: [TITRE, ...CORPS, 'Abonnez-vous à notre lettre premium : profitez de 30 % de réduction avec le code promo PRINTEMPS.'], kind: 'boilerplate', text: 'code promo PRINTEMPS' },
  { name: 'a page counter (French)', paragraphs: [TITRE, 'Vous êtes sur la page 1 sur 3', ...CORPS], kind: 'boilerplate', text: 'Vous êtes sur la page 1 sur 3' },
  { name: 'a page counter (English)', paragraphs: [HEADLINE, ...BODY, 'Page 2 of 5'], kind: 'boilerplate', text: 'Page 2 of 5' },
  { name: 'a download label twice is boilerplate, not a caption', paragraphs: [HEADLINE, 'Download as PDF or TXT', 'Download as PDF or TXT', ...BODY], kind: 'boilerplate', text: 'Download as PDF or TXT' },
  // Author boxes by the byline.
  { name: 'a name then a degree (French)', paragraphs: [TITRE, 'Claire Dubois', 'Diplômée de Sciences Po et de l’ESSEC, spécialiste du capital-risque.', ...CORPS], kind: 'byline-noise', text: 'Claire Dubois' },
  { name: 'a name then a degree (English)', paragraphs: [HEADLINE, 'Jane Doe', 'A graduate of Columbia Journalism School, she covers venture capital.', ...BODY], kind: 'byline-noise', text: 'A graduate of Columbia' },
  { name: '"Written by X." with credentials', paragraphs: [HEADLINE, 'Written by John Smith. Co-founder of Acme Legal. Graduate of Stanford Law School.', ...BODY], kind: 'byline-noise', text: 'Written by John Smith.' },
  { name: '"Rédigé par X." with credentials', paragraphs: [TITRE, 'Rédigé par Paul Martin. Avocat associé, fondateur du cabinet Martin & Co.', ...CORPS], kind: 'byline-noise', text: 'Rédigé par Paul Martin.' },
  // Podcast buttons and numbered breadcrumbs.
  { name: 'a listen button', paragraphs: [HEADLINE, 'Listen on Spotify', ...BODY], kind: 'boilerplate', text: 'Listen on Spotify' },
  { name: 'a review request', paragraphs: [HEADLINE, ...BODY, 'If you liked this show, please leave a review on Apple Podcasts!'], kind: 'boilerplate', text: 'please leave a review' },
  { name: 'a French listen button', paragraphs: [TITRE, 'Écouter sur Deezer', ...CORPS], kind: 'boilerplate', text: 'Écouter sur Deezer' },
  { name: 'a numbered breadcrumb ending on the headline', paragraphs: ['1. Guides', '2. Financing', '3. How to raise a seed round', 'How to raise a seed round', ...BODY], kind: 'boilerplate', text: '1. Guides' },
  { name: 'a numbered breadcrumb ending on the headline (French)', paragraphs: ['1. Accueil', '2. Financement', '3. Lever des fonds en 2024', 'Lever des fonds en 2024', ...CORPS], kind: 'boilerplate', text: '2. Financement' },
];

describe('round 6: new shapes are flagged', () => {
  it.each(POSITIVE)('$name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === kind);
    expect(found.some((a) => a.text.includes(text))).toBe(true);
  });
});

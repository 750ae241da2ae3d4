import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 12 furniture (batch 10, mainstream news pages): format kickers and menu lines on the first line (after the page
 * store's date prefix or not), browser-support banners, text-size buttons, browsing-means-consent cookie banners, a
 * magazine's paywall notice with its issue, links to live pages, local networks' promos, labelled breadcrumbs, picks
 * headings, e-paper breadcrumbs, edition switchers, and a print folio run into the first sentence. Each family in
 * other outlets' words than the page it was seen on, English and French.
 */
const ROWS: FurnitureRow[] = [
  // A menu's heading above the headline (a format kicker there, "COVER STORY", "Edito", is page metadata since round 42:
  // artifacts-round42-section-labels.test.ts).
  furnitureRow('channels label', 'top', 'Channels'),
  furnitureRow('sections label', 'top', 'Sections'),
  // A menu line of account links at the top.
  furnitureRow('account links', 'top', 'Subscribe Register Login'),
  furnitureRow('account links with a bar', 'top', 'Log in | Register'),
  furnitureRow('French account links', 'top', 'Connexion S’abonner', true),
  // Browser-support banners.
  furnitureRow('IE banner', 'top', 'IE 11 is not supported. For an optimal experience visit our site on another browser.'),
  furnitureRow('outdated browser', 'top', 'You are using an outdated browser. Please upgrade your browser to improve your experience.'),
  furnitureRow('browser not supported', 'top', 'Your browser is no longer supported.'),
  furnitureRow('navigateur obsolète', 'top', 'Votre navigateur est obsolète. Mettez-le à jour pour profiter du site.', true),
  furnitureRow('navigateur non supporté', 'top', 'Vous utilisez un navigateur non supporté.', true),
  // Text-size buttons.
  furnitureRow('glued font buttons', 'top', 'fontLarger fontSmaller'),
  furnitureRow('A- A+', 'top', 'A- A+'),
  furnitureRow('text size', 'middle', 'Text size'),
  furnitureRow('taille du texte', 'top', 'Taille du texte', true),
  furnitureRow('agrandir réduire', 'top', 'Agrandir le texte Réduire le texte', true),
  // Browsing means consent.
  furnitureRow('French cookie banner with buttons', 'end', "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour vous proposer des services et offres adaptés à vos centres d'intérêt. OK En savoir plus X", true),
  furnitureRow('continuer à naviguer', 'end', 'En continuant à naviguer, vous acceptez le dépôt de cookies à des fins de mesure d’audience. J’accepte', true),
  furnitureRow('continuing your visit', 'end', 'By continuing your visit to this site, you accept the use of cookies to offer you tailored content. OK'),
  furnitureRow('if you continue browsing', 'top', 'If you continue browsing this site, we will assume you are happy with our use of cookies.'),
  // A magazine's paywall notice and its button.
  furnitureRow('revue notice and button', 'end', ['Vous lisez un article de la revue Moniteur n° 5943 du 06/10/2017', 'PAS ENCORE ABONNÉ'], true),
  furnitureRow('magazine notice', 'end', 'Vous lisez un article du magazine Capital n° 380', true),
  furnitureRow('issue notice', 'end', 'You are reading an article from the March 2021 issue of Wired'),
  furnitureRow('not yet a subscriber', 'end', 'Not a subscriber yet? Subscribe now'),
  furnitureRow('pas encore abonné', 'end', 'Pas encore abonné ? Abonnez-vous', true),
  // Links to live pages.
  furnitureRow('latest updates link', 'middle', 'Latest updates on the general election'),
  furnitureRow('live updates link', 'middle', 'Follow live updates on the storm'),
  furnitureRow('all the latest', 'middle', 'All the latest on the budget'),
  furnitureRow('toute l’actualité', 'middle', 'Toute l’actualité sur les élections municipales', true),
  furnitureRow('suivez notre direct', 'middle', 'Suivez notre direct sur la réforme des retraites', true),
  // Local networks' promos.
  furnitureRow('Patch promo glued', 'end', "Find out what's happening in Across Americafor free with the latest updates from Patch."),
  furnitureRow('Patch promo', 'middle', 'Find out what’s happening in Brooklyn with free, real-time updates from Patch.'),
  furnitureRow('stay up to date', 'end', 'Stay up to date on what’s happening in Austin'),
  furnitureRow('découvrez ce qui se passe', 'end', 'Découvrez ce qui se passe à Lyon gratuitement avec nos alertes locales.', true),
  // Labelled breadcrumbs, picks headings.
  furnitureRow('you are here glued', 'top', 'YOU ARE HERE: LAT HomeCollectionsLayoffs'),
  furnitureRow('you are here', 'top', 'You are here: Home > News > Business'),
  furnitureRow('vous êtes ici', 'top', 'Vous êtes ici : Accueil > Économie', true),
  furnitureRow('top picks', 'middle', 'TOP PICKS'),
  furnitureRow('editor’s picks', 'end', 'Editor’s Picks'),
  furnitureRow('sélection de la rédaction', 'end', 'La sélection de la rédaction', true),
  // E-paper breadcrumbs and edition switchers.
  furnitureRow('edition switcher and e-paper crumb', 'top', ['Global EditionASIA 中文双语Français', 'China Daily / 2019-12 / 05 / Page008']),
  furnitureRow('e-paper crumb, print page letter', 'top', 'The Times / 2020 / 01 / 03 / A8'),
  furnitureRow('e-paper crumb FR', 'top', 'Le Monde / 2021-03-04 / Page 12', true),
  furnitureRow('edition pair', 'top', 'US Edition UK Edition'),
  furnitureRow('language switcher', 'top', 'English | Français | Español'),
  // A letters page's submission notice, whole or with its opening lost.
  furnitureRow('notice with its opening lost', 'end', ['letters@scmp.com or filling in', 'this Google form . Submissions should not exceed 400 words, and must include your full name and address, plus a phone number for verification']),
  furnitureRow('letters limit', 'end', 'Send your letters to letters@example.com. Letters must be under 300 words and include your name and town.'),
  furnitureRow('contributions limit FR', 'end', 'Écrivez-nous à courrier@exemple.fr. Les contributions ne doivent pas dépasser 3000 signes et doivent comporter vos nom et adresse.', true),
  furnitureRow('lettres limit FR', 'end', 'Les lettres sont limitées à 250 mots.', true),
];

describe('round 12 furniture is boilerplate', () => {
  for (const row of ROWS) it(row.name, () => expectBoilerplateFlag(row));
});

describe('round 12: the first line after the page store’s date prefix', () => {
  const cases = [
    { name: 'account links', first: ' date 2017-03-28 Subscribe Register Login', text: 'Subscribe Register Login' },
    { name: 'channels label', first: ' date 2019-09-27 Channels', text: 'Channels' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = findArtifacts({ paragraphs: [c.first, HEADLINE, ...BODY] });
      expect(found.filter((a) => a.kind === 'boilerplate').map((a) => a.text)).toContain(c.text);
    });
  }
});

describe('round 12: promo titles printed at the top and the end of the page', () => {
  it('flags both copies of the pair', () => {
    const pair = ['Autumn in America: Highlands, N.C.', 'Homeless man’s decision to return $3,300 changed his life'];
    const found = findArtifacts({ paragraphs: [...pair, HEADLINE, ...BODY, ...pair] }).filter((a) => a.kind === 'boilerplate');
    expect(found.filter((a) => a.text === pair.join('\n\n'))).toHaveLength(2);
  });
  it('flags a French pair', () => {
    const pair = ['Les Français et les vacances', 'Comment un village breton a sauvé son école'];
    const found = findArtifacts({ paragraphs: [...pair, TITRE, ...CORPS, ...pair] }).filter((a) => a.kind === 'boilerplate');
    expect(found.filter((a) => a.text === pair.join('\n\n'))).toHaveLength(2);
  });
});

describe('round 12: a print folio run into the first sentence', () => {
  const cases = [
    { name: 'LA Times folio', first: '$3.66 DESIGNATED AREAS HIGHER © 2023 WST SUNDAY, JULY 9, 2023 latimes.com In the lowlands of the valley, the storms revived a lake.', text: '$3.66 DESIGNATED AREAS HIGHER © 2023 WST SUNDAY, JULY 9, 2023 latimes.com' },
    { name: 'folio without address', first: '$2.50 FINAL EDITION © 2022 MONDAY, MARCH 7, 2022 The city council voted on Monday to close the old bridge for repairs.', text: '$2.50 FINAL EDITION © 2022 MONDAY, MARCH 7, 2022' },
    { name: 'French folio', first: '2,90 € ÉDITION DU SOIR LUNDI 3 MAI 2021 lemonde.fr Le gouvernement a présenté mardi son plan de relance aux syndicats.', text: '2,90 € ÉDITION DU SOIR LUNDI 3 MAI 2021 lemonde.fr' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const paragraphs = c.name === 'French folio' ? [c.first, ...CORPS] : [c.first, ...BODY];
      const found = findArtifacts({ paragraphs });
      expect(found.filter((a) => a.kind === 'boilerplate').map((a) => a.text)).toContain(c.text);
    });
  }
});

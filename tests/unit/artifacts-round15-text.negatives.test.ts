import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { buildDoc } from '../../utils/artifacts/context';
import { pageKindOf } from '../../utils/artifacts/page-kind';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 15 shapes in clean text. None may be flagged (a row with a kind may be flagged
 * only as that kind).
 */
const NEGATIVE: Array<{ name: string; paragraphs: string[]; kind?: string }> = [
  // An explainer with short sections: subheads, a paragraph under each, all about one subject. One article.
  {
    name: 'explainer: short sections that all name the subject',
    paragraphs: [
      'Why the new plant matters for the region and its workers',
      'The plant that Acme Robotics is building near Columbus will be its largest, with room for 600 workers.',
      'Jobs are coming to a town that lost its steel mill',
      'For decades the town relied on steel, and Acme Robotics says most of its hires will come from the area.',
      'Suppliers expect a wave of orders next spring',
      'Parts makers in the county say Acme Robotics has already asked them for quotes on motors and frames.',
      'Training starts at the community college this fall',
      'The college and Acme Robotics will run a course for technicians, with the first class due in October.',
    ],
  },
  {
    name: 'French explainer: short sections about one company',
    paragraphs: [
      'Pourquoi la nouvelle usine compte pour toute la région',
      'L’usine que construit la société Robotix près de Lyon sera la plus grande du groupe, avec 600 salariés.',
      'Des emplois dans une ville qui a perdu son aciérie',
      'Pendant des décennies la ville a vécu de l’acier, et selon Robotix la plupart des recrues viendront du bassin.',
      'Les fournisseurs attendent des commandes au printemps',
      'Les sous-traitants du département disent que Robotix leur a déjà demandé des devis pour des moteurs.',
    ],
  },
  // An article with its headline, then three paragraphs before a subhead: the lede makes it one story.
  { name: 'headline, lede of three paragraphs, then short sections', paragraphs: [HEADLINE, ...BODY, 'Regional bakery chain adds twelve stores across the state', 'The chain said the new stores would open by the summer and create about 200 jobs in small towns.', 'Local orchestra names a new music director for next season', 'The conductor, who has led ensembles in three countries, will take up the post in September.'] },
  { name: 'French: titre, chapeau de trois paragraphes, puis des intertitres', paragraphs: [TITRE, ...CORPS, 'Une chaîne de boulangeries ouvre douze magasins dans la région', 'L’enseigne prévoit d’ouvrir ses nouveaux points de vente avant l’été et de créer 200 emplois.', 'L’orchestre régional nomme un nouveau directeur musical', 'Le chef, qui a dirigé des formations dans trois pays, prendra ses fonctions en septembre prochain.'] },
  // A weekly roundup says so at the top: its items are one piece.
  { name: 'a roundup that says so', paragraphs: ['Our weekly roundup of the region’s business news', 'Harbor town opens a new ferry terminal for commuters', 'The terminal, built over two years, will carry about 3,000 passengers a day between the harbor and downtown.', 'Regional bakery chain adds twelve stores across the state', 'The chain said the new stores would open by the summer and create about 200 jobs in small towns.', 'Local orchestra names a new music director for next season', 'The conductor, who has led ensembles in three countries, will take up the post in September.'] },
  // A digest whose section headings label their paragraphs (no word of the heading in its text): one article's sections.
  { name: 'digest sections: headings that label, not retell', paragraphs: ['The good news of the week ahead', 'Factory orders rose for a third month in a row, according to figures released on Thursday by the statistics office.', 'Something to dream about tonight', 'Two surfers built a floating bin that filters litter out of harbours and marinas, and hope to sell it to ports.', 'Numbers that make us smile', 'Nine in ten online shops now sell abroad, a survey of merchants found, most of them within the European Union.'] },
  { name: 'French digest: intertitres qui annoncent sans reprendre', paragraphs: ['La bonne nouvelle de la semaine', 'Les commandes industrielles ont progressé pour le troisième mois consécutif, selon les chiffres publiés jeudi.', 'Pour rêver un peu ce soir', 'Deux surfeurs ont conçu une poubelle flottante qui filtre les déchets des ports et espèrent la vendre aux villes.', 'Des chiffres qui font sourire', 'Neuf commerçants en ligne sur dix vendent désormais à l’étranger, selon une enquête menée auprès des marchands.'] },
  // A numbered list: a listicle's items.
  { name: 'a numbered listicle', paragraphs: ['1. Harbor town opens a new ferry terminal for commuters', 'The terminal, built over two years, will carry about 3,000 passengers a day between the harbor and downtown.', '2. Regional bakery chain adds twelve stores across the state', 'The chain said the new stores would open by the summer and create about 200 jobs in small towns.', '3. Local orchestra names a new music director for next season', 'The conductor, who has led ensembles in three countries, will take up the post in September.'] },
  // A headline with its dek: the dek is no card (no teaser between them).
  { name: 'headline, dek, then the body', paragraphs: ['Harbor town opens a new ferry terminal for commuters', 'A two-year project to link the harbor and downtown by water comes to an end', 'The terminal, built over two years, will carry about 3,000 passengers a day between the harbor and downtown.', 'The mayor said ferries would run every twenty minutes at peak hours, starting on Monday.', 'The city paid for most of the project with a state grant, officials said.'] },
  // A headline listed in two boxes of links with no heading (most read, latest): both copies are list furniture (the
  // boilerplate rules' business), not a paragraph printed twice.
  {
    name: 'one headline in two different link boxes',
    paragraphs: [HEADLINE, ...BODY, 'Council approves a budget of forty million for the coming year', 'Harbor ferry terminal opens to commuters after two years of work', 'Bakery chain adds twelve stores in small towns across the state', 'Orchestra names its new music director for the next season', 'Storm closes schools across the county for a second day', 'Harbor ferry terminal opens to commuters after two years of work', 'Library extends weekend hours after a request from residents', 'Hospital opens a new wing for children and their families'],
    kind: 'boilerplate',
  },
  {
    name: 'French: un titre dans deux encadrés de liens',
    paragraphs: [TITRE, ...CORPS, 'Le conseil municipal adopte un budget de quarante millions pour l’an prochain', 'Le nouveau terminal des ferries ouvre aux voyageurs après deux ans de travaux', 'Une chaîne de boulangeries ouvre douze magasins dans les petites villes', 'L’orchestre nomme son nouveau directeur musical pour la saison prochaine', 'La tempête ferme les écoles du département pour un deuxième jour', 'Le nouveau terminal des ferries ouvre aux voyageurs après deux ans de travaux', 'La bibliothèque élargit ses horaires du week-end à la demande des habitants', 'L’hôpital ouvre une nouvelle aile pour les enfants et leurs familles'],
    kind: 'boilerplate',
  },
  // An article whose last paragraph stops on "of" is cut (a truncated sentence); a print page's column line is not.
  {
    name: 'print columns: the last line stops on "of"',
    paragraphs: ['The city council met on', 'Tuesday to discuss the new', 'budget for the coming fis-', 'cal year, which includes', 'money for roads and the', 'harbor. Officials said the', 'plan would be put to a', 'vote next month after pub-', 'lic hearings in every dis-', 'trict of the city, and that', 'residents could send com-', 'ments by mail to the head of the planning department of'],
  },
];

describe('round 15 text detectors: look-alikes stay clean', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs, kind }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind !== kind);
    expect(found).toEqual([]);
  });
});

describe('round 15 page kind: articles stay articles', () => {
  it.each([
    { name: 'an article', paragraphs: [HEADLINE, ...BODY] },
    { name: 'un article', paragraphs: [TITRE, ...CORPS] },
    { name: 'short prose lines that end sentences (a poem-like quote block is no print page)', paragraphs: ['The mayor read a short poem.', 'It spoke of the harbor.', 'It spoke of the ferries.', 'It spoke of the town.', 'Residents applauded.', 'Then the council voted.', 'The budget passed.', 'Work starts in May.', 'Officials were pleased.', 'The vote was eight to one.', 'One member abstained.', 'The meeting ended at nine.'] },
  ])('$name', ({ paragraphs }) => {
    expect(pageKindOf(buildDoc(paragraphs)).kind).toBe('article');
  });
});

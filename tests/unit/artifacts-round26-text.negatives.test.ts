import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findDuplicatedParagraphs } from '../../utils/artifacts/duplicates';
import { mergedStoryExcerpts } from '../helpers/merged-story-rows';

/**
 * Look-alikes of round 26's text readers, on invented rows: a wire story's own chronology or back-story (dated entries
 * with no place, inside the story's block), and a quote or refrain repeated after a speech verb or a song label.
 */
const LEDE_EN = 'OSLO, April 9 - Fjordline Shipping agreed on Wednesday to buy a smaller rival for 1.2 billion crowns in cash, the group said in a statement, its largest deal in a decade.';
const BODY_EN = 'The board said the deal would add twelve vessels to its fleet and lift yearly earnings from the second year onwards.';

const OWN_CHRONOLOGY: Array<{ name: string; paragraphs: string[] }> = [
  {
    name: 'EN: the deal’s timeline under a label',
    paragraphs: ['Fjordline to buy rival', LEDE_EN, BODY_EN, 'How the talks unfolded:', 'April 2 - Fjordline makes a first approach, which the rival’s board turns down within a day of receiving it.', 'April 7 - Fjordline raises its offer and wins the backing of the rival’s two largest shareholders.'],
  },
  {
    name: 'EN: a back-story paragraph opening on the day before',
    paragraphs: ['Fjordline to buy rival', LEDE_EN, BODY_EN, 'April 8 Traders had bid up the rival’s shares on reports of the talks, sending them to their highest level in two years.'],
  },
  {
    name: 'FR : la chronologie de l’offre',
    paragraphs: ['Fjordline rachète un rival', 'OSLO, 9 avril - Fjordline Shipping a accepté mercredi de racheter un concurrent plus petit pour 1,2 milliard de couronnes en numéraire, a indiqué le groupe dans un communiqué.', 'Le conseil a précisé que l’opération ajouterait douze navires à sa flotte dès la deuxième année.', '2 avril - Fjordline fait une première approche, rejetée dans la journée par le conseil de la cible.', '7 avril - Fjordline relève son offre et obtient le soutien des deux premiers actionnaires.'],
  },
];

describe('round 26 negatives: a wire story’s own chronology', () => {
  for (const row of OWN_CHRONOLOGY) it(row.name, () => expect(mergedStoryExcerpts(row.paragraphs)).toEqual([]));
});

const QUOTE = 'We knew the crossing would be rough but nobody on board expected waves that high so close to the harbour.';
const REPEATS: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'EN: a quote repeated after a speech verb', paragraphs: [QUOTE, 'The captain spoke to reporters after the ferry docked late on Sunday evening.', `She added ${QUOTE}`] },
  { name: 'EN: a refrain under its label', paragraphs: ['Down by the quay the lanterns burn and the boats come slowly home', 'The song was written for the town’s festival.', 'Refrain Down by the quay the lanterns burn and the boats come slowly home'] },
  { name: 'FR : une citation reprise après un verbe de parole', paragraphs: ['Nous savions que la traversée serait difficile mais personne à bord ne s’attendait à de telles vagues.', 'Le capitaine a parlé aux journalistes dimanche soir.', 'Il ajoute Nous savions que la traversée serait difficile mais personne à bord ne s’attendait à de telles vagues.'] },
];

describe('round 26 negatives: a repeat after a speech verb or a refrain label', () => {
  for (const row of REPEATS) {
    it(row.name, () => {
      const doc = buildDoc(row.paragraphs);
      expect(findDuplicatedParagraphs(doc, () => false)).toEqual([]);
    });
  }
});
